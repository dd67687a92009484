import type { DiffFile } from './unifiedDiff';

/**
 * What the review reads its diff from. Declared here, implemented by the git adapter, called by the extension's
 * "Review my changes" command, so the review itself never touches git.
 */

/** Which changes to review: unstaged, staged, both, or the whole branch since it left the default branch. */
export type DiffTarget =
  | { kind: 'working-tree' }
  | { kind: 'staged' }
  | { kind: 'uncommitted' }
  | { kind: 'branch'; baseRef?: string };

/** Size bounds that keep a review of a huge change cheap. */
export interface DiffLimits {
  /** A file whose diff is larger than this is skipped (default 256 KiB). */
  maxFileBytes: number;
  /** A file with more changed lines than this is skipped before its diff is even read (default 4,000). */
  maxFileLines: number;
  /** Files are read until their diffs add up to this (default 2 MiB); the rest are skipped. */
  maxTotalBytes: number;
  /** At most this many files are read (default 500). */
  maxFiles: number;
}

/** The defaults the adapter applies to any limit not given. */
export const defaultDiffLimits: Readonly<DiffLimits> = {
  maxFileBytes: 256 * 1024,
  maxFileLines: 4000,
  maxTotalBytes: 2 * 1024 * 1024,
  maxFiles: 500,
};

/** Why a changed file was not read, so the panel can say what the review did not cover. */
export type SkipReason = 'binary' | 'too-large' | 'total-cap' | 'file-cap';

/** One changed file left out of the diff. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
  /** Changed lines (from `--numstat`), when known. */
  lines?: number;
  bytes?: number;
}

/** Progress of a long read, for the extension's progress notification. */
export interface ReadProgress {
  phase: 'listing' | 'reading' | 'commits';
  done: number;
  total: number;
}

/** Options shared by every read: cancellation, progress and size bounds. */
export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  limits?: Partial<DiffLimits>;
}

/** Options of a diff read. */
export interface DiffReadOptions extends ReadOptions {
  /** Include new files git does not track yet (working-tree and uncommitted targets; default true). */
  includeUntracked?: boolean;
}

/** A diff ready for review, with what was left out. */
export interface ReviewDiff {
  target: DiffTarget;
  /** For branch diffs: the ref compared against and the merge base commit. */
  base?: { ref: string; mergeBase: string };
  files: DiffFile[];
  skipped: SkippedFile[];
  /** Bytes of diff text read. */
  totalBytes: number;
}

/** Implemented by the git adapter. Rejects with an actionable error (not a repository, unknown base, cancelled). */
export interface ReviewDiffSource {
  readDiff(target: DiffTarget, options?: DiffReadOptions): Promise<ReviewDiff>;
}
