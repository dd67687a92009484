import type { ReadOptions, SkippedFile } from '../review/diffSource';
import type { DiffFile } from '../review/unifiedDiff';

/** Who the engineer is in git, from git config; the history analysis only reads their own commits. */
export interface GitIdentity {
  name?: string;
  email?: string;
}

/** One of the engineer's past commits with its (bounded) diff; the history analysis turns it into evidence. */
export interface HistoryCommit {
  hash: string;
  authorName: string;
  authorEmail: string;
  /** Author time, milliseconds since the epoch. */
  timestamp: number;
  /** The full commit message. */
  message: string;
  files: DiffFile[];
  skipped: SkippedFile[];
}

/** Which commits to read: the author (default: the configured identity), and bounds by count and date. */
export interface OwnCommitsQuery extends ReadOptions {
  author?: GitIdentity;
  /** At most this many commits, newest first (default 200). */
  maxCount?: number;
  /** Only commits authored at or after this time (milliseconds since the epoch). */
  since?: number;
}

/** The commits read, and the identity they were matched on. */
export interface OwnCommits {
  author: GitIdentity;
  commits: HistoryCommit[];
  /** True when the byte budget stopped the read before `maxCount` commits. */
  truncated: boolean;
}

/**
 * Declared here, implemented by the git adapter, used by "Analyze my history". Rejects with an actionable error when
 * no identity is configured, the folder is not a repository, or the read is cancelled.
 */
export interface CommitHistorySource {
  identity(): Promise<GitIdentity>;
  ownCommits(query?: OwnCommitsQuery): Promise<OwnCommits>;
}
