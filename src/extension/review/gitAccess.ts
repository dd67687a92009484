import type { GitRepository } from '../../adapters/git/gitRepository';
import type { ReadProgress } from '../../core/review/diffSource';

/**
 * Loads the git adapter (and simple-git with it) on first use, so activation never pays for it, and finds the
 * repository's top folder, which the adapter's repository-relative paths are resolved against.
 */
export interface OpenedRepository {
  repository: GitRepository;
  /** Absolute path of the repository's top folder, as git prints it. */
  root: string;
}

/** The error a review or history run shows the engineer; its message says what to do. */
export class ReviewRunError extends Error {
  constructor(
    readonly kind: 'cancelled' | 'not-a-repository' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewRunError';
  }
}

/** Opens the repository containing `folder`; rejects with an actionable ReviewRunError outside one. */
export async function openRepository(folder: string, signal?: AbortSignal): Promise<OpenedRepository> {
  const [{ GitRepository }, { simpleGit }] = await Promise.all([import('../../adapters/git/gitRepository'), import('simple-git')]);
  if (signal?.aborted) throw new ReviewRunError('cancelled', 'Cancelled.');
  let root: string;
  try {
    root = (await simpleGit({ baseDir: folder, abort: signal }).revparse(['--show-toplevel'])).trim();
  } catch (error) {
    if (signal?.aborted) throw new ReviewRunError('cancelled', 'Cancelled.');
    const text = error instanceof Error ? error.message : String(error);
    if (/not a git repository/i.test(text)) {
      throw new ReviewRunError('not-a-repository', `${folder} is not inside a git repository. Open a folder that is under git, or run \`git init\` there.`);
    }
    if (/ENOENT|spawn git/i.test(text)) throw new ReviewRunError('failed', 'git could not be started. Install git and make sure it is on the PATH of VS Code.');
    throw new ReviewRunError('failed', `git failed: ${text.split('\n')[0].slice(0, 300)}`);
  }
  return { repository: new GitRepository(root), root };
}

/** Turns any failure of a run into a ReviewRunError with a message fit to show. */
export async function explainGitFailure(error: unknown): Promise<ReviewRunError> {
  if (error instanceof ReviewRunError) return error;
  const { GitReadError } = await import('../../adapters/git/gitRepository');
  if (error instanceof GitReadError) return new ReviewRunError(error.kind === 'cancelled' ? 'cancelled' : error.kind === 'not-a-repository' ? 'not-a-repository' : 'failed', error.message);
  return new ReviewRunError('failed', error instanceof Error ? error.message : String(error));
}

/** Progress of a run, in words and as an increment, for `window.withProgress`. */
export type RunProgress = (message: string, increment?: number) => void;

/** Describes an adapter read progress step for the progress notification. */
export function describeReadProgress(progress: ReadProgress): string {
  switch (progress.phase) {
    case 'listing':
      return 'Listing changed files…';
    case 'reading':
      return `Reading diffs (${progress.done}/${progress.total} files)…`;
    case 'commits':
      return `Reading your commits (${progress.done}/${progress.total})…`;
  }
}
