import type { Observation } from '../../shared/observation';
import { isConceptId } from '../concepts/conceptCatalog';
import { redactSecrets } from '../privacy/secretRedactor';
import { detectInViews, hunkNewSide, hunkOldSide } from '../review/diffReview';
import { reviewLanguageForPath, type ReviewLanguage } from '../review/reviewHint';
import { diffFilePath } from '../review/unifiedDiff';
import type { HistoryCommit } from './commitSource';
import { lexicalConceptUsage, type ConceptUsageFinder } from './conceptUsage';

/**
 * Turns the engineer's own past commits into low-strength evidence for the skill model's priors (source 'history'):
 * concepts their added code uses (opportunity), concepts they fixed (recovery: a commit that removes a detector
 * finding, or a message like "fix null check"), and findings their commits introduced (a weak failure).
 */

/** How much one history observation counts; history is old and indirect, so all of these are small. */
export const historyStrength = { used: 0.05, fixedByCode: 0.25, fixedByMessage: 0.15, introduced: 0.1 } as const;

const FIX_VERB = /\b(?:fix(?:e[sd])?|fixing|bug(?:fix)?|hotfix|correct(?:s|ed)?|repair(?:s|ed)?|handle[sd]?|resolve[sd]?|patch(?:es|ed)?|prevent(?:s|ed)?|guard(?:s|ed)?|missing)\b/i;

const MESSAGE_CONCEPTS: readonly (readonly [RegExp, string])[] = [
  [/\bnull\b|\bundefined\b|\bnil\b|\bNone\b|\bNPE\b|NullPointer|null[- ]?(?:check|safety|deref)/i, 'null-safety'],
  [/\bunhandled (?:promise|rejection)\b|\bpromise\b|\bfloating\b/i, 'promises'],
  [/\bawait\b|\basync\b/i, 'async-await'],
  [/\brace(?: condition)?\b|\bdeadlock\b|\bmutex\b|\bconcurren|\bthread[- ]?safe/i, 'concurrency'],
  [/\bexception\b|\berror handling\b|\bcatch\b|\bexcept\b/i, 'error-handling'],
  [/\binjection\b|\bsql\b.*\b(?:escap|param)|\bparameteri[sz]ed\b/i, 'injection-safe-queries'],
  [/\boff[- ]by[- ]one\b|\bindex out of\b|\bloop\b/i, 'iteration'],
  [/\bleak(?:s|ed|ing)?\b|\b(?:close|dispose)[sd]?\b|\bresource\b/i, 'resource-management'],
  [/\bregex\b|\bregexp\b|\bregular expression\b/i, 'regular-expressions'],
  [/\bequality\b|\bcomparison\b|===|\bstrict equal/i, 'equality-comparison'],
  [/\bsecret\b|\bcredential|\bapi[- ]?key\b|\bpassword\b|\btoken leak/i, 'secrets-handling'],
  [/\btime ?zone\b|\bdate parsing\b|\bDST\b/i, 'dates-times'],
  [/\bencoding\b|\butf-?8\b|\bunicode\b/i, 'text-encoding'],
  [/\btype error\b|\btyping\b|\btype annotations?\b/i, 'type-annotations'],
  [/\bimport(?:s)?\b|\bcircular dependency\b/i, 'modules-imports'],
];

/** Options of the analysis; `usage` swaps in a syntax-tree based finder when the extension has one. */
export interface HistoryAnalysisOptions {
  usage?: ConceptUsageFinder;
  /** At most this many added lines per commit go through the detectors and the usage finder (default 2,000). */
  maxLinesPerCommit?: number;
  /**
   * Concepts a syntax tree found in a commit's file (the extension parses the added code with tree-sitter ahead of
   * the analysis); added to what `usage` finds.
   */
  syntaxUsage?: (commitHash: string, path: string) => readonly string[];
}

/** One concept's line in the history summary the panel shows. */
export interface HistoryConceptSummary {
  conceptId: string;
  /** Commits whose added code uses it. */
  usedIn: number;
  /** Commits that fixed it (by code or by message). */
  fixedIn: number;
  /** Detector findings the engineer's commits introduced. */
  introduced: number;
  firstSeen: number;
  lastSeen: number;
  /** Up to three commits behind the counts, newest first, for "show me why". */
  examples: { commit: string; subject: string; kind: 'used' | 'fixed' | 'introduced' }[];
}

/** The panel's summary of a history analysis. */
export interface HistorySummary {
  commitsAnalyzed: number;
  filesAnalyzed: number;
  filesSkipped: number;
  /** First and last commit times covered. */
  from?: number;
  to?: number;
  concepts: HistoryConceptSummary[];
}

/** Observations to feed the skill model (all source 'history') and the summary to show. */
export interface HistoryAnalysis {
  observations: Observation[];
  summary: HistorySummary;
}

function subjectOf(message: string): string {
  return redactSecrets(message.split('\n')[0].trim()).text.slice(0, 120);
}

/** Concepts a commit message says were fixed; none unless it also reads like a fix. */
export function conceptsFixedByMessage(message: string): string[] {
  const subject = message.split('\n')[0];
  if (!FIX_VERB.test(subject)) return [];
  return [...new Set(MESSAGE_CONCEPTS.filter(([pattern]) => pattern.test(subject)).map(([, conceptId]) => conceptId))];
}

interface CommitFindings {
  used: Map<string, { file: string; language: ReviewLanguage }>;
  fixed: Map<string, { file: string; language?: ReviewLanguage; ruleId?: string; byCode: boolean }>;
  introduced: Map<string, { file: string; language: ReviewLanguage; ruleId: string; count: number }>;
}

function analyzeCommit(commit: HistoryCommit, usage: ConceptUsageFinder, maxLines: number, syntaxUsage: HistoryAnalysisOptions['syntaxUsage']): CommitFindings {
  const findings: CommitFindings = { used: new Map(), fixed: new Map(), introduced: new Map() };
  let budget = maxLines;
  for (const file of commit.files) {
    if (file.binary || budget <= 0) continue;
    const path = diffFilePath(file);
    const language = reviewLanguageForPath(path);
    if (!language) continue;
    const newSide = file.hunks.map((hunk) => ({ lines: hunkNewSide(hunk, language), section: hunk.section }));
    const oldSide = file.hunks.map((hunk) => ({ lines: hunkOldSide(hunk, language), section: hunk.section }));
    const allowance = budget;
    const addedCode = newSide.flatMap((view) => view.lines.filter((line) => line.added).map((line) => line.code)).slice(0, allowance);
    budget -= addedCode.length;
    const used = addedCode.length === 0 ? [] : [...usage(path, language, addedCode), ...(syntaxUsage?.(commit.hash, path) ?? []).filter(isConceptId)];
    for (const conceptId of used) if (!findings.used.has(conceptId)) findings.used.set(conceptId, { file: path, language });
    const after = detectInViews(path, language, newSide, undefined, { remaining: allowance });
    const before = file.status === 'added' ? [] : detectInViews(file.oldPath ?? path, language, oldSide, undefined, { remaining: allowance });
    const count = (hints: typeof after): Map<string, { conceptId: string; n: number }> => {
      const map = new Map<string, { conceptId: string; n: number }>();
      for (const hint of hints) map.set(hint.detectorId, { conceptId: hint.conceptId, n: (map.get(hint.detectorId)?.n ?? 0) + 1 });
      return map;
    };
    const removedCounts = count(before);
    const addedCounts = count(after);
    for (const [detectorId, removed] of removedCounts) {
      if (removed.n > (addedCounts.get(detectorId)?.n ?? 0)) findings.fixed.set(removed.conceptId, { file: path, language, ruleId: detectorId, byCode: true });
    }
    for (const [detectorId, added] of addedCounts) {
      const net = added.n - (removedCounts.get(detectorId)?.n ?? 0);
      if (net <= 0) continue;
      const existing = findings.introduced.get(added.conceptId);
      findings.introduced.set(added.conceptId, { file: path, language, ruleId: detectorId, count: (existing?.count ?? 0) + net });
    }
  }
  for (const conceptId of conceptsFixedByMessage(commit.message)) {
    if (!findings.fixed.has(conceptId)) findings.fixed.set(conceptId, { file: diffFilePath(commit.files[0] ?? { status: 'modified', binary: false, hunks: [] }), byCode: false });
  }
  return findings;
}

/** Analyzes the engineer's commits (any order) into history observations and the panel's summary. */
export function analyzeHistory(commits: readonly HistoryCommit[], options: HistoryAnalysisOptions = {}): HistoryAnalysis {
  const usage = options.usage ?? lexicalConceptUsage;
  const maxLines = options.maxLinesPerCommit ?? 2000;
  const observations: Observation[] = [];
  const concepts = new Map<string, HistoryConceptSummary>();
  const summary: HistorySummary = { commitsAnalyzed: 0, filesAnalyzed: 0, filesSkipped: 0, concepts: [] };
  const ordered = [...commits].sort((a, b) => b.timestamp - a.timestamp);
  for (const commit of ordered) {
    summary.commitsAnalyzed++;
    summary.filesAnalyzed += commit.files.length;
    summary.filesSkipped += commit.skipped.length;
    summary.from = Math.min(summary.from ?? commit.timestamp, commit.timestamp);
    summary.to = Math.max(summary.to ?? commit.timestamp, commit.timestamp);
    const short = commit.hash.slice(0, 10);
    const subject = subjectOf(commit.message);
    const timestamp = Math.max(0, Math.floor(commit.timestamp));
    const findings = analyzeCommit(commit, usage, maxLines, options.syntaxUsage);
    const entry = (conceptId: string): HistoryConceptSummary => {
      let found = concepts.get(conceptId);
      if (!found) {
        found = { conceptId, usedIn: 0, fixedIn: 0, introduced: 0, firstSeen: timestamp, lastSeen: timestamp, examples: [] };
        concepts.set(conceptId, found);
      }
      found.firstSeen = Math.min(found.firstSeen, timestamp);
      found.lastSeen = Math.max(found.lastSeen, timestamp);
      return found;
    };
    const example = (target: HistoryConceptSummary, kind: 'used' | 'fixed' | 'introduced'): void => {
      if (target.examples.length < 3 && !target.examples.some((e) => e.commit === short)) target.examples.push({ commit: short, subject, kind });
    };
    for (const [conceptId, where] of findings.used) {
      const target = entry(conceptId);
      target.usedIn++;
      if (target.examples.length < 3 && !findings.fixed.has(conceptId)) example(target, 'used');
      observations.push({
        conceptId,
        kind: 'opportunity',
        strength: historyStrength.used,
        source: 'history',
        timestamp,
        evidence: { file: where.file, language: where.language, note: `used in commit ${short}: ${subject}`.slice(0, 300) },
      });
    }
    for (const [conceptId, where] of findings.fixed) {
      const target = entry(conceptId);
      target.fixedIn++;
      example(target, 'fixed');
      observations.push({
        conceptId,
        kind: 'recovery',
        strength: where.byCode ? historyStrength.fixedByCode : historyStrength.fixedByMessage,
        source: 'history',
        timestamp,
        evidence: {
          file: where.file || undefined,
          language: where.language,
          ruleId: where.ruleId,
          messageExcerpt: subject,
          note: (where.byCode ? `commit ${short} removed a ${where.ruleId} finding` : `commit ${short} message says it fixed this`).slice(0, 300),
        },
      });
    }
    for (const [conceptId, where] of findings.introduced) {
      const target = entry(conceptId);
      target.introduced += where.count;
      example(target, 'introduced');
      observations.push({
        conceptId,
        kind: 'failure',
        strength: historyStrength.introduced,
        source: 'history',
        timestamp,
        evidence: { file: where.file, language: where.language, ruleId: where.ruleId, repeatCount: where.count, note: `commit ${short} added ${where.count} ${where.ruleId} finding(s)` },
      });
    }
  }
  summary.concepts = [...concepts.values()].sort(
    (a, b) => b.fixedIn - a.fixedIn || b.introduced - a.introduced || b.usedIn - a.usedIn || a.conceptId.localeCompare(b.conceptId),
  );
  return { observations, summary };
}
