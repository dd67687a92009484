/**
 * The "struggling" decision with hysteresis, used by the skill model per concept: a concept enters the struggling
 * state on confidently low mastery or a burst of repeated failures, and leaves it only on confidently good mastery,
 * so the panel does not flicker as single observations arrive.
 */

/** Thresholds of the decision. Entering needs the whole confidence band below `enterBelow`; leaving needs the band above it and the estimate above `exitAbove`. */
export interface StruggleSettings {
  enterBelow: number;
  exitAbove: number;
  /** Effective evidence needed before low mastery alone counts. */
  minEvidence: number;
  /** This many failures within `burstWindowMs` is a burst. */
  burstFailures: number;
  burstWindowMs: number;
}

/** Defaults tuned so three unrecovered failures in a quarter hour, or steady low mastery, flag a concept. */
export const DEFAULT_STRUGGLE_SETTINGS: StruggleSettings = {
  enterBelow: 0.45,
  exitAbove: 0.6,
  minEvidence: 2,
  burstFailures: 3,
  burstWindowMs: 15 * 60_000,
};

/** Why a concept is flagged. */
export type StruggleReason = 'low-mastery' | 'error-burst';

/** The decision's state for one concept, persisted with the profile. */
export interface StruggleState {
  struggling: boolean;
  reason?: StruggleReason;
  /** When the concept entered the state (ms). */
  since?: number;
}

/** What the decision looks at. `failureTimes` are the most recent failure timestamps, newest last. */
export interface StruggleInput {
  mastery: number;
  uncertainty: number;
  evidence: number;
  failureTimes: readonly number[];
  now: number;
}

/** True when the last `burstFailures` failures all fall within the window ending now. */
export function inErrorBurst(input: StruggleInput, settings: StruggleSettings): boolean {
  const times = input.failureTimes;
  if (times.length < settings.burstFailures) return false;
  const oldest = times[times.length - settings.burstFailures];
  return input.now - oldest <= settings.burstWindowMs;
}

/** The next state given the current one: the hysteresis rule. */
export function nextStruggleState(previous: StruggleState, input: StruggleInput, settings: StruggleSettings = DEFAULT_STRUGGLE_SETTINGS): StruggleState {
  const burst = inErrorBurst(input, settings);
  const confidentlyLow = input.evidence >= settings.minEvidence && input.mastery + input.uncertainty < settings.enterBelow;
  if (!previous.struggling) {
    if (burst) return { struggling: true, reason: 'error-burst', since: input.now };
    if (confidentlyLow) return { struggling: true, reason: 'low-mastery', since: input.now };
    return previous;
  }
  const confidentlyRecovered = !burst && input.mastery > settings.exitAbove && input.mastery - input.uncertainty > settings.enterBelow;
  if (confidentlyRecovered) return { struggling: false };
  const reason: StruggleReason = burst ? 'error-burst' : confidentlyLow ? 'low-mastery' : (previous.reason ?? 'low-mastery');
  return reason === previous.reason ? previous : { struggling: true, reason, since: previous.since };
}
