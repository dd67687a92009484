import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { libraryEntries } from '../../../src/core/library/libraryContent';
import { gradeQuizAnswer } from '../../../src/core/session/quizGrading';
import type { QuizItem } from '../../../src/shared/tutorialSchema';
import { commandAvailable, SnippetRunner, TOOLS_BY_LANGUAGE, type RunnableLanguage, type Snippet } from '../../support/snippetRunner';

/**
 * Every "What does this print?" answer in the offline library is what the code really prints: each snippet runs with
 * the real toolchain and its output is graded exactly as the panel grades the engineer's answer.
 */

type PredictOutputItem = Extract<QuizItem, { kind: 'predict-output' }>;
type QuizLanguage = RunnableLanguage | 'csharp';

const LEVELS = ['fundamentals', 'advanced'] as const;
const RUNNABLE: readonly RunnableLanguage[] = ['javascript', 'typescript', 'python', 'java', 'go', 'rust'];

/**
 * Items that cannot run standalone on this machine, by `conceptId/level/quiz index`, with the reason. Everything not
 * named here runs; a test below keeps this list from naming items that no longer exist.
 */
const CANNOT_RUN_HERE: readonly { reason: string; items: readonly string[] }[] = [
  {
    reason: 'C#: there is no .NET SDK here, and Mono mcs stops at C# 7.2 while every C# snippet uses top-level statements (C# 9)',
    items: [
      'csharp.async-await/fundamentals/0',
      'csharp.linq/fundamentals/0',
      'csharp.idisposable/fundamentals/0',
      'csharp.general/fundamentals/1',
      'csharp.value-types/fundamentals/0',
      'csharp.value-types/advanced/0',
      'csharp.properties-records/fundamentals/0',
      'csharp.properties-records/advanced/0',
      'csharp.delegates-events/fundamentals/0',
      'csharp.delegates-events/advanced/0',
      'csharp.extension-methods/fundamentals/0',
      'csharp.generics-constraints/fundamentals/0',
      'csharp.generics-constraints/advanced/0',
    ],
  },
  {
    reason: 'needs the tokio crate: rustc alone cannot link a crate and there is no crate registry offline',
    items: ['rust.async/fundamentals/0', 'rust.async/advanced/0'],
  },
];

/** One predict-output item with where it lives and how to run it. */
interface OutputCase {
  id: string;
  where: string;
  item: PredictOutputItem;
  language: QuizLanguage;
}

/**
 * The language of a snippet. Cross-language concepts tag their tutorial with one language but quiz in several, so the
 * code decides; the tag only separates JavaScript from TypeScript and breaks ties.
 */
function detectLanguage(code: string, tagged: string): QuizLanguage {
  if (/^package main\b/m.test(code)) return 'go';
  if (/\bfn\s+main\s*\(|\bprintln!\(/.test(code)) return 'rust';
  if (/\bConsole\.Write/.test(code)) return 'csharp';
  if (/\bSystem\.out\.print/.test(code)) return 'java';
  if (/\bconsole\.log\(|\brequire\(/.test(code)) return tagged === 'javascript' ? 'javascript' : 'typescript';
  if (/^\s*print\(|^(?:import \w|from [\w.]+ import |(?:def|class) \w[^{]*:\s*$)/m.test(code)) return 'python';
  if ((RUNNABLE as readonly string[]).includes(tagged) || tagged === 'csharp') return tagged as QuizLanguage;
  throw new Error(`Cannot tell the language of a snippet tagged ${tagged}:\n${code}`);
}

/** How the question says the snippet is run: a time zone, a Python command line, the terminal rather than stdout. */
function snippetFor(testCase: OutputCase): Snippet {
  const { item, language } = testCase;
  if (language === 'csharp') throw new Error(`${testCase.where}: no runner for C#; it belongs on the allow-list`);
  const snippet: Snippet = { language, code: item.code };
  const zone = /\bTZ=([\w/+-]+)/.exec(item.prompt)?.[1];
  if (zone) snippet.env = { TZ: zone };
  if (/appears on the terminal/i.test(item.prompt)) snippet.terminal = true;
  if (language === 'python' && /^# [\w./-]+\.py\s*$/m.test(item.code)) {
    // Several files, e.g. "From the project root, `PYTHONPATH=src python -m app.main` runs these files".
    const command = /`((?:[A-Z_]+=\S+\s+)*)python3?\s+([^`]+)`/.exec(item.prompt);
    if (!command) throw new Error(`${testCase.where}: a multi-file Python snippet whose prompt names no \`python ...\` command`);
    const env = Object.fromEntries(command[1].trim().split(/\s+/).filter(Boolean).map((pair) => pair.split('=') as [string, string]));
    snippet.env = { ...snippet.env, ...env };
    snippet.pythonArgs = command[2].trim().split(/\s+/);
    const emptyInits = [...item.prompt.matchAll(/`([\w/]+\/__init__\.py)` is empty/g)].map((m) => `\n# ${m[1]}\n`);
    snippet.code = item.code + emptyInits.join('');
  }
  return snippet;
}

function collectCases(): OutputCase[] {
  const cases: OutputCase[] = [];
  for (const entry of libraryEntries) {
    for (const level of LEVELS) {
      const tutorial = entry[level];
      tutorial.quiz.forEach((item, index) => {
        if (item.kind !== 'predict-output') return;
        cases.push({
          id: `${entry.conceptId}/${level}/${index}`,
          where: `${entry.conceptId} ${level} quiz[${index}]`,
          item,
          language: detectLanguage(item.code, tutorial.workedExample.language),
        });
      });
    }
  }
  return cases;
}

const allCases = collectCases();
const allowListed = new Map(CANNOT_RUN_HERE.flatMap(({ reason, items }) => items.map((id) => [id, reason] as const)));
const runnableCases = allCases.filter((c) => !allowListed.has(c.id));

/**
 * One line per item whose graded output differs from its answer, or that did not run cleanly: a non-zero exit counts
 * even when stdout matches, because every library snippet is meant to run to completion and a crash usually means the
 * harness ran it wrongly.
 */
async function mismatches(runner: SnippetRunner, cases: readonly OutputCase[]): Promise<string[]> {
  const runs = await runner.runAll(cases.map(snippetFor));
  return cases.flatMap((testCase, index) => {
    const run = runs[index];
    if (!run.failure && gradeQuizAnswer(testCase.item, run.output).correct) return [];
    const got = JSON.stringify(run.output.trim());
    return [`${testCase.where} [${testCase.language}]: expected ${JSON.stringify(testCase.item.answer)}, got ${got}${run.failure ? ` (${run.failure})` : ''}`];
  });
}

describe('offline library predict-output answers, run with the real toolchains', function () {
  this.timeout(150_000);
  this.slow(30_000);
  let workDir = '';
  let runner: SnippetRunner;

  before(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'skilltrace-predict-output-'));
    runner = new SnippetRunner(workDir);
  });

  after(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('allow-lists only predict-output items that exist, once each, each with a reason', () => {
    const ids = CANNOT_RUN_HERE.flatMap(({ items }) => items);
    const known = new Set(allCases.map((c) => c.id));
    assert.deepEqual(ids.filter((id) => !known.has(id)), [], 'allow-listed items that are not predict-output items in the library');
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'items allow-listed twice');
    for (const { reason, items } of CANNOT_RUN_HERE) assert.ok(reason.length > 20 && items.length > 0, `allow-list group without a real reason: ${reason}`);
  });

  it('has a runner for every item that is not allow-listed', () => {
    const orphans = runnableCases.filter((c) => !(RUNNABLE as readonly string[]).includes(c.language)).map((c) => `${c.where} [${c.language}]`);
    assert.deepEqual(orphans, [], 'items in a language with no runner: allow-list them with the reason');
    assert.ok(runnableCases.length > 200, `only ${runnableCases.length} runnable items found`);
  });

  it('reports a wrong answer and a program that does not compile (the check can fail)', async () => {
    const wrong: OutputCase = {
      id: 'probe/fundamentals/0',
      where: 'probe wrong answer',
      language: 'javascript',
      item: { kind: 'predict-output', prompt: 'What does this print?', code: "console.log(['10', '10'].map(parseInt).join(' '))", answer: '10 10', explanation: 'x' },
    };
    const broken: OutputCase = { ...wrong, where: 'probe broken', language: 'typescript', item: { ...wrong.item, code: 'console.log(1 +);', answer: '' } };
    const found = await mismatches(runner, [wrong, broken]);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0], /probe wrong answer \[javascript\]: expected "10 10", got "10 NaN"/);
    assert.match(found[1], /probe broken \[typescript\].*could not transpile/);
  });

  for (const language of RUNNABLE) {
    const cases = runnableCases.filter((c) => c.language === language);
    it(`${language}: each of the ${cases.length} answers is what the code prints`, async function () {
      for (const tool of TOOLS_BY_LANGUAGE[language]) {
        if (!(await commandAvailable(tool))) {
          console.warn(`      NOTICE: ${tool} is not installed on this machine; the ${cases.length} ${language} predict-output answers are not checked.`);
          this.skip();
        }
      }
      const found = await mismatches(runner, cases);
      assert.ok(
        found.length === 0,
        `${found.length} of ${cases.length} ${language} answers differ from what the code prints:\n  - ${found.join('\n  - ')}`,
      );
    });
  }
});
