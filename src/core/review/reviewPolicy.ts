import type { Observation } from '../../shared/observation';
import type { ReviewHint, ReviewSeverity } from './reviewHint';

/** What the review policy needs to know about the engineer; the extension fills it from the skill model and settings. */
export interface ReviewPolicyInput {
  /** Mastery 0..1 per concept id; concepts not listed count as `unknownMastery`. */
  mastery: Readonly<Record<string, number>>;
  /** At most this many hints are shown (default 20). */
  maxHints?: number;
  /** At most this many hints per concept (default 5), so one habit does not crowd out everything else. */
  maxPerConcept?: number;
  /** Concept ids the engineer muted: their hints are dropped. */
  mutedConcepts?: ReadonlySet<string>;
  /** Keys (see `reviewHintKey`) of hints the engineer dismissed earlier: not shown again. */
  dismissedKeys?: ReadonlySet<string>;
  /** Mastery assumed for concepts the model knows nothing about (default 0.5). */
  unknownMastery?: number;
}

/** The ranked hints to show, and how many were held back, so the panel can say "and 12 more". */
export interface RankedReview {
  shown: ReviewHint[];
  /** Hints cut by the caps. */
  heldBack: number;
  /** Duplicates, muted concepts and dismissed hints removed before ranking. */
  filtered: number;
}

const SEVERITY_WEIGHT: Readonly<Record<ReviewSeverity, number>> = { error: 1, warning: 0.6, info: 0.3 };

/**
 * A stable key for one finding, independent of line shifts: the file, the detector and the trimmed line text. The
 * extension stores dismissed keys with it, so a dismissed hint stays dismissed after edits above it.
 */
export function reviewHintKey(hint: ReviewHint): string {
  return `${hint.file}\u0000${hint.detectorId}\u0000${hint.excerpt}`;
}

/** Removes repeats of the same finding: one per (file, line, concept), keeping the most severe. */
export function dedupeReviewHints(hints: readonly ReviewHint[]): ReviewHint[] {
  const best = new Map<string, ReviewHint>();
  for (const hint of hints) {
    const key = `${hint.file}\u0000${hint.line}\u0000${hint.conceptId}`;
    const existing = best.get(key);
    if (!existing || SEVERITY_WEIGHT[hint.severity] > SEVERITY_WEIGHT[existing.severity]) best.set(key, hint);
  }
  return [...best.values()];
}

/**
 * Orders hints for this engineer: weak concepts first (a finding teaches most where mastery is low), then by
 * severity, then by place in the diff; drops muted and dismissed ones and caps the total and the count per concept.
 */
export function rankReviewHints(hints: readonly ReviewHint[], input: ReviewPolicyInput): RankedReview {
  const unknown = input.unknownMastery ?? 0.5;
  const maxHints = input.maxHints ?? 20;
  const maxPerConcept = input.maxPerConcept ?? 5;
  const unique = dedupeReviewHints(hints);
  const kept = unique.filter(
    (hint) => !input.mutedConcepts?.has(hint.conceptId) && !input.dismissedKeys?.has(reviewHintKey(hint)),
  );
  const masteryOf = (conceptId: string): number => {
    const value = input.mastery[conceptId];
    return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : unknown;
  };
  // Severity still matters for a strong engineer: an injection outranks a stray `var` whatever the mastery.
  const score = (hint: ReviewHint): number => (1 - masteryOf(hint.conceptId)) * 0.6 + SEVERITY_WEIGHT[hint.severity] * 0.4;
  const ordered = [...kept].sort(
    (a, b) => score(b) - score(a) || a.file.localeCompare(b.file) || a.line - b.line || a.detectorId.localeCompare(b.detectorId),
  );
  const perConcept = new Map<string, number>();
  const shown: ReviewHint[] = [];
  for (const hint of ordered) {
    if (shown.length >= maxHints) break;
    const count = perConcept.get(hint.conceptId) ?? 0;
    if (count >= maxPerConcept) continue;
    perConcept.set(hint.conceptId, count + 1);
    shown.push(hint);
  }
  return { shown, heldBack: kept.length - shown.length, filtered: hints.length - kept.length };
}

/** What the engineer did with a hint in place. */
export type ReviewFeedback = 'accepted' | 'dismissed' | 'fixed';

/**
 * Turns the engineer's answer to a hint into an observation for the skill model (source 'review'). Accepting says
 * the finding was a real slip on the concept (a failure); fixing the line afterwards is a recovery; dismissing says
 * little (it may be a false positive or a deliberate choice), so it is only weak evidence of knowing better.
 */
export function reviewFeedbackObservation(hint: ReviewHint, feedback: ReviewFeedback, timestamp: number): Observation {
  const kind = feedback === 'accepted' ? 'failure' : feedback === 'fixed' ? 'recovery' : 'success';
  const strength = feedback === 'accepted' ? 0.4 : feedback === 'fixed' ? 0.5 : 0.1;
  return {
    conceptId: hint.conceptId,
    kind,
    strength,
    source: 'review',
    timestamp: Math.max(0, Math.floor(timestamp)),
    evidence: {
      file: hint.file.slice(0, 1024),
      range: { startLine: hint.line - 1, startCharacter: hint.column ?? 0, endLine: hint.line - 1, endCharacter: hint.column ?? 0 },
      ruleId: hint.detectorId,
      messageExcerpt: hint.excerpt.slice(0, 300),
      note: `review hint ${feedback}`,
    },
  };
}

/** True for the observations `reviewFeedbackObservation` makes: the engineer's answer to a hint, not a new error. */
export function isReviewFeedback(observation: Observation): boolean {
  return observation.source === 'review' && /^review hint (?:accepted|dismissed|fixed)$/.test(observation.evidence.note ?? '');
}

/** One finding as the extension remembers it across reviews, for the "worth a lesson" check. */
export interface ReviewFindingRecord {
  conceptId: string;
  file: string;
  detectorId: string;
  excerpt: string;
  /** Milliseconds since the epoch of the review that found it. */
  at: number;
}

/** A concept whose findings keep coming back: the extension offers a lesson on it instead of more hints. */
export interface LessonCandidate {
  conceptId: string;
  /** Distinct findings (by `reviewHintKey` shape) inside the window. */
  findings: number;
  /** Distinct review runs (by timestamp) that found it. */
  reviews: number;
  lastAt: number;
}

/** Options of the "worth a lesson" check. */
export interface LessonTriggerOptions {
  now: number;
  /** How far back to look (default 14 days). */
  windowMs?: number;
  /** Distinct findings needed (default 3). */
  minFindings?: number;
  /** Distinct reviews needed (default 2), so one sloppy commit alone is not a pattern. */
  minReviews?: number;
}

/**
 * Flags concepts that review findings repeat on: several distinct findings over more than one review within the
 * window. A finding that reappears unchanged in a later review counts once, so an unfixed line is not a trend.
 */
export function conceptsWorthALesson(records: readonly ReviewFindingRecord[], options: LessonTriggerOptions): LessonCandidate[] {
  const windowMs = options.windowMs ?? 14 * 24 * 60 * 60 * 1000;
  const minFindings = options.minFindings ?? 3;
  const minReviews = options.minReviews ?? 2;
  const byConcept = new Map<string, { keys: Set<string>; reviews: Set<number>; lastAt: number }>();
  for (const record of records) {
    if (record.at > options.now || record.at < options.now - windowMs) continue;
    const entry = byConcept.get(record.conceptId) ?? { keys: new Set(), reviews: new Set(), lastAt: 0 };
    const key = `${record.file}\u0000${record.detectorId}\u0000${record.excerpt}`;
    if (!entry.keys.has(key)) {
      entry.keys.add(key);
      entry.reviews.add(record.at);
    }
    entry.lastAt = Math.max(entry.lastAt, record.at);
    byConcept.set(record.conceptId, entry);
  }
  const candidates: LessonCandidate[] = [];
  for (const [conceptId, entry] of byConcept) {
    if (entry.keys.size >= minFindings && entry.reviews.size >= minReviews) {
      candidates.push({ conceptId, findings: entry.keys.size, reviews: entry.reviews.size, lastAt: entry.lastAt });
    }
  }
  return candidates.sort((a, b) => b.findings - a.findings || b.lastAt - a.lastAt || a.conceptId.localeCompare(b.conceptId));
}
