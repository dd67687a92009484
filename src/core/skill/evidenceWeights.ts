import type { Observation, ObservationSource } from '../../shared/observation';

/**
 * How much one observation of each source counts, relative to a quiz answer (1). Read by the skill model: a quiz
 * answer is direct evidence, a structure opportunity says little. Settled by judgement, not data: no data set has
 * these sources yet.
 */
export const SOURCE_WEIGHTS: Readonly<Record<ObservationSource, number>> = {
  quiz: 1,
  review: 0.8,
  feedback: 0.7,
  diagnostic: 0.5,
  history: 0.5,
  edit: 0.35,
  structure: 0.2,
};

/** Share of an observation passed to each prerequisite: successes speak for prerequisites more than failures do. */
export const PREREQUISITE_SHARE = { success: 0.3, failure: 0.1 } as const;

/** The answer an observation stands for: 1 or 0, or undefined for an opportunity (exposure without an outcome). */
export function observationOutcome(obs: Observation): 1 | 0 | undefined {
  switch (obs.kind) {
    case 'success':
    case 'recovery':
      return 1;
    case 'failure':
      return 0;
    case 'opportunity':
      return undefined;
    default: {
      const never: never = obs.kind;
      return never;
    }
  }
}

/**
 * The weight (0..2) an observation carries: source weight times strength; the same error repeating counts up to
 * twice as much (the fourth identical slip says more than the first).
 */
export function evidenceWeight(obs: Observation): number {
  let w = SOURCE_WEIGHTS[obs.source] * obs.strength;
  const repeats = obs.evidence.repeatCount ?? 0;
  if (obs.kind === 'failure' && repeats > 1) w *= 1 + 0.25 * Math.min(repeats - 1, 4);
  return Math.min(2, Math.max(0, w));
}
