import type { Observation } from '../../shared/observation';
import type { StruggleSignal } from './nudgePolicy';

/** Tuning of the short-term struggle detector; every field has a default. */
export interface StruggleDetectorOptions {
  /** Only observations this recent count. */
  windowMs?: number;
  /** Evidence loses half its weight every `halfLifeMs`. */
  halfLifeMs?: number;
  /** How much a recovery offsets a failure of the same strength (0: not at all, 1: fully). */
  recoveryOffset?: number;
}

/** A concept the engineer seems stuck on right now, with the evidence behind the confidence (shown with the nudge). */
export interface DetectedStruggle extends StruggleSignal {
  failures: number;
  recoveries: number;
  lastFailureAt: number;
}

const DEFAULTS: Required<StruggleDetectorOptions> = { windowMs: 15 * 60_000, halfLifeMs: 5 * 60_000, recoveryOffset: 0.5 };

/**
 * Finds the concepts the engineer is struggling with right now from the recent observation stream: repeated, recent
 * failures on one concept that recoveries have not offset. Confidence is 1 − e^(−score), where the score sums failure
 * strengths decayed by age minus offset recoveries, so one failure alone stays below the policy's default threshold
 * and two or three strong recent ones pass it. Feeds `decideNudge`; pure.
 */
export function detectStruggles(observations: readonly Observation[], now: number, options: StruggleDetectorOptions = {}): DetectedStruggle[] {
  const { windowMs, halfLifeMs, recoveryOffset } = { ...DEFAULTS, ...options };
  const perConcept = new Map<string, { score: number; failures: number; recoveries: number; lastFailureAt: number }>();
  for (const o of observations) {
    const age = now - o.timestamp;
    if (age < 0 || age > windowMs || (o.kind !== 'failure' && o.kind !== 'recovery')) continue;
    const weight = o.strength * Math.pow(0.5, age / halfLifeMs);
    const entry = perConcept.get(o.conceptId) ?? { score: 0, failures: 0, recoveries: 0, lastFailureAt: -Infinity };
    if (o.kind === 'failure') {
      entry.score += weight;
      entry.failures++;
      entry.lastFailureAt = Math.max(entry.lastFailureAt, o.timestamp);
    } else {
      entry.score -= recoveryOffset * weight;
      entry.recoveries++;
    }
    perConcept.set(o.conceptId, entry);
  }
  const out: DetectedStruggle[] = [];
  for (const [conceptId, e] of perConcept) {
    if (e.failures === 0 || e.score <= 0) continue;
    out.push({ conceptId, confidence: 1 - Math.exp(-e.score), failures: e.failures, recoveries: e.recoveries, lastFailureAt: e.lastFailureAt });
  }
  return out.sort((a, b) => b.confidence - a.confidence || a.conceptId.localeCompare(b.conceptId));
}
