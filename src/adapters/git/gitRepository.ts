import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import type { CommitHistorySource, GitIdentity, HistoryCommit, OwnCommits, OwnCommitsQuery } from '../../core/history/commitSource';
import {
  defaultDiffLimits,
  type DiffLimits,
  type DiffReadOptions,
  type DiffTarget,
  type ReadOptions,
  type ReviewDiff,
  type ReviewDiffSource,
  type SkippedFile,
} from '../../core/review/diffSource';
import { parseUnifiedDiff, type DiffFile } from '../../core/review/unifiedDiff';

/** Why a git read failed; the extension shows `message`, which always says what to do. */
export type GitFailureKind = 'not-a-repository' | 'git-missing' | 'cancelled' | 'unknown-base' | 'no-identity' | 'failed';

/** The one error the git adapter rejects with. */
export class GitReadError extends Error {
  constructor(
    readonly kind: GitFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'GitReadError';
  }
}

/** git's well-known id of the empty tree: the base of a repository with no commits yet. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '-M', '--unified=3'];
const PATHS_PER_CALL = 100;
const BINARY_SNIFF_BYTES = 8000;

interface NumstatEntry {
  path: string;
  oldPath?: string;
  binary: boolean;
  lines: number;
}

/** Parses `--numstat -z` output, where a rename is `added\tdeleted\t\0old\0new\0`. */
function parseNumstat(output: string): NumstatEntry[] {
  const parts = output.split('\0');
  const entries: NumstatEntry[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i].replace(/^\n+/, '');
    const match = /^(-|\d+)\t(-|\d+)\t(.*)$/s.exec(part);
    if (!match) continue;
    const binary = match[1] === '-';
    const lines = binary ? 0 : Number(match[1]) + Number(match[2]);
    if (match[3] === '') {
      entries.push({ oldPath: parts[i + 1], path: parts[i + 2], binary, lines });
      i += 2;
    } else {
      entries.push({ path: match[3], binary, lines });
    }
  }
  return entries.filter((entry) => entry.path !== undefined && entry.path !== '');
}

/** Splits diff text into one chunk per file, each starting at its `diff --git` line. */
function splitPerFile(text: string): string[] {
  const chunks: string[] = [];
  let start = text.indexOf('diff --git ');
  while (start >= 0) {
    const next = text.indexOf('\ndiff --git ', start + 1);
    chunks.push(next < 0 ? text.slice(start) : text.slice(start, next + 1));
    start = next < 0 ? -1 : next + 1;
  }
  return chunks;
}

function literal(path: string): string {
  return `:(literal)${path}`;
}

/** Tracks the byte budget of one read and what it made the read leave out. */
class DiffBudget {
  readonly skipped: SkippedFile[] = [];
  totalBytes = 0;
  files = 0;

  constructor(readonly limits: DiffLimits) {}

  /** Sorts numstat entries into those worth reading and those skipped before reading. */
  admit(entries: readonly NumstatEntry[]): NumstatEntry[] {
    const admitted: NumstatEntry[] = [];
    for (const entry of entries) {
      if (entry.binary) this.skipped.push({ path: entry.path, reason: 'binary' });
      else if (entry.lines > this.limits.maxFileLines) this.skipped.push({ path: entry.path, reason: 'too-large', lines: entry.lines });
      else if (this.files + admitted.length >= this.limits.maxFiles) this.skipped.push({ path: entry.path, reason: 'file-cap', lines: entry.lines });
      else admitted.push(entry);
    }
    return admitted;
  }

  /** Decides on one file's diff text once read: kept, or skipped as too large or over the total. */
  take(path: string, bytes: number): boolean {
    if (bytes > this.limits.maxFileBytes) {
      this.skipped.push({ path, reason: 'too-large', bytes });
      return false;
    }
    if (this.totalBytes + bytes > this.limits.maxTotalBytes) {
      this.skipped.push({ path, reason: 'total-cap', bytes });
      return false;
    }
    this.totalBytes += bytes;
    this.files++;
    return true;
  }
}

/**
 * The git side of review and history, on simple-git: reads bounded diffs (working tree, staged, branch against its
 * merge base) and the engineer's own commits, skipping binary and huge files and reporting what it skipped.
 */
export class GitRepository implements ReviewDiffSource, CommitHistorySource {
  constructor(private readonly root: string) {}

  private git(signal?: AbortSignal): SimpleGit {
    return simpleGit({
      baseDir: this.root,
      maxConcurrentProcesses: 2,
      abort: signal,
      config: ['core.quotePath=false', 'color.ui=false', 'diff.noprefix=false', 'diff.mnemonicPrefix=false'],
    });
  }

  private async run<T>(signal: AbortSignal | undefined, task: (git: SimpleGit) => Promise<T>): Promise<T> {
    if (signal?.aborted) throw new GitReadError('cancelled', 'The git read was cancelled.');
    try {
      return await task(this.git(signal));
    } catch (error) {
      throw this.explain(error, signal);
    }
  }

  private explain(error: unknown, signal: AbortSignal | undefined): GitReadError {
    if (error instanceof GitReadError) return error;
    const text = error instanceof Error ? error.message : String(error);
    if (signal?.aborted || /abort/i.test(text)) return new GitReadError('cancelled', 'The git read was cancelled.');
    if (/not a git repository/i.test(text)) {
      return new GitReadError('not-a-repository', `${this.root} is not inside a git repository. Open a folder that is under git, or run \`git init\` there.`);
    }
    if (/ENOENT|spawn git/i.test(text)) {
      return new GitReadError('git-missing', 'git could not be started. Install git and make sure it is on the PATH of VS Code.');
    }
    return new GitReadError('failed', `git failed: ${text.split('\n')[0].slice(0, 300)}`);
  }

  /** The repository's top folder; rejects with 'not-a-repository' outside one (where `git diff` would compare files instead). */
  private async topLevel(signal?: AbortSignal): Promise<string> {
    return (await this.run(signal, (git) => git.raw(['rev-parse', '--show-toplevel']))).trim();
  }

  private async hasHead(signal?: AbortSignal): Promise<boolean> {
    return this.run(signal, async (git) => {
      const out = await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => '');
      return out.trim() !== '';
    });
  }

  private async resolveCommit(ref: string, signal?: AbortSignal): Promise<string | undefined> {
    if (ref.startsWith('-')) return undefined;
    return this.run(signal, async (git) => {
      const out = await git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => '');
      return out.trim() || undefined;
    });
  }

  /** The ref a branch is compared against: the given one, origin's HEAD, a conventional default branch, or the upstream. */
  async defaultBaseRef(signal?: AbortSignal): Promise<string | undefined> {
    return this.run(signal, async (git) => {
      const quiet = (args: string[]): Promise<string> => git.raw(args).then((out) => out.trim(), () => '');
      const current = await quiet(['symbolic-ref', '--quiet', '--short', 'HEAD']);
      const originHead = await quiet(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
      if (originHead) return originHead;
      const configured = await quiet(['config', '--get', 'init.defaultBranch']);
      for (const name of [configured, 'main', 'master', 'trunk', 'develop']) {
        if (!name || name === current) continue;
        if (await quiet(['rev-parse', '--verify', '--quiet', `refs/heads/${name}`])) return name;
        if (await quiet(['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${name}`])) return `origin/${name}`;
      }
      const upstream = await quiet(['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}']);
      if (upstream && upstream.split('/').slice(1).join('/') !== current) return upstream;
      return undefined;
    });
  }

  async readDiff(target: DiffTarget, options: DiffReadOptions = {}): Promise<ReviewDiff> {
    const { signal } = options;
    const budget = new DiffBudget({ ...defaultDiffLimits, ...options.limits });
    let range: string[];
    let base: ReviewDiff['base'];
    const top = await this.topLevel(signal);
    const head = await this.hasHead(signal);
    switch (target.kind) {
      case 'working-tree':
        range = [];
        break;
      case 'staged':
        range = ['--cached'];
        break;
      case 'uncommitted':
        range = [head ? 'HEAD' : EMPTY_TREE];
        break;
      case 'branch': {
        if (!head) throw new GitReadError('unknown-base', 'This repository has no commits yet, so there is no branch to compare. Review the uncommitted changes instead.');
        const ref = target.baseRef ?? (await this.defaultBaseRef(signal));
        if (!ref) {
          throw new GitReadError('unknown-base', 'Could not tell which branch this one started from (no origin/HEAD, main, master, trunk or develop, and no upstream). Pass the base branch explicitly.');
        }
        if (!(await this.resolveCommit(ref, signal))) throw new GitReadError('unknown-base', `The base "${ref}" is not a branch or commit in this repository.`);
        const mergeBase = await this.run(signal, (git) => git.raw(['merge-base', 'HEAD', ref]).then((out) => out.trim(), () => ''));
        if (!mergeBase) throw new GitReadError('unknown-base', `HEAD and "${ref}" share no history, so there is no merge base to compare against.`);
        base = { ref, mergeBase };
        range = [mergeBase, 'HEAD'];
        break;
      }
    }
    options.onProgress?.({ phase: 'listing', done: 0, total: 1 });
    const files = await this.readBoundedDiff(range, budget, options);
    if ((target.kind === 'working-tree' || target.kind === 'uncommitted') && options.includeUntracked !== false) {
      files.push(...(await this.readUntracked(top, budget, signal)));
    }
    return { target, base, files, skipped: budget.skipped, totalBytes: budget.totalBytes };
  }

  /** Lists the changes with `--numstat`, then reads the diffs of the files that fit, in batches. */
  private async readBoundedDiff(range: readonly string[], budget: DiffBudget, options: ReadOptions): Promise<DiffFile[]> {
    const { signal } = options;
    const numstat = await this.run(signal, (git) => git.raw(['diff', '--numstat', '-z', '-M', '--no-ext-diff', ...range]));
    return this.readAdmitted(parseNumstat(numstat), ['diff', ...DIFF_FLAGS, ...range], budget, options);
  }

  private async readAdmitted(entries: NumstatEntry[], command: readonly string[], budget: DiffBudget, options: ReadOptions): Promise<DiffFile[]> {
    const admitted = budget.admit(entries);
    const files: DiffFile[] = [];
    for (let start = 0; start < admitted.length; start += PATHS_PER_CALL) {
      const batch = admitted.slice(start, start + PATHS_PER_CALL);
      const paths = batch.flatMap((entry) => (entry.oldPath ? [entry.oldPath, entry.path] : [entry.path])).map(literal);
      const text = await this.run(options.signal, (git) => git.raw([...command, '--', ...paths]));
      for (const chunk of splitPerFile(text)) {
        const [file] = parseUnifiedDiff(chunk);
        if (!file) continue;
        if (file.binary) {
          budget.skipped.push({ path: file.newPath ?? file.oldPath ?? '', reason: 'binary' });
          continue;
        }
        if (budget.take(file.newPath ?? file.oldPath ?? '', Buffer.byteLength(chunk))) files.push(file);
      }
      options.onProgress?.({ phase: 'reading', done: Math.min(admitted.length, start + PATHS_PER_CALL), total: admitted.length });
    }
    return files;
  }

  /** New files git does not track yet, read from disk as all-added diffs (binary and huge ones skipped). */
  private async readUntracked(top: string, budget: DiffBudget, signal?: AbortSignal): Promise<DiffFile[]> {
    // From the top folder, so the paths are repository-relative like those in the diff.
    const listing = await this.run(signal, (git) => git.cwd(top).raw(['ls-files', '--others', '--exclude-standard', '-z']));
    const files: DiffFile[] = [];
    for (const path of listing.split('\0').filter((entry) => entry !== '')) {
      if (signal?.aborted) throw new GitReadError('cancelled', 'The git read was cancelled.');
      const absolute = join(top, path);
      const info = await stat(absolute).catch(() => undefined);
      if (!info?.isFile()) continue;
      if (info.size > budget.limits.maxFileBytes) {
        budget.skipped.push({ path, reason: 'too-large', bytes: info.size });
        continue;
      }
      const handle = await open(absolute, 'r');
      let content: Buffer;
      try {
        content = await handle.readFile();
      } finally {
        await handle.close();
      }
      if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
        budget.skipped.push({ path, reason: 'binary' });
        continue;
      }
      const lines = content.toString('utf8').split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      if (lines.length > budget.limits.maxFileLines) {
        budget.skipped.push({ path, reason: 'too-large', lines: lines.length });
        continue;
      }
      if (budget.files >= budget.limits.maxFiles) {
        budget.skipped.push({ path, reason: 'file-cap', lines: lines.length });
        continue;
      }
      if (!budget.take(path, info.size)) continue;
      files.push({
        newPath: path,
        status: 'added',
        binary: false,
        hunks: [
          {
            oldStart: 0,
            oldLines: 0,
            newStart: 1,
            newLines: lines.length,
            section: '',
            lines: lines.map((text, index) => ({ kind: 'add', text: text.endsWith('\r') ? text.slice(0, -1) : text, newLine: index + 1 })),
          },
        ],
      });
    }
    return files;
  }

  async identity(): Promise<GitIdentity> {
    return this.run(undefined, async (git) => {
      const get = (key: string): Promise<string | undefined> => git.raw(['config', '--get', key]).then((out) => out.trim() || undefined, () => undefined);
      return { name: await get('user.name'), email: await get('user.email') };
    });
  }

  async ownCommits(query: OwnCommitsQuery = {}): Promise<OwnCommits> {
    const { signal } = query;
    const author = query.author ?? (await this.identity());
    await this.topLevel(signal);
    const pattern = author.email ?? author.name;
    if (!pattern) {
      throw new GitReadError('no-identity', 'git does not know who you are: set `git config user.email` (and user.name) so Skilltrace can find your own commits.');
    }
    if (!(await this.hasHead(signal))) return { author, commits: [], truncated: false };
    const maxCount = Math.max(1, Math.floor(query.maxCount ?? 200));
    const args = ['log', '--no-merges', '--fixed-strings', `--author=${pattern}`, `--max-count=${maxCount}`, '--format=%H%x1f%an%x1f%ae%x1f%at%x1f%B%x1e'];
    if (query.since !== undefined) args.push(`--since=${new Date(query.since).toISOString()}`);
    const log = await this.run(signal, (git) => git.raw([...args, 'HEAD']));
    const headers = log
      .split('\x1e')
      .map((record) => record.replace(/^\n+/, ''))
      .filter((record) => record.trim() !== '')
      .map((record) => {
        const [hash, authorName, authorEmail, time, ...message] = record.split('\x1f');
        return { hash, authorName, authorEmail, timestamp: Number(time) * 1000, message: message.join('\x1f').trim() };
      })
      // --author matches name or email anywhere; keep exactly the engineer's own commits.
      .filter((commit) => (author.email ? commit.authorEmail.toLowerCase() === author.email.toLowerCase() : commit.authorName === author.name));
    const limits = { ...defaultDiffLimits, maxTotalBytes: 8 * 1024 * 1024, ...query.limits };
    let totalBytes = 0;
    const commits: HistoryCommit[] = [];
    let truncated = false;
    for (const header of headers) {
      if (signal?.aborted) throw new GitReadError('cancelled', 'The git read was cancelled.');
      const budget = new DiffBudget({ ...limits, maxTotalBytes: limits.maxTotalBytes - totalBytes });
      const numstat = await this.run(signal, (git) => git.raw(['show', '--numstat', '-z', '-M', '--no-ext-diff', '--format=', header.hash]));
      const files = await this.readAdmitted(parseNumstat(numstat), ['show', ...DIFF_FLAGS, '--format=', header.hash], budget, { signal });
      totalBytes += budget.totalBytes;
      commits.push({ ...header, files, skipped: budget.skipped });
      query.onProgress?.({ phase: 'commits', done: commits.length, total: headers.length });
      if (budget.skipped.some((skip) => skip.reason === 'total-cap')) {
        truncated = true;
        break;
      }
    }
    return { author, commits, truncated };
  }
}
