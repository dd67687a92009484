import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { skilltrace, waitFor } from './testHost';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fakeOpenAiServer';
import type { Tutorial } from '../../src/shared/tutorialSchema';

const tutorial: Tutorial = {
  title: 'Narrowing a union before you use it',
  conceptId: 'narrowing',
  level: 'fundamentals',
  explanation: 'TypeScript narrows a union when you **check** it. <script>alert(1)</script> Check first, then use.',
  workedExample: { language: 'typescript', before: 'function f(x: string | number) { return x.toFixed(); }', after: "function f(x: string | number) { return typeof x === 'number' ? x.toFixed() : x; }", note: 'Check the type first.' },
  pitfalls: ['Truthiness checks do not narrow 0 and empty strings the way you think.'],
  quiz: [{ kind: 'multiple-choice', prompt: 'Which check narrows x to number?', code: '', choices: ['x != null', "typeof x === 'number'"], answerIndex: 1, explanation: 'typeof narrows primitives.' }],
};

async function setLlm(settings: Record<string, unknown>): Promise<void> {
  const config = vscode.workspace.getConfiguration('skilltrace.llm');
  for (const [key, value] of Object.entries(settings)) await config.update(key, value, vscode.ConfigurationTarget.Global);
}

describe('the tutor: library by default, LLM when configured', () => {
  it('offline: opens a concept, serves the library tutorial, grades a quiz answer and moves mastery', async () => {
    const api = await skilltrace();
    await api.handlePanelMessage({ type: 'concept/open', conceptId: 'null-safety' });
    await api.handlePanelMessage({ type: 'tutorial/request', conceptId: 'null-safety' });
    const focus = await waitFor('the library tutorial', () => {
      const f = api.getPanelState().focus;
      return f?.conceptId === 'null-safety' && f.tutorial.status === 'ready' ? f : undefined;
    });
    assert.equal(focus.tutorial.status === 'ready' && focus.tutorial.provenance, 'library');
    const t = focus.tutorial.status === 'ready' ? focus.tutorial.tutorial : undefined;
    assert.ok(t && t.quiz.length >= 1);
    const item = t.quiz[0]!;
    const right = item.kind === 'multiple-choice' ? String(item.answerIndex) : item.kind === 'predict-output' ? item.answer : String(item.bugLine);
    const before = api.getPanelState().skills.find((s) => s.conceptId === 'null-safety')?.mastery;
    await api.handlePanelMessage({ type: 'quiz/answer', conceptId: 'null-safety', index: 0, answer: right });
    const after = await waitFor('mastery for null-safety', () => api.getPanelState().skills.find((s) => s.conceptId === 'null-safety'));
    const answered = api.getPanelState().focus;
    assert.ok(answered?.tutorial.status === 'ready' && answered.tutorial.answers[0]?.correct === true);
    assert.ok(before === undefined || after.mastery > before, `mastery moved up (${before} → ${after.mastery})`);
    assert.ok(api.recentObservations(50, 'null-safety').some((o) => o.source === 'quiz' && o.kind === 'success'));
    assert.ok(api.getPanelState().history.some((h) => h.kind === 'quiz' && h.conceptId === 'null-safety'));
  });

  it('rejects malformed panel messages with a clear error and changes nothing', async () => {
    const api = await skilltrace();
    const snapshot = () => {
      const f = api.getPanelState().focus;
      return JSON.stringify({ concept: f?.conceptId, tutorial: f?.tutorial, hints: f?.hints, history: api.getPanelState().history.length });
    };
    const before = snapshot();
    await assert.rejects(api.handlePanelMessage({ type: 'quiz/answer', conceptId: '../../etc', index: 9, answer: 1 }), /Invalid panel message/);
    await assert.rejects(api.handlePanelMessage({ type: 'concept/open', conceptId: 'x'.repeat(5000) }), /Invalid panel message/);
    await assert.rejects(api.handlePanelMessage('<img src=x onerror=alert(1)>'), /Invalid panel message/);
    assert.equal(snapshot(), before);
  });

  describe("with the editor's Language Model API", () => {
    after(async () => {
      await setLlm({ provider: undefined, model: undefined });
    });

    it('falls back to the library and says what to install when the editor offers no model', async () => {
      // code-server has the Language Model API but no extension providing a model: the real "nothing offered" path.
      assert.equal(typeof vscode.lm.selectChatModels, 'function');
      assert.deepEqual(await vscode.lm.selectChatModels({}), []);
      await setLlm({ provider: 'vscode-lm', model: '' });
      const api = await skilltrace();
      const sentBefore = api.lastSent();
      assert.equal(api.getPanelState().llm.configured, true);
      await api.handlePanelMessage({ type: 'concept/open', conceptId: 'closures' });
      await api.handlePanelMessage({ type: 'tutorial/request', conceptId: 'closures' });
      const focus = await waitFor('the fallback tutorial', () => {
        const f = api.getPanelState().focus;
        return f?.conceptId === 'closures' && f.tutorial.status === 'ready' ? f : undefined;
      });
      assert.ok(focus.tutorial.status === 'ready');
      assert.equal(focus.tutorial.provenance, 'library');
      assert.match(focus.tutorial.notice ?? '', /offers no language model/);
      assert.match(focus.tutorial.notice ?? '', /Install/);
      assert.equal(api.lastSent(), sentBefore, 'nothing new was sent anywhere');
    });
  });

  describe('with an OpenAI-compatible server', () => {
    let server: FakeOpenAiServer;

    before(async () => {
      server = await startFakeOpenAiServer({ models: ['fake-model'] });
      await setLlm({ provider: 'openai-compatible', baseUrl: server.baseUrl, model: 'fake-model' });
    });

    after(async () => {
      await setLlm({ provider: undefined, baseUrl: undefined, model: undefined });
      await server.close();
    });

    it('streams a generated tutorial into the panel and records exactly what was sent', async () => {
      const api = await skilltrace();
      server.script({ kind: 'reply', content: JSON.stringify(tutorial), chunkSize: 40, chunkDelayMs: 20 });
      await api.handlePanelMessage({ type: 'concept/open', conceptId: 'narrowing' });
      await api.handlePanelMessage({ type: 'tutorial/request', conceptId: 'narrowing' });
      const focus = await waitFor('the LLM tutorial', () => {
        const f = api.getPanelState().focus;
        return f?.conceptId === 'narrowing' && f.tutorial.status === 'ready' ? f : undefined;
      });
      assert.ok(focus.tutorial.status === 'ready');
      assert.equal(focus.tutorial.provenance, 'llm');
      assert.equal(focus.tutorial.tutorial.title, tutorial.title);
      const request = server.chatRequests().at(-1);
      assert.equal(request?.body?.stream, true);
      assert.equal(request?.body?.model, 'fake-model');
      const sent = api.lastSent();
      assert.ok(sent, 'the request was recorded for the "what was sent" view');
      assert.equal(sent.model, 'fake-model');
      assert.ok(!JSON.stringify(sent).toLowerCase().includes('authorization'));
    });

    it('falls back to the library with a clear notice when the server fails', async () => {
      const api = await skilltrace();
      server.setResponder(() => ({ kind: 'error', status: 500, message: 'upstream exploded' }));
      await api.handlePanelMessage({ type: 'concept/open', conceptId: 'error-handling' });
      await api.handlePanelMessage({ type: 'tutorial/request', conceptId: 'error-handling' });
      const focus = await waitFor('the fallback tutorial', () => {
        const f = api.getPanelState().focus;
        return f?.conceptId === 'error-handling' && f.tutorial.status === 'ready' ? f : undefined;
      }, 120_000);
      assert.ok(focus.tutorial.status === 'ready');
      assert.equal(focus.tutorial.provenance, 'library');
      assert.match(focus.tutorial.notice ?? '', /LLM could not answer/);
    });
  });
});
