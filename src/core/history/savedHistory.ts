import { z } from 'zod';
import type { HistorySummary } from './historyEvidence';

/**
 * What "Analyze my history" remembers between runs, per repository: the summary the panel shows, and which commits
 * already gave the model evidence, so analyzing again never counts a commit twice.
 */

const MAX_REPOSITORIES = 10;
const MAX_FED_COMMITS = 5000;

const conceptSummarySchema = z.object({
  conceptId: z.string().min(1).max(128),
  usedIn: z.number().int().min(0),
  fixedIn: z.number().int().min(0),
  introduced: z.number().int().min(0),
  firstSeen: z.number().int().min(0),
  lastSeen: z.number().int().min(0),
  examples: z.array(z.object({ commit: z.string().max(40), subject: z.string().max(200), kind: z.enum(['used', 'fixed', 'introduced']) })).max(3),
});

const repositorySchema = z.object({
  root: z.string().max(4096),
  analyzedAt: z.number().int().min(0),
  author: z.string().max(300),
  truncated: z.boolean(),
  newEvidence: z.number().int().min(0),
  fedCommits: z.array(z.string().regex(/^[0-9a-f]{7,64}$/)).max(MAX_FED_COMMITS),
  summary: z.object({
    commitsAnalyzed: z.number().int().min(0),
    filesAnalyzed: z.number().int().min(0),
    filesSkipped: z.number().int().min(0),
    from: z.number().int().min(0).optional(),
    to: z.number().int().min(0).optional(),
    concepts: z.array(conceptSummarySchema).max(200),
  }),
});

/** The stored shape (globalState, key `skilltrace.history`), versioned so a later build can migrate it. */
export const savedHistorySchema = z.object({
  version: z.literal(1),
  /** Most recently analyzed first. */
  repositories: z.array(repositorySchema).max(MAX_REPOSITORIES),
});
export type SavedHistory = z.infer<typeof savedHistorySchema>;
export type SavedRepositoryHistory = z.infer<typeof repositorySchema>;

/** Reads the stored history; unreadable data gives an empty one and the reason (a re-analysis rebuilds it). */
export function readSavedHistory(raw: unknown): { saved: SavedHistory; problem?: string } {
  if (raw === undefined) return { saved: { version: 1, repositories: [] } };
  const parsed = savedHistorySchema.safeParse(raw);
  if (parsed.success) return { saved: parsed.data };
  const issue = parsed.error.issues[0];
  return { saved: { version: 1, repositories: [] }, problem: `the saved history analysis was unreadable (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}); analyze again to rebuild it` };
}

/** Records one analysis: its summary replaces the repository's, and the commits it fed join those fed before. */
export function recordAnalysis(
  saved: SavedHistory,
  run: { root: string; analyzedAt: number; author: string; truncated: boolean; newEvidence: number; fedCommits: readonly string[]; summary: HistorySummary },
): SavedHistory {
  const previous = saved.repositories.find((repository) => repository.root === run.root);
  const fed = [...new Set([...(previous?.fedCommits ?? []), ...run.fedCommits])].slice(-MAX_FED_COMMITS);
  const entry: SavedRepositoryHistory = {
    root: run.root.slice(0, 4096),
    analyzedAt: Math.max(0, Math.floor(run.analyzedAt)),
    author: run.author.slice(0, 300),
    truncated: run.truncated,
    newEvidence: run.newEvidence,
    fedCommits: fed,
    summary: { ...run.summary, concepts: run.summary.concepts.slice(0, 200) },
  };
  return { version: 1, repositories: [entry, ...saved.repositories.filter((repository) => repository.root !== run.root)].slice(0, MAX_REPOSITORIES) };
}

/** Commits already fed to the model from this repository. */
export function fedCommits(saved: SavedHistory, root: string): ReadonlySet<string> {
  return new Set(saved.repositories.find((repository) => repository.root === root)?.fedCommits ?? []);
}
