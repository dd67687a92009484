/**
 * The per-learner running state of the Skilltrace knowledge-tracing model: counts, recency windows and an online
 * ability term, updated in O(1) per answer. The same code feeds the fitter (src/core/skill/featureTracer.ts), the
 * evaluation tool and the editor's skill model, so what is measured offline is what runs in the editor.
 */

/** Number of dense (concept-independent) features; the per-concept features follow them in the weight vector. */
export const DENSE_FEATURES = 20;

/** Readable names of the dense features, in weight order: explanation lines and the fitted parameter file use them. */
export const DENSE_FEATURE_NAMES: readonly string[] = [
  'bias',
  'concept successes (log)',
  'concept failures (log)',
  'recent answers on this concept',
  'first time on this concept',
  'last answer on this concept',
  'repeated failures in a row',
  'all successes (log)',
  'all failures (log)',
  'long-run success rate',
  'recent answers on any concept',
  'last answer on any concept',
  'ability (Elo)',
  'answers since this concept was last seen (log)',
  'smoothed success rate on this concept',
  'ability on a first attempt',
  'recent answers on any concept, on a first attempt',
  'ability times concept practice (log)',
  'right answers in a row on this concept',
  'answers in a row on this concept before this one',
];

/** Hyper-parameters of the running state (not fitted by the logistic fit; settled on the cross-validation folds). */
export interface TraceSettings {
  /** Weight of the newest answer in the per-concept recency window. */
  conceptRecency: number;
  /** Weight of the newest answer in the fast and slow any-concept windows. */
  fastRecency: number;
  slowRecency: number;
  /** Elo step for the ability term: k / (1 + kDecay * answers). */
  eloK: number;
  eloKDecay: number;
  /** Forgetting: evidence loses half its weight after this many days without practice. */
  halfLifeDays: number;
}

/** Defaults used when no fitted file says otherwise. */
export const DEFAULT_TRACE_SETTINGS: TraceSettings = {
  conceptRecency: 0.3,
  fastRecency: 0.3,
  slowRecency: 0.05,
  eloK: 0.4,
  eloKDecay: 0.02,
  halfLifeDays: 30,
};

const DAY_MS = 86_400_000;

/** Running state of one learner on one concept. */
export class ConceptTrace {
  successes = 0;
  failures = 0;
  /** Recency-weighted success rate, 0.5 before any answer. */
  recent = 0.5;
  /** +1 / -1 for the last answer, 0 before any. */
  last = 0;
  failStreak = 0;
  successStreak = 0;
  /** Consecutive answers of the learner on this concept up to its last answer (massed practice). */
  runLength = 0;
  /** Learner's answer counter when this concept was last answered, -1 if never. */
  lastIndex = -1;
  lastTime = -1;

  /** A copy, for what-if predictions (expected benefit) without touching the real state. */
  clone(): ConceptTrace {
    const c = new ConceptTrace();
    c.successes = this.successes;
    c.failures = this.failures;
    c.recent = this.recent;
    c.last = this.last;
    c.failStreak = this.failStreak;
    c.successStreak = this.successStreak;
    c.runLength = this.runLength;
    c.lastIndex = this.lastIndex;
    c.lastTime = this.lastTime;
    return c;
  }
}

/** Running state of one learner across concepts. */
export class LearnerTrace {
  successes = 0;
  failures = 0;
  answers = 0;
  fastRecent = 0.5;
  slowRecent = 0.5;
  last = 0;
  ability = 0;
}

/**
 * Forgetting: how much of the concept's own history still counts after the time elapsed since it was last
 * practised (1 just after, 0.5 after one half-life). Predictions blend towards the no-history prior by this factor.
 */
export function forgettingFactor(trace: ConceptTrace, now: number, settings: TraceSettings): number {
  if (trace.lastTime < 0 || now <= trace.lastTime || settings.halfLifeDays <= 0) return 1;
  return Math.pow(0.5, (now - trace.lastTime) / (settings.halfLifeDays * DAY_MS));
}

/**
 * Writes the dense features for answering `concept` now into `out` (length DENSE_FEATURES + 2); the last two slots
 * are the per-concept feature values (log successes, log failures) that the concept's own slopes multiply.
 */
export function writeFeatures(learner: LearnerTrace, concept: ConceptTrace, out: Float64Array): void {
  const s = concept.successes;
  const f = concept.failures;
  const seen = concept.lastIndex >= 0;
  const ls = Math.log1p(s);
  const lf = Math.log1p(f);
  out[0] = 1;
  out[1] = ls;
  out[2] = lf;
  out[3] = concept.recent - 0.5;
  out[4] = seen ? 0 : 1;
  out[5] = concept.last;
  out[6] = Math.log1p(concept.failStreak);
  out[7] = Math.log1p(learner.successes);
  out[8] = Math.log1p(learner.failures);
  out[9] = learner.slowRecent - 0.5;
  out[10] = learner.fastRecent - 0.5;
  out[11] = learner.last;
  out[12] = learner.ability;
  out[13] = seen ? Math.log1p(learner.answers - concept.lastIndex - 1) : 0;
  out[14] = (s + 1) / (s + f + 2) - 0.5;
  out[15] = seen ? 0 : learner.ability;
  out[16] = seen ? 0 : learner.fastRecent - 0.5;
  out[17] = learner.ability * Math.log1p(s + f);
  out[18] = Math.min(concept.successStreak, 4);
  out[19] = Math.log1p(concept.runLength);
  out[DENSE_FEATURES] = ls;
  out[DENSE_FEATURES + 1] = lf;
}

/** Index of the first-time indicator. */
export const FIRST_TIME_FEATURE = 4;

/** The weights one prediction uses: dense weights plus the concept's bias and slopes (0 for an unknown concept). */
export interface LogitWeights {
  dense: Float64Array;
  bias: number;
  success: number;
  failure: number;
}

/** The logit split into what anyone gets on this concept and what this learner's own answers add. */
export interface LogitParts {
  /** Global bias plus the concept's bias: the population's prior. */
  population: number;
  /** Every running-state term, before forgetting. */
  personal: number;
}

/**
 * Splits the model's logit for features `x`. Forgetting blends the personal part away: the logit used is
 * population + forget * personal, so an unpractised concept drifts back to the population's prior.
 * `firstTimePenalty` false drops the first-time term: the editor judges a first observation against the neutral
 * prior (the term reflects the order of ASSISTments problem sets, where first attempts come before instruction).
 */
export function logitParts(w: LogitWeights, x: Float64Array, firstTimePenalty: boolean): LogitParts {
  return { population: w.dense[0] + w.bias, personal: personalLogit(w, x, firstTimePenalty) };
}

/** The personal part of logitParts alone, without allocating: the per-observation hot path uses it. */
export function personalLogit(w: LogitWeights, x: Float64Array, firstTimePenalty: boolean): number {
  const d = w.dense;
  let personal = w.success * x[DENSE_FEATURES] + w.failure * x[DENSE_FEATURES + 1];
  for (let j = 1; j < DENSE_FEATURES; j++) if (j !== FIRST_TIME_FEATURE || firstTimePenalty) personal += d[j] * x[j];
  return personal;
}

/**
 * Updates one concept's state after an answer. `correct` is 1 or 0; `weight` (0..2) says how strongly this answer
 * speaks (1 for a quiz answer, less for weak evidence such as a quickly fixed diagnostic or a prerequisite's share).
 * `answerIndex` is the learner's answer counter at this answer.
 */
export function updateConceptTrace(
  concept: ConceptTrace,
  correct: number,
  weight: number,
  now: number,
  answerIndex: number,
  settings: TraceSettings,
): void {
  const w = weight;
  concept.successes += w * correct;
  concept.failures += w * (1 - correct);
  concept.recent += Math.min(1, settings.conceptRecency * w) * (correct - concept.recent);
  if (w >= 0.5) concept.last = correct ? 1 : -1;
  concept.failStreak = correct ? concept.failStreak * (1 - Math.min(1, w)) : concept.failStreak + w;
  concept.successStreak = correct ? concept.successStreak + w : concept.successStreak * (1 - Math.min(1, w));
  concept.runLength = concept.lastIndex === answerIndex - 1 ? concept.runLength + 1 : 1;
  concept.lastIndex = answerIndex;
  concept.lastTime = now;
}

/**
 * Updates the learner's cross-concept state after an answer. `difficulty` is the concept's population difficulty
 * used by the Elo ability term (logit scale, higher is harder).
 */
export function updateLearnerTrace(learner: LearnerTrace, correct: number, weight: number, difficulty: number, settings: TraceSettings): void {
  const w = weight;
  const pElo = 1 / (1 + Math.exp(difficulty - learner.ability));
  learner.ability += ((settings.eloK * w) / (1 + settings.eloKDecay * learner.answers)) * (correct - pElo);
  learner.successes += w * correct;
  learner.failures += w * (1 - correct);
  learner.fastRecent += Math.min(1, settings.fastRecency * w) * (correct - learner.fastRecent);
  learner.slowRecent += Math.min(1, settings.slowRecency * w) * (correct - learner.slowRecent);
  if (w >= 0.5) learner.last = correct ? 1 : -1;
  learner.answers += 1;
}

/** Both updates for one answer, in the order the fitter and the editor model use. */
export function updateTraces(
  learner: LearnerTrace,
  concept: ConceptTrace,
  correct: number,
  weight: number,
  now: number,
  difficulty: number,
  settings: TraceSettings,
): void {
  updateConceptTrace(concept, correct, weight, now, learner.answers, settings);
  updateLearnerTrace(learner, correct, weight, difficulty, settings);
}
