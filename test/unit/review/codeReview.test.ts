import assert from 'node:assert/strict';
import { GitReadError, GitRepository } from '../../../src/adapters/git/gitRepository';
import { analyzeHistory } from '../../../src/core/history/historyEvidence';
import { fedCommits, readSavedHistory, recordAnalysis } from '../../../src/core/history/savedHistory';
import { reviewChanges } from '../../../src/core/review/codeReview';
import type { CodeReviewLlm, LlmCallOutcome, LlmReviewRequest } from '../../../src/core/review/llmReview';
import { reviewHintKey } from '../../../src/core/review/reviewPolicy';
import type { LlmReviewReply } from '../../../src/shared/reviewSchema';
import { alice, bob, TestRepo } from '../git/gitFixture';

/**
 * One repository for the whole suite, built like a real one: Alice and Bob commit on main, Alice branches off, main
 * moves on (Bob), Alice commits on the branch, then leaves staged, unstaged and untracked work.
 */
function buildRepository(): { repo: TestRepo; mergeBase: string } {
  const repo = new TestRepo();
  repo.write('src/orders.ts', 'export function total(xs: number[]): number {\n  return xs.length;\n}\n');
  repo.write('app/report.py', 'def report(rows):\n    return len(rows)\n');
  repo.commit('start', alice, '2025-03-01T10:00:00Z');
  repo.write('src/users.ts', 'export var users = [];\n');
  repo.commit('bob adds users', bob, '2025-03-02T10:00:00Z');
  const mergeBase = repo.git('rev-parse', 'HEAD').trim();
  repo.git('switch', '-q', '-c', 'feature');
  repo.write('app/report.py', 'def report(rows, seen=[]):\n    return len(rows)\n');
  repo.commit('report remembers rows', alice, '2025-03-03T10:00:00Z');
  repo.git('switch', '-q', 'main');
  repo.write('src/later.ts', 'export const later = (a: any) => a;\n');
  repo.commit('main moves on', bob, '2025-03-04T10:00:00Z');
  repo.git('switch', '-q', 'feature');
  repo.write('src/orders.ts', 'export function total(xs: number[]): number {\n  if (xs.length == 0) return 0;\n  return xs.length;\n}\n');
  repo.git('add', 'src/orders.ts');
  repo.write('app/report.py', 'def report(rows, seen=[]):\n    try:\n        return len(rows)\n    except:\n        pass\n');
  repo.write('src/fresh.ts', 'export function parse(x: string) {\n  return JSON.parse(x) as any;\n}\n');
  return { repo, mergeBase };
}

function found(result: Awaited<ReturnType<typeof reviewChanges>>): string[] {
  return result.ranked.shown.map((hint) => `${hint.file}:${hint.line}:${hint.detectorId}`).sort();
}

/** An in-memory LLM reviewer: records what it was asked, answers what the test scripts. */
class ScriptedReviewer implements CodeReviewLlm {
  readonly label = 'Scripted LLM';
  readonly requests: LlmReviewRequest[] = [];
  constructor(private readonly answer: (request: LlmReviewRequest) => LlmCallOutcome<LlmReviewReply>) {}
  async reviewChanges(request: LlmReviewRequest): Promise<LlmCallOutcome<LlmReviewReply>> {
    this.requests.push(request);
    return this.answer(request);
  }
  async explainBack(): Promise<never> {
    throw new Error('not used');
  }
}

describe('review my changes over a real repository (two authors, a branch, a merge base)', () => {
  let repo: TestRepo;
  let mergeBase: string;
  let git: GitRepository;

  before(() => {
    ({ repo, mergeBase } = buildRepository());
    git = new GitRepository(repo.root);
  });
  after(() => repo.dispose());

  it('reviews the working tree: unstaged edits and new files, not what is staged or committed', async () => {
    const result = await reviewChanges({ diff: await git.readDiff({ kind: 'working-tree' }), mastery: {} });
    assert.deepEqual(found(result), ['app/report.py:4:py.bare-except', 'src/fresh.ts:2:ts.explicit-any']);
    assert.equal(result.llm.status, 'off');
    assert.equal(result.offline.filesReviewed, 2);
  });

  it('reviews the staged changes only', async () => {
    const result = await reviewChanges({ diff: await git.readDiff({ kind: 'staged' }), mastery: {} });
    assert.deepEqual(found(result), ['src/orders.ts:2:js.loose-equality']);
  });

  it('reviews the branch against its merge base: the branch\'s commits, not main\'s later ones', async () => {
    const diff = await git.readDiff({ kind: 'branch' });
    assert.deepEqual(diff.base, { ref: 'main', mergeBase });
    const result = await reviewChanges({ diff, mastery: {} });
    assert.deepEqual(found(result), ['app/report.py:1:py.mutable-default']);
    assert.ok(!result.ranked.shown.some((hint) => hint.file === 'src/later.ts'), 'Bob\'s commit on main after the branch point is not reviewed');
  });

  it('ranks the engineer\'s weak concepts first and leaves dismissed findings out', async () => {
    const diff = await git.readDiff({ kind: 'uncommitted' });
    const weakAny = await reviewChanges({ diff, mastery: { 'ts.unknown-vs-any': 0.05, 'py.exceptions': 0.95, 'equality-comparison': 0.9 } });
    assert.equal(weakAny.ranked.shown[0].detectorId, 'ts.explicit-any');
    const weakExcept = await reviewChanges({ diff, mastery: { 'ts.unknown-vs-any': 0.95, 'py.exceptions': 0.05 } });
    assert.equal(weakExcept.ranked.shown[0].detectorId, 'py.bare-except');
    const dismissed = new Set([reviewHintKey(weakExcept.ranked.shown[0])]);
    const after = await reviewChanges({ diff, mastery: {}, dismissedKeys: dismissed });
    assert.ok(!after.ranked.shown.some((hint) => hint.detectorId === 'py.bare-except'));
    assert.equal(after.ranked.filtered, 1);
  });

  it('asks the LLM about the changed regions only and merges its findings with the detectors\'', async () => {
    const llm = new ScriptedReviewer(() => ({
      ok: true,
      value: {
        findings: [
          { file: 'src/fresh.ts', line: 2, conceptId: 'error-handling', severity: 'warning', message: '`JSON.parse` throws on bad input: catch it or validate first.' },
          { file: 'src/fresh.ts', line: 2, conceptId: 'ts.unknown-vs-any', severity: 'error', message: 'Same as the detector.' },
          { file: 'src/orders.ts', line: 1, conceptId: 'iteration', severity: 'info', message: 'Not a changed line in this diff.' },
        ],
      },
    }));
    const result = await reviewChanges({ diff: await git.readDiff({ kind: 'working-tree' }), mastery: { 'error-handling': 0.1 }, llm });
    assert.equal(result.llm.status, 'used');
    assert.equal(result.llm.kept, 1);
    assert.equal(result.llm.rejected, 2);
    const [request] = llm.requests;
    const text = JSON.stringify(request.regions);
    assert.ok(text.includes('JSON.parse'), 'the changed code is sent');
    assert.ok(!text.includes('xs.length == 0'), 'staged changes are not part of a working-tree review');
    assert.ok(!text.includes('export var users'), 'unchanged files are never sent');
    assert.ok(request.focusConcepts.some((c) => c.conceptId === 'error-handling'));
    assert.ok(request.detectorFindings.some((f) => f.conceptId === 'ts.unknown-vs-any'));
    const llmHint = result.ranked.shown.find((hint) => hint.detectorId === 'llm-review');
    assert.equal(llmHint?.conceptId, 'error-handling');
    assert.equal(result.ranked.shown[0], llmHint, 'the weakest concept comes first');
    assert.equal(result.ranked.shown.find((hint) => hint.conceptId === 'ts.unknown-vs-any')?.detectorId, 'ts.explicit-any');
  });

  it('falls back to the detectors with a notice when the LLM fails', async () => {
    const llm = new ScriptedReviewer(() => ({ ok: false, kind: 'unreachable', message: 'Could not reach the server at http://127.0.0.1:9.', action: 'Start it or fix skilltrace.llm.baseUrl.' }));
    const result = await reviewChanges({ diff: await git.readDiff({ kind: 'working-tree' }), mastery: {}, llm });
    assert.equal(result.llm.status, 'failed');
    assert.match(result.llm.notice ?? '', /Could not reach the server.*skilltrace\.llm\.baseUrl.*detectors' findings only/);
    assert.deepEqual(found(result), ['app/report.py:4:py.bare-except', 'src/fresh.ts:2:ts.explicit-any']);
  });

  it('stays bounded on a large diff and says it stopped', async () => {
    const big = new TestRepo();
    try {
      big.commit('empty');
      big.write('src/big.ts', Array.from({ length: 600 }, (_, i) => `export var v${i} = ${i};`).join('\n') + '\n');
      const diff = await new GitRepository(big.root).readDiff({ kind: 'working-tree' });
      const result = await reviewChanges({ diff, mastery: {}, maxAddedLines: 100, maxHints: 10 });
      assert.equal(result.offline.truncated, true);
      assert.equal(result.offline.addedLinesReviewed, 100);
      assert.equal(result.ranked.shown.length, 5, 'at most five hints per concept');
      assert.equal(result.ranked.heldBack, 95);
    } finally {
      big.dispose();
    }
  });

  it('cancels a read in flight', async () => {
    const abort = new AbortController();
    abort.abort();
    await assert.rejects(git.readDiff({ kind: 'branch' }, { signal: abort.signal }), (e: unknown) => e instanceof GitReadError && e.kind === 'cancelled');
  });

  describe('history cold start on the same repository', () => {
    it('reads only Alice\'s commits, across branches she is on, bounded by count and date', async () => {
      const all = await git.ownCommits({ maxCount: 50 });
      assert.deepEqual(all.author, { name: alice.name, email: alice.email });
      assert.deepEqual(all.commits.map((c) => c.message), ['report remembers rows', 'start']);
      assert.ok(all.commits.every((c) => c.authorEmail === alice.email));
      const newest = await git.ownCommits({ maxCount: 1 });
      assert.deepEqual(newest.commits.map((c) => c.message), ['report remembers rows']);
      const recent = await git.ownCommits({ since: Date.parse('2025-03-02T00:00:00Z') });
      assert.deepEqual(recent.commits.map((c) => c.message), ['report remembers rows']);
      const asBob = await git.ownCommits({ author: { email: bob.email } });
      assert.deepEqual(asBob.commits.map((c) => c.message), ['bob adds users'], 'main\'s later commit is not on this branch');
    });

    it('feeds each commit once: a second analysis adds no evidence, a new commit adds its own', async () => {
      const first = await git.ownCommits({ maxCount: 50 });
      const syntax = (hash: string, path: string): string[] => (path === 'app/report.py' && hash === first.commits[0].hash ? ['higher-order-functions', 'not-a-catalog-concept'] : []);
      const analysis = analyzeHistory(first.commits, { syntaxUsage: syntax });
      assert.ok(analysis.observations.length > 0);
      assert.ok(analysis.observations.every((o) => o.source === 'history'));
      assert.ok(analysis.observations.some((o) => o.conceptId === 'py.mutable-defaults' && o.kind === 'failure'), 'the slip Alice committed is weak evidence');
      assert.ok(analysis.observations.some((o) => o.conceptId === 'higher-order-functions' && o.kind === 'opportunity'), 'tree-sitter\'s concepts join the lexical ones');
      assert.ok(!analysis.observations.some((o) => o.conceptId === 'not-a-catalog-concept'), 'only catalog concepts reach the model');
      let saved = readSavedHistory(undefined).saved;
      saved = recordAnalysis(saved, { root: repo.root, analyzedAt: 1, author: 'Alice', truncated: false, newEvidence: analysis.observations.length, fedCommits: first.commits.map((c) => c.hash), summary: analysis.summary });
      const again = first.commits.filter((c) => !fedCommits(saved, repo.root).has(c.hash));
      assert.deepEqual(again, []);
      repo.write('app/more.py', 'def more(x={}):\n    return x\n');
      repo.git('add', 'app/more.py');
      repo.commit('more', alice, '2025-03-05T10:00:00Z');
      const second = await git.ownCommits({ maxCount: 50 });
      const fresh = second.commits.filter((c) => !fedCommits(saved, repo.root).has(c.hash));
      assert.deepEqual(fresh.map((c) => c.message), ['more']);
      saved = recordAnalysis(JSON.parse(JSON.stringify(saved)), { root: repo.root, analyzedAt: 2, author: 'Alice', truncated: false, newEvidence: 1, fedCommits: fresh.map((c) => c.hash), summary: analyzeHistory(second.commits).summary });
      assert.equal(readSavedHistory(JSON.parse(JSON.stringify(saved))).problem, undefined, 'the stored shape survives a round trip through JSON');
      assert.equal(fedCommits(saved, repo.root).size, 3);
      assert.equal(saved.repositories[0].summary.commitsAnalyzed, 3);
      assert.match(readSavedHistory({ version: 7 }).problem ?? '', /unreadable.*analyze again/);
    });

    it('cancels a history read', async () => {
      const abort = new AbortController();
      abort.abort();
      await assert.rejects(git.ownCommits({ signal: abort.signal }), (e: unknown) => e instanceof GitReadError && e.kind === 'cancelled');
    });
  });
});
