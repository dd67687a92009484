import assert from 'node:assert/strict';
import {
  LanguageModelTutorProvider,
  languageModelSelector,
  type LanguageModelApi,
  type LanguageModelChatLike,
  type LanguageModelSelector,
} from '../../../src/adapters/llm/languageModelTutorProvider';
import type { SentRecord, TutorialRequest } from '../../../src/core/tutor/tutorProvider';
import type { TutorialDraft } from '../../../src/shared/tutorialSchema';
import { sampleTutorial } from '../tutor/tutorFixtures';

// The editor's Language Model API cannot run outside VS Code, and code-server offers no models. This stand-in keeps
// the API's observable contract: selectChatModels filters by vendor/family/id, sendRequest resolves to a response whose
// `text` is an async stream of fragments, cancellation goes through a token, and failures are LanguageModelErrors
// carrying a `code` (NoPermissions, Blocked, NotFound).

interface Token {
  isCancellationRequested: boolean;
  listeners: (() => void)[];
}

type Behaviour = (messages: { role: string; text: string }[], token: Token) => AsyncIterable<string>;

class LanguageModelError extends Error {
  constructor(readonly code: string) {
    super(`LanguageModelError: ${code}`);
  }
}

function fakeModel(id: string, vendor: string, family: string, behaviour: Behaviour, seen: { role: string; text: string }[][]): LanguageModelChatLike {
  return {
    id,
    name: `${family} by ${vendor}`,
    vendor,
    family,
    sendRequest: async (messages, options, token) => {
      assert.ok(options.justification && options.justification.length > 10, 'the consent dialog gets a justification');
      const plain = messages as { role: string; text: string }[];
      seen.push(plain);
      return { text: behaviour(plain, token as Token) };
    },
  };
}

function fakeApi(models: LanguageModelChatLike[], selectors: LanguageModelSelector[] = []): LanguageModelApi {
  return {
    selectChatModels: async (selector) => {
      selectors.push(selector);
      return models.filter((m) => (!selector.vendor || m.vendor === selector.vendor) && (!selector.family || m.family === selector.family) && (!selector.id || m.id === selector.id));
    },
    userMessage: (text) => ({ role: 'user', text }),
    assistantMessage: (text) => ({ role: 'assistant', text }),
    createCancellation: () => {
      const token: Token = { isCancellationRequested: false, listeners: [] };
      return {
        token,
        cancel: () => {
          token.isCancellationRequested = true;
          for (const listener of token.listeners) listener();
        },
        dispose: () => undefined,
      };
    },
  };
}

/** Streams `text` in small fragments, stopping (as VS Code does) when the token is cancelled. */
function streaming(text: string, delayMs = 0): Behaviour {
  return async function* (_messages, token) {
    for (let i = 0; i < text.length; i += 40) {
      if (token.isCancellationRequested) throw new Error('Canceled');
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      yield text.slice(i, i + 40);
    }
  };
}

function failing(code: string): Behaviour {
  // eslint-disable-next-line require-yield
  return async function* () {
    throw new LanguageModelError(code);
  };
}

const request: TutorialRequest = {
  conceptId: 'ts.null-safety',
  conceptTitle: 'Null and undefined safety',
  language: 'typescript',
  level: 'fundamentals',
  codeContext: { before: 'const user = findUser(id);', focus: 'const n = user.name.length;', after: 'return n;', diagnosticMessage: "'user' is possibly 'undefined'." },
};

describe('editor Language Model API tutor provider', () => {
  it('streams a validated tutorial from the editor model, with the system prompt as the first user message', async () => {
    const seen: { role: string; text: string }[][] = [];
    const sent: SentRecord[] = [];
    const drafts: TutorialDraft[] = [];
    const model = fakeModel('copilot-gpt-4o', 'copilot', 'gpt-4o', streaming(JSON.stringify(sampleTutorial())), seen);
    const provider = new LanguageModelTutorProvider({ api: fakeApi([model]), model: '', sendCode: () => true, onSent: (r) => sent.push(r) });

    const outcome = await provider.generateTutorial(request, { onPartial: (d) => drafts.push(d) });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.provenance, 'llm');
    assert.equal(outcome.value.conceptId, 'ts.null-safety');
    assert.ok(drafts.length >= 2, `drafts streamed in (${drafts.length})`);
    assert.equal(seen.length, 1);
    assert.equal(seen[0][0].role, 'user');
    assert.match(seen[0][0].text, /^Instructions:\n/);
    assert.ok(seen[0].every((m) => m.role !== 'system'), 'the API has no system role');
    assert.equal(sent[0].baseUrl, 'vscode-lm://copilot');
    assert.equal(sent[0].model, 'copilot-gpt-4o');
    assert.equal(sent[0].responseFormat, 'prompt');
    assert.equal(provider.label, 'VS Code language model (gpt-4o by copilot)');

    // Cached by concept, level, language and code: the model is not asked again.
    const again = await provider.generateTutorial(request);
    assert.ok(again.ok && again.cached);
    assert.equal(seen.length, 1);
  });

  it('repairs an invalid reply once, then gives up with an actionable failure', async () => {
    const seen: { role: string; text: string }[][] = [];
    const replies = ['{"title": "half', JSON.stringify(sampleTutorial())];
    const model = fakeModel('m', 'v', 'f', (messages, token) => streaming(replies[Math.min(seen.length - 1, 1)])(messages, token), seen);
    const repaired = await new LanguageModelTutorProvider({ api: fakeApi([model]), model: '', sendCode: () => true }).generateTutorial(request);
    assert.ok(repaired.ok);
    assert.equal(seen.length, 2);
    assert.match(seen[1].at(-1)?.text ?? '', /could not be used/);

    const broken = fakeModel('m', 'v', 'f', streaming('not json at all'), []);
    const failed = await new LanguageModelTutorProvider({ api: fakeApi([broken]), model: '', sendCode: () => true }).generateTutorial(request);
    assert.ok(!failed.ok);
    assert.equal(failed.kind, 'invalid-output');
    assert.match(failed.action ?? '', /built-in/);
  });

  it('explains each editor refusal with the action that fixes it', async () => {
    const cases: [string, string, RegExp][] = [
      ['NoPermissions', 'auth', /Test LLM Connection/],
      ['Blocked', 'rate-limited', /another provider|later/],
      ['NotFound', 'model-not-found', /skilltrace\.llm\.model/],
    ];
    for (const [code, kind, action] of cases) {
      const model = fakeModel('m', 'v', 'f', failing(code), []);
      const outcome = await new LanguageModelTutorProvider({ api: fakeApi([model]), model: '', sendCode: () => true }).generateTutorial(request);
      assert.ok(!outcome.ok, code);
      assert.equal(outcome.kind, kind, code);
      assert.match(outcome.action ?? '', action, code);
    }
  });

  it('says what to install when the editor offers no model, and what to change when the named one is missing', async () => {
    const none = await new LanguageModelTutorProvider({ api: fakeApi([]), model: '', sendCode: () => true }).generateTutorial(request);
    assert.ok(!none.ok);
    assert.equal(none.kind, 'not-configured');
    assert.match(none.action ?? '', /Install .*language models/);

    const other = fakeModel('claude', 'anthropic', 'claude-sonnet', streaming('{}'), []);
    const named = await new LanguageModelTutorProvider({ api: fakeApi([other]), model: 'gpt-9', sendCode: () => true }).checkConnection();
    assert.ok(!named.ok);
    assert.match(named.message, /"gpt-9"/);
    assert.match(named.action ?? '', /skilltrace\.llm\.model/);
  });

  it('picks the model by family, vendor/family or id', async () => {
    assert.deepEqual(languageModelSelector(''), [{}]);
    assert.deepEqual(languageModelSelector('copilot/gpt-4o'), [{ vendor: 'copilot', family: 'gpt-4o' }]);
    assert.deepEqual(languageModelSelector(' gpt-4o '), [{ family: 'gpt-4o' }, { id: 'gpt-4o' }]);
    const seen: { role: string; text: string }[][] = [];
    const models = [fakeModel('a-1', 'a', 'alpha', streaming('{}'), seen), fakeModel('exact-id', 'b', 'beta', streaming('{}'), seen)];
    const byId = await new LanguageModelTutorProvider({ api: fakeApi(models), model: 'exact-id', sendCode: () => true }).checkConnection();
    assert.ok(byId.ok);
    assert.deepEqual(byId.models, ['exact-id']);
  });

  it('cancels the model request when the context changes, and times out a silent model', async () => {
    let cancelledByToken = false;
    const slow: Behaviour = (messages, token) => {
      token.listeners.push(() => (cancelledByToken = true));
      return streaming(JSON.stringify(sampleTutorial()), 20)(messages, token);
    };
    const controller = new AbortController();
    const provider = new LanguageModelTutorProvider({ api: fakeApi([fakeModel('m', 'v', 'f', slow, [])]), model: '', sendCode: () => true });
    const pending = provider.generateTutorial(request, { signal: controller.signal, onPartial: () => controller.abort() });
    const cancelled = await pending;
    assert.ok(!cancelled.ok);
    assert.equal(cancelled.kind, 'cancelled');
    assert.ok(cancelledByToken, 'the editor request was cancelled through its token');

    const silent: Behaviour = async function* (_messages, token) {
      await new Promise<void>((resolve) => token.listeners.push(resolve));
      yield '';
    };
    const timedOut = await new LanguageModelTutorProvider({ api: fakeApi([fakeModel('m', 'v', 'f', silent, [])]), model: '', sendCode: () => true, timeoutMs: 50 }).generateTutorial(request);
    assert.ok(!timedOut.ok);
    assert.equal(timedOut.kind, 'timeout');
    assert.match(timedOut.action ?? '', /timeoutSeconds/);
  });
});
