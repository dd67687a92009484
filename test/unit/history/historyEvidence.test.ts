import assert from 'node:assert/strict';
import { GitRepository } from '../../../src/adapters/git/gitRepository';
import { getConcept } from '../../../src/core/concepts/conceptCatalog';
import { lexicalUsageConceptIds } from '../../../src/core/history/conceptUsage';
import { analyzeHistory, conceptsFixedByMessage, historyStrength } from '../../../src/core/history/historyEvidence';
import type { HistoryCommit } from '../../../src/core/history/commitSource';
import { parseUnifiedDiff } from '../../../src/core/review/unifiedDiff';
import { observationSchema } from '../../../src/shared/observation';
import { alice, bob, TestRepo } from '../git/gitFixture';
import { changeDiff, newFileDiff } from '../review/reviewFixtures';

function commit(hash: string, message: string, diff: string, timestamp = 1_700_000_000_000): HistoryCommit {
  return { hash, authorName: 'A', authorEmail: 'a@example.com', timestamp, message, files: parseUnifiedDiff(diff), skipped: [] };
}

describe('history evidence', () => {
  it('reads fixes from commit messages only when they read like a fix', () => {
    assert.deepEqual(conceptsFixedByMessage('Fix null check in user lookup'), ['null-safety']);
    assert.deepEqual(conceptsFixedByMessage('handle unhandled promise rejection on save').sort(), ['promises']);
    assert.deepEqual(conceptsFixedByMessage('Add null object pattern'), []);
    assert.deepEqual(conceptsFixedByMessage('fix typo in README'), []);
    assert.deepEqual(conceptsFixedByMessage('Resolve race condition in cache\n\nlong body about null'), ['concurrency']);
  });

  it('turns a commit that removes a finding into a recovery, and one that adds it into a weak failure', () => {
    const introduce = commit('a'.repeat(40), 'query users', newFileDiff('src/db.ts', ['export const q = (id: string) => db.query(`SELECT * FROM t WHERE id = ${id}`);']), 1000);
    const fix = commit(
      'b'.repeat(40),
      'use parameters',
      changeDiff('src/db.ts', ['export const q = (id: string) => db.query(`SELECT * FROM t WHERE id = ${id}`);'], ['export const q = (id: string) => db.query("SELECT * FROM t WHERE id = $1", [id]);']),
      2000,
    );
    const { observations, summary } = analyzeHistory([introduce, fix]);
    for (const observation of observations) {
      assert.equal(observationSchema.safeParse(observation).success, true, JSON.stringify(observation));
      assert.equal(observation.source, 'history');
      assert.ok(observation.strength <= 0.25);
    }
    const injection = observations.filter((o) => o.conceptId === 'injection-safe-queries');
    assert.deepEqual(injection.map((o) => [o.kind, o.timestamp, o.strength]), [
      ['recovery', 2000, historyStrength.fixedByCode],
      ['failure', 1000, historyStrength.introduced],
    ]);
    assert.equal(injection[0].evidence.ruleId, 'sql-injection');
    const row = summary.concepts[0];
    assert.equal(row.conceptId, 'injection-safe-queries');
    assert.equal(row.fixedIn, 1);
    assert.equal(row.introduced, 1);
    assert.deepEqual(row.examples.map((e) => e.kind), ['fixed', 'introduced']);
    assert.equal(summary.commitsAnalyzed, 2);
    assert.equal(summary.from, 1000);
    assert.equal(summary.to, 2000);
  });

  it('records concepts used as opportunities, once per commit and concept', () => {
    const go = commit(
      'c'.repeat(40),
      'worker pool',
      newFileDiff('pool/pool.go', ['func run(jobs chan int) {', '\tfor j := range jobs {', '\t\tgo work(j)', '\t}', '\tdefer done()', '}']),
    );
    const { observations } = analyzeHistory([go]);
    const used = observations.filter((o) => o.kind === 'opportunity').map((o) => o.conceptId).sort();
    assert.deepEqual(used, ['go.channels', 'go.defer', 'go.goroutines', 'iteration']);
    assert.ok(observations.every((o) => o.strength === historyStrength.used));
  });

  it('does not count code that was only moved, or files it cannot read', () => {
    const same = ['export function f(a, b) {', '  return a == b;', '}'];
    const moved = commit('d'.repeat(40), 'reindent', changeDiff('src/m.js', same, same.map((l) => ` ${l}`)));
    const { observations } = analyzeHistory([moved, commit('e'.repeat(40), 'docs', newFileDiff('README.md', ['# fix null']))]);
    assert.deepEqual(observations.filter((o) => o.kind !== 'opportunity'), []);
  });

  it('uses an injected usage finder instead of the lexical one', () => {
    const c = commit('f'.repeat(40), 'x', newFileDiff('src/a.ts', ['const x = 1;']));
    const { observations } = analyzeHistory([c], { usage: () => ['generics'] });
    assert.deepEqual(observations.map((o) => o.conceptId), ['generics']);
  });

  it('only names catalog concepts', () => {
    const unknown = lexicalUsageConceptIds().filter((id) => !getConcept(id));
    const messageIds = ['Fix null', 'fix promise', 'fix await', 'fix race', 'fix exception', 'fix sql injection', 'fix off-by-one', 'fix leak', 'fix regex', 'fix equality', 'fix secret', 'fix timezone', 'fix encoding', 'fix type error', 'fix imports'].flatMap(conceptsFixedByMessage);
    assert.equal(messageIds.length >= 15, true);
    assert.deepEqual([...unknown, ...messageIds.filter((id) => !getConcept(id))], []);
  });

  describe('over a real repository', () => {
    let repo: TestRepo;
    afterEach(() => repo?.dispose());

    it('analyzes only the engineer\'s own commits, newest first, with a summary', async () => {
      repo = new TestRepo();
      repo.write('app/read.py', 'def read(path):\n    f = open(path)\n    return f.read()\n');
      repo.commit('read files', alice, '2025-02-01T09:00:00Z');
      repo.write('app/other.py', 'def other(x=[]):\n    return x\n');
      repo.commit('bob adds other', bob, '2025-02-02T09:00:00Z');
      repo.write('app/read.py', 'def read(path):\n    with open(path) as f:\n        return f.read()\n');
      repo.commit('Fix file handle leak in read', alice, '2025-02-03T09:00:00Z');
      const source = new GitRepository(repo.root);
      const { commits } = await source.ownCommits({ maxCount: 50 });
      const { observations, summary } = analyzeHistory(commits);
      assert.equal(summary.commitsAnalyzed, 2);
      assert.ok(!observations.some((o) => o.conceptId === 'py.mutable-defaults'), 'bob\'s commit is not analyzed');
      const recoveries = observations.filter((o) => o.kind === 'recovery').map((o) => o.conceptId).sort();
      assert.deepEqual(recoveries, ['py.context-managers', 'resource-management']);
      const contextManagers = summary.concepts.find((c) => c.conceptId === 'py.context-managers');
      assert.deepEqual(
        { used: contextManagers?.usedIn, fixed: contextManagers?.fixedIn, introduced: contextManagers?.introduced },
        { used: 1, fixed: 1, introduced: 1 },
      );
    });
  });
});
