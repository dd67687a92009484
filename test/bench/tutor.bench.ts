// Tutor benchmark: what the LLM path costs on the extension host besides the model itself. Secret redaction and
// prompt building per request, partial-JSON drafts over a whole streamed tutorial (against one JSON.parse of the
// finished text), and a cached tutorial request end to end through the provider, against the same request served
// uncached by a loopback OpenAI-protocol server (streamed, validated) in the same run.
import { OpenAiTutorProvider } from '../../src/adapters/llm/openAiTutorProvider';
import { redactSecrets } from '../../src/core/privacy/secretRedactor';
import { parsePartialJson } from '../../src/core/tutor/partialJson';
import { tutorialDraftFromPartial } from '../../src/core/tutor/tutorialDraft';
import { buildTutorialPrompt } from '../../src/core/tutor/tutorPrompt';
import type { TutorialRequest } from '../../src/core/tutor/tutorProvider';
import { startFakeOpenAiServer } from '../support/fakeOpenAiServer';
import { sampleTutorial } from '../unit/tutor/tutorFixtures';
import type { BenchResult } from './benchResult';

const group = 'Tutor (LLM path)';

function summary(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return { p50: at(50), p99: at(99) };
}

async function timeEach(count: number, body: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await body(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** A realistic window: 40 lines of service code with two secrets in it, as the editor would hand it over. */
function codeWindow(i: number): TutorialRequest['codeContext'] {
  const lines = Array.from({ length: 40 }, (_, n) =>
    n === 7
      ? `const client = new Client({ apiKey: "sk-proj-${'A1b2C3d4E5f6G7h8I9j0K1l2'}${i}" });`
      : n === 21
        ? `const db = "postgres://svc:pa55word${i}@db.internal:5432/orders";`
        : `  const total${n} = items.filter((item) => item.price > ${n}).reduce((sum, item) => sum + item.price, 0);`,
  );
  // The index goes into ordinary code too: secrets are redacted before the cache key, so they alone do not vary it.
  return { before: lines.slice(0, 30).join('\n'), focus: `const n${i} = user.name.length;`, after: lines.slice(30).join('\n'), diagnosticMessage: "'user' is possibly 'undefined'." };
}

function request(i: number): TutorialRequest {
  return { conceptId: 'ts.null-safety', conceptTitle: 'Null and undefined safety', language: 'typescript', level: 'fundamentals', codeContext: codeWindow(i) };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const windowText = Object.values(codeWindow(0)!).join('\n');
  await timeEach(200, (i) => redactSecrets(windowText + i));
  const redaction = summary(await timeEach(2000, (i) => redactSecrets(windowText + i)));
  results.push({ group, name: `secret redaction, 41-line window (${windowText.length} chars), p50`, value: redaction.p50, unit: 'ms', goal: '< 1 ms', met: redaction.p50 < 1 });
  results.push({ group, name: 'secret redaction, 41-line window, p99', value: redaction.p99, unit: 'ms' });

  const prompt = summary(await timeEach(2000, (i) => buildTutorialPrompt(request(i), { sendCode: true })));
  const promptNoCode = summary(await timeEach(2000, (i) => buildTutorialPrompt(request(i), { sendCode: false })));
  results.push({
    group,
    name: 'tutorial prompt build (trim + redact + quote), p50',
    value: prompt.p50,
    unit: 'ms',
    goal: '< 2 ms',
    met: prompt.p50 < 2,
    baseline: { name: 'same prompt with "never send code"', value: promptNoCode.p50 },
  });
  results.push({ group, name: 'tutorial prompt build, p99', value: prompt.p99, unit: 'ms' });

  const json = JSON.stringify(sampleTutorial());
  const chunk = 16;
  const drafts = summary(
    await timeEach(200, () => {
      for (let end = chunk; end < json.length + chunk; end += chunk) tutorialDraftFromPartial(parsePartialJson(json.slice(0, end)));
    }),
  );
  const oneParse = summary(await timeEach(2000, () => JSON.parse(json)));
  results.push({
    group,
    name: `streamed drafts for a whole tutorial (${json.length} chars in ${Math.ceil(json.length / chunk)} chunks), p50`,
    value: drafts.p50,
    unit: 'ms',
    goal: '< 16 ms (one frame)',
    met: drafts.p50 < 16,
    baseline: { name: 'one JSON.parse of the finished tutorial', value: oneParse.p50 },
  });

  const server = await startFakeOpenAiServer();
  try {
    server.setResponder(() => ({ kind: 'reply', content: json, chunkSize: chunk }));
    const provider = new OpenAiTutorProvider({
      settings: { preset: 'openai-compatible', baseUrl: server.baseUrl, model: 'fake-model' },
      getApiKey: async () => undefined,
      sendCode: () => true,
    });
    const uncached = summary(
      await timeEach(60, async (i) => {
        const outcome = await provider.generateTutorial(request(1000 + i), { onPartial: () => undefined });
        if (!outcome.ok) throw new Error(outcome.message);
      }),
    );
    await provider.generateTutorial(request(0));
    const cached = summary(
      await timeEach(2000, async () => {
        const outcome = await provider.generateTutorial(request(0));
        if (!outcome.ok || !outcome.cached) throw new Error('expected a cache hit');
      }),
    );
    results.push({
      group,
      name: 'cached tutorial request → validated tutorial, p50',
      value: cached.p50,
      unit: 'ms',
      goal: '< 5 ms',
      met: cached.p50 < 5,
      baseline: { name: 'uncached, streamed from a loopback server', value: uncached.p50 },
      note: 'Excludes the webview render: the panel benchmark measures that in the real workbench.',
    });
    results.push({ group, name: 'cached tutorial request, p99', value: cached.p99, unit: 'ms' });
    results.push({ group, name: 'uncached tutorial from a loopback server (no model time), p99', value: uncached.p99, unit: 'ms' });
  } finally {
    await server.close();
  }
  return results;
}
