import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitReadError, GitRepository } from '../../../src/adapters/git/gitRepository';
import type { ReadProgress } from '../../../src/core/review/diffSource';
import { reviewDiff } from '../../../src/core/review/diffReview';
import { addedLines, type DiffFile } from '../../../src/core/review/unifiedDiff';
import { alice, bob, TestRepo } from './gitFixture';

function file(files: readonly DiffFile[], path: string): DiffFile | undefined {
  return files.find((candidate) => (candidate.newPath ?? candidate.oldPath) === path);
}

function added(files: readonly DiffFile[], path: string): string[] {
  const found = file(files, path);
  return found ? addedLines(found).map((line) => line.text) : [];
}

async function rejectsWith(promise: Promise<unknown>, kind: GitReadError['kind']): Promise<GitReadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GitReadError, `expected GitReadError, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    return error;
  }
  assert.fail(`expected a ${kind} rejection`);
}

describe('git repository adapter (real repositories)', () => {
  let repo: TestRepo;
  afterEach(() => repo?.dispose());

  it('separates unstaged, staged and uncommitted changes, and includes untracked files', async () => {
    repo = new TestRepo();
    repo.write('src/a.ts', 'export const a = 1;\n');
    repo.commit('start');
    repo.write('src/a.ts', 'export const a = 1;\nexport const staged = 2;\n');
    repo.git('add', 'src/a.ts');
    repo.write('src/a.ts', 'export const a = 1;\nexport const staged = 2;\nexport var unstaged = 3;\n');
    repo.write('src/new file.ts', 'export const fresh = x == y;\n');
    const git = new GitRepository(repo.root);

    const staged = await git.readDiff({ kind: 'staged' });
    assert.deepEqual(added(staged.files, 'src/a.ts'), ['export const staged = 2;']);
    assert.equal(file(staged.files, 'src/new file.ts'), undefined);

    const working = await git.readDiff({ kind: 'working-tree' });
    assert.deepEqual(added(working.files, 'src/a.ts'), ['export var unstaged = 3;']);
    assert.deepEqual(added(working.files, 'src/new file.ts'), ['export const fresh = x == y;']);
    assert.equal(file(working.files, 'src/a.ts')?.hunks[0].lines.find((l) => l.kind === 'add')?.newLine, 3);

    const everything = await git.readDiff({ kind: 'uncommitted' }, { includeUntracked: false });
    assert.deepEqual(added(everything.files, 'src/a.ts'), ['export const staged = 2;', 'export var unstaged = 3;']);
    assert.equal(file(everything.files, 'src/new file.ts'), undefined);

    // The diff feeds the offline review end to end.
    const hints = reviewDiff(working.files).hints.map((hint) => [hint.file, hint.line, hint.detectorId]);
    assert.deepEqual(hints, [
      ['src/a.ts', 3, 'js.var'],
      ['src/new file.ts', 1, 'js.loose-equality'],
    ]);
  });

  it('skips binary and huge files, caps the total, and says what it skipped', async () => {
    repo = new TestRepo();
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    repo.write('small.py', 'x = 1\n');
    repo.write('other.py', 'y = 1\n');
    repo.commit('start');
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]));
    repo.write('huge.ts', Array.from({ length: 5000 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n');
    repo.write('small.py', 'x = 2\n');
    repo.write('other.py', 'y = 2\n');
    repo.write('untracked.bin', Buffer.from([0, 0, 0, 1]));
    repo.git('add', 'huge.ts');
    const git = new GitRepository(repo.root);

    const diff = await git.readDiff({ kind: 'uncommitted' });
    const reasons = Object.fromEntries(diff.skipped.map((skip) => [skip.path, skip.reason]));
    assert.deepEqual(reasons, { 'logo.png': 'binary', 'huge.ts': 'too-large', 'untracked.bin': 'binary' });
    assert.equal(diff.skipped.find((skip) => skip.path === 'huge.ts')?.lines, 5000);
    assert.deepEqual(diff.files.map((f) => f.newPath).sort(), ['other.py', 'small.py']);
    assert.ok(diff.totalBytes > 0);

    const capped = await git.readDiff({ kind: 'uncommitted' }, { limits: { maxTotalBytes: 150 } });
    assert.equal(capped.files.length, 1);
    assert.ok(capped.skipped.some((skip) => skip.reason === 'total-cap'));
    assert.ok(capped.totalBytes <= 150);

    const fewFiles = await git.readDiff({ kind: 'uncommitted' }, { limits: { maxFiles: 1 } });
    assert.equal(fewFiles.files.length, 1);
    assert.ok(fewFiles.skipped.some((skip) => skip.reason === 'file-cap'));

    const perFile = await git.readDiff({ kind: 'uncommitted' }, { limits: { maxFileBytes: 20 } });
    assert.deepEqual(perFile.files, []);
    assert.ok(perFile.skipped.filter((skip) => skip.reason === 'too-large').length >= 2);
  });

  it('diffs a branch against its merge base with the default branch', async () => {
    repo = new TestRepo();
    repo.write('app.py', 'def main():\n    return 0\n');
    repo.commit('start');
    const branchPoint = repo.commit('second', alice, '2025-01-11T12:00:00Z');
    repo.git('switch', '-q', '-c', 'feature');
    repo.write('app.py', 'def main(items=[]):\n    return 0\n');
    repo.commit('feature work', alice, '2025-01-12T12:00:00Z');
    repo.git('switch', '-q', 'main');
    repo.write('later.py', 'print("main moved on")\n');
    repo.commit('main moves on', bob, '2025-01-13T12:00:00Z');
    repo.git('switch', '-q', 'feature');
    repo.write('wip.py', 'try:\n    go()\nexcept:\n    pass\n');
    const git = new GitRepository(repo.root);

    const diff = await git.readDiff({ kind: 'branch' });
    assert.deepEqual(diff.base, { ref: 'main', mergeBase: branchPoint });
    assert.deepEqual(diff.files.map((f) => f.newPath), ['app.py']);
    assert.deepEqual(added(diff.files, 'app.py'), ['def main(items=[]):']);
    assert.deepEqual(reviewDiff(diff.files).hints.map((hint) => hint.detectorId), ['py.mutable-default']);

    const explicit = await git.readDiff({ kind: 'branch', baseRef: 'main' });
    assert.equal(explicit.base?.mergeBase, branchPoint);
    await rejectsWith(git.readDiff({ kind: 'branch', baseRef: 'no-such-branch' }), 'unknown-base');
    await rejectsWith(git.readDiff({ kind: 'branch', baseRef: '--output=/tmp/x' }), 'unknown-base');
  });

  it('reads the identity from git config and only the engineer\'s own commits, bounded by count and date', async () => {
    repo = new TestRepo();
    repo.write('src/db.ts', 'export const q = (id: string) => db.query(`SELECT * FROM t WHERE id = ${id}`);\n');
    repo.commit('add query', alice, '2025-01-01T10:00:00Z');
    repo.write('src/other.ts', 'export const o = 1;\n');
    repo.commit('bob change', bob, '2025-01-02T10:00:00Z');
    repo.write('src/db.ts', 'export const q = (id: string) => db.query("SELECT * FROM t WHERE id = $1", [id]);\n');
    repo.commit('fix sql injection in query', alice, '2025-01-05T10:00:00Z');
    repo.write('src/x.ts', 'export const x = 1;\n');
    repo.commit('Alice again', alice, '2025-01-06T10:00:00Z');
    const git = new GitRepository(repo.root);

    assert.deepEqual(await git.identity(), { name: alice.name, email: alice.email });
    const progress: ReadProgress[] = [];
    const all = await git.ownCommits({ onProgress: (p) => progress.push(p) });
    assert.deepEqual(all.commits.map((c) => c.message), ['Alice again', 'fix sql injection in query', 'add query']);
    assert.ok(all.commits.every((c) => c.authorEmail === alice.email));
    assert.equal(all.commits[2].timestamp, Date.parse('2025-01-01T10:00:00Z'));
    assert.equal(all.commits[2].files[0].status, 'added');
    const fix = all.commits[1].files[0];
    assert.equal(fix.hunks[0].lines.filter((l) => l.kind === 'del').length, 1);
    assert.deepEqual(progress.at(-1), { phase: 'commits', done: 3, total: 3 });

    const bounded = await git.ownCommits({ maxCount: 1 });
    assert.deepEqual(bounded.commits.map((c) => c.message), ['Alice again']);
    const recent = await git.ownCommits({ since: Date.parse('2025-01-04T00:00:00Z') });
    assert.deepEqual(recent.commits.map((c) => c.message), ['Alice again', 'fix sql injection in query']);
    const bobs = await git.ownCommits({ author: { email: bob.email } });
    assert.deepEqual(bobs.commits.map((c) => c.message), ['bob change']);
    // Regex characters in an address are matched literally.
    assert.deepEqual((await git.ownCommits({ author: { email: 'alice@example.co.' } })).commits, []);
  });

  it('cancels through the AbortSignal, before and during a read', async () => {
    repo = new TestRepo();
    for (let i = 0; i < 4; i++) {
      repo.write(`f${i}.ts`, `export const v = ${i};\n`);
      repo.commit(`c${i}`);
    }
    const git = new GitRepository(repo.root);
    const aborted = new AbortController();
    aborted.abort();
    await rejectsWith(git.readDiff({ kind: 'staged' }, { signal: aborted.signal }), 'cancelled');
    const midway = new AbortController();
    const seen: number[] = [];
    await rejectsWith(
      git.ownCommits({
        signal: midway.signal,
        onProgress: (p) => {
          seen.push(p.done);
          if (p.done === 1) midway.abort();
        },
      }),
      'cancelled',
    );
    assert.deepEqual(seen, [1]);
  });

  it('gives actionable errors outside a repository and without an identity, and handles an empty repository', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'skilltrace-nogit-'));
    try {
      const error = await rejectsWith(new GitRepository(bare).readDiff({ kind: 'staged' }), 'not-a-repository');
      assert.match(error.message, /git init/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
    repo = new TestRepo();
    repo.write('first.go', 'package main\n');
    repo.git('add', 'first.go');
    const git = new GitRepository(repo.root);
    const staged = await git.readDiff({ kind: 'staged' });
    assert.deepEqual(added(staged.files, 'first.go'), ['package main']);
    const uncommitted = await git.readDiff({ kind: 'uncommitted' });
    assert.deepEqual(added(uncommitted.files, 'first.go'), ['package main']);
    await rejectsWith(git.readDiff({ kind: 'branch' }), 'unknown-base');
    assert.deepEqual((await git.ownCommits()).commits, []);
    await rejectsWith(git.ownCommits({ author: {} }), 'no-identity');
  });

  it('keeps renamed files as renames, so moved code is not reviewed as new', async () => {
    repo = new TestRepo();
    repo.write('old.js', Array.from({ length: 20 }, (_, i) => `var line${i} = ${i};`).join('\n') + '\n');
    repo.commit('start');
    repo.git('mv', 'old.js', 'moved.js');
    const git = new GitRepository(repo.root);
    const diff = await git.readDiff({ kind: 'staged' });
    assert.equal(diff.files.length, 1);
    assert.equal(diff.files[0].status, 'renamed');
    assert.equal(diff.files[0].oldPath, 'old.js');
    assert.deepEqual(reviewDiff(diff.files).hints, []);
  });
});
