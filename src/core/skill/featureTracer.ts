import { ConceptTrace, DEFAULT_TRACE_SETTINGS, DENSE_FEATURES, forgettingFactor, LearnerTrace, logitParts, updateTraces, writeFeatures, type TraceSettings } from './learnerTrace';
import { createSparseRows, fitLogistic, fitLogisticBlockwise, fitLogisticSigned, sigmoid, type LogisticFitOptions } from './logisticFit';
import type { PopulationParameters } from './populationParameters';
import { auc } from './metrics';
import { forEachAnswer, selectLearners, type KnowledgeTracer, type ResponseLog } from './responseLog';

const WIDTH = DENSE_FEATURES + 3;
/** Forgetting half-lives (days) tried on data with clock times; 0 is no forgetting. */
const HALF_LIFE_CANDIDATES = [0, 7, 30, 180];
/** Largest parameter count fitted by full Newton (its Hessian is dimension squared). */
export const FULL_NEWTON_LIMIT = 600;

/** Penalties of the logistic fit, settled on the ASSIST2009 folds (the same for every fold). */
export interface FeatureFitPenalties {
  dense: number;
  conceptBias: number;
  conceptSlope: number;
}

const DEFAULT_PENALTIES: FeatureFitPenalties = { dense: 1, conceptBias: 2, conceptSlope: 10 };

/**
 * Which way each weight may point so that evidence moves an estimate its own way: features a success raises (counts
 * of successes, recency windows, the last answer, streaks of right answers, ability) get non-negative weights,
 * features a failure raises get non-positive ones; the rest (bias, first-time and gap terms, run length) are free.
 * Unconstrained, ASSISTments' collinear features (the last answer on a skill and the last answer overall are nearly
 * the same there) split into opposite signs that make a right answer lower the estimate when concepts interleave.
 */
export function monotoneSigns(conceptCount: number): Int8Array {
  const sign = new Int8Array(DENSE_FEATURES + 3 * conceptCount);
  for (const j of [1, 3, 5, 7, 9, 10, 11, 12, 14, 17, 18]) sign[j] = 1;
  for (const j of [2, 6, 8]) sign[j] = -1;
  // Per-concept slopes stay free: they are deviations around the shared slope, and the editor's own concepts are not
  // in the training data, so its estimates move by the shared weights alone.
  return sign;
}

/** Elo difficulty of each concept from its smoothed success rate in a log (logit scale, higher is harder). */
export function conceptDifficulties(log: ResponseLog): Float64Array {
  const k = log.concepts.length;
  const right = new Float64Array(k);
  const total = new Float64Array(k);
  for (let i = 0; i < log.correct.length; i++) {
    right[log.concept[i]] += log.correct[i];
    total[log.concept[i]] += 1;
  }
  const out = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const rate = (right[c] + 1) / (total[c] + 2);
    out[c] = -Math.log(rate / (1 - rate));
  }
  return out;
}

/** Walks a log learner by learner, giving each row's learner and concept state before the answer, then updating. */
function walk(
  log: ResponseLog,
  settings: TraceSettings,
  difficulty: Float64Array,
  visit: (row: number, features: Float64Array, forget: number) => void,
): void {
  const traces: (ConceptTrace | undefined)[] = new Array(log.concepts.length);
  const touched: number[] = [];
  const features = new Float64Array(DENSE_FEATURES + 2);
  let learner = new LearnerTrace();
  const traceOf = (c: number): ConceptTrace => {
    let trace = traces[c];
    if (!trace) {
      trace = new ConceptTrace();
      traces[c] = trace;
      touched.push(c);
    }
    return trace;
  };
  forEachAnswer(log, (start, end, newLearner) => {
    if (newLearner) {
      learner = new LearnerTrace();
      for (const c of touched) traces[c] = undefined;
      touched.length = 0;
    }
    for (let r = start; r < end; r++) {
      const trace = traceOf(log.concept[r]);
      writeFeatures(learner, trace, features);
      visit(r, features, forgettingFactor(trace, log.time[r], settings));
    }
    for (let r = start; r < end; r++) {
      const c = log.concept[r];
      updateTraces(learner, traceOf(c), log.correct[r], 1, log.time[r], difficulty[c], settings);
    }
  });
}

/**
 * The Skilltrace model in batch form: a logistic model over running counts, recency windows and an online ability
 * term, with per-concept difficulty and learning slopes (PFA-like) fitted by Newton's method.
 */
export class FeatureTracer implements KnowledgeTracer {
  readonly name: string;
  private parameters: PopulationParameters | undefined;

  constructor(
    private settings: TraceSettings = DEFAULT_TRACE_SETTINGS,
    private readonly penalties: FeatureFitPenalties = DEFAULT_PENALTIES,
    /** Choose the forgetting half-life from the data when it has real clock times. */
    private readonly selectForgetting = true,
    /** Constrain the weights whose features evidence moves (see monotoneSigns) to push the estimate its own way. */
    private readonly monotone = true,
  ) {
    this.name = monotone ? 'skilltrace' : 'skilltrace-free';
  }

  /** The fitted parameters, in the shipped file's shape. */
  fitted(source: string): PopulationParameters {
    if (!this.parameters) throw new Error('FeatureTracer.fitted() called before fit()');
    return { ...this.parameters, source };
  }

  /** Uses already fitted parameters (e.g. the shipped file) instead of fitting. */
  use(parameters: PopulationParameters): void {
    this.parameters = parameters;
  }

  fit(log: ResponseLog): void {
    if (log.timeKind === 'timestamp' && this.selectForgetting) {
      this.settings = { ...this.settings, halfLifeDays: this.chooseHalfLife(log) };
    }
    this.fitWith(log);
  }

  /**
   * With real clock times, picks the forgetting half-life on the training data itself: fits on four fifths of the
   * learners and keeps the half-life with the best AUC on the rest (0 turns forgetting off).
   */
  private chooseHalfLife(log: ResponseLog): number {
    const inner = selectLearners(log, (l) => l % 5 !== 4);
    const held = selectLearners(log, (l) => l % 5 === 4);
    if (held.correct.length < 200 || inner.correct.length < 200) return this.settings.halfLifeDays;
    let best = this.settings.halfLifeDays;
    let bestAuc = -1;
    for (const halfLifeDays of HALF_LIFE_CANDIDATES) {
      const candidate = new FeatureTracer({ ...this.settings, halfLifeDays }, this.penalties, false, this.monotone);
      candidate.fit(inner);
      const score = auc(candidate.predict(held), held.correct);
      if (score > bestAuc + 1e-4) {
        bestAuc = score;
        best = halfLifeDays;
      }
    }
    return best;
  }

  private fitWith(log: ResponseLog): void {
    const n = log.correct.length;
    const k = log.concepts.length;
    const difficulty = conceptDifficulties(log);
    const rows = createSparseRows(n, WIDTH);
    // Forgetting scales every personal term (prediction uses population + forget * personal), which keeps the
    // model linear in its weights, so the fit sees exactly what prediction will compute.
    walk(log, this.settings, difficulty, (i, x, forget) => {
      const base = i * WIDTH;
      rows.index[base] = 0;
      rows.value[base] = 1;
      for (let j = 1; j < DENSE_FEATURES; j++) {
        rows.index[base + j] = j;
        rows.value[base + j] = forget * x[j];
      }
      const c = log.concept[i];
      rows.index[base + DENSE_FEATURES] = DENSE_FEATURES + c;
      rows.value[base + DENSE_FEATURES] = 1;
      rows.index[base + DENSE_FEATURES + 1] = DENSE_FEATURES + k + c;
      rows.value[base + DENSE_FEATURES + 1] = forget * x[DENSE_FEATURES];
      rows.index[base + DENSE_FEATURES + 2] = DENSE_FEATURES + 2 * k + c;
      rows.value[base + DENSE_FEATURES + 2] = forget * x[DENSE_FEATURES + 1];
    });
    const dimension = DENSE_FEATURES + 3 * k;
    const penalty = new Float64Array(dimension);
    for (let j = 0; j < dimension; j++) {
      penalty[j] = j === 0 ? 0 : j < DENSE_FEATURES ? this.penalties.dense : j < DENSE_FEATURES + k ? this.penalties.conceptBias : this.penalties.conceptSlope;
    }
    // Full Newton is exact and fast up to a few hundred parameters (ASSIST2009: 345); beyond, block Newton with
    // one block for the shared weights and one per concept keeps memory and time linear in the concept count.
    const block = Int32Array.from({ length: dimension }, (_, j) => (j < DENSE_FEATURES ? 0 : 1 + ((j - DENSE_FEATURES) % k)));
    const fit = (options: LogisticFitOptions) => (dimension <= FULL_NEWTON_LIMIT ? fitLogistic(rows, log.correct, options) : fitLogisticBlockwise(rows, log.correct, { ...options, block }));
    const w = this.monotone ? fitLogisticSigned(monotoneSigns(k), { dimension, penalty }, fit).weights : fit({ dimension, penalty });
    const concepts: PopulationParameters['concepts'] = {};
    log.concepts.forEach((name, c) => {
      concepts[name] = {
        bias: w[DENSE_FEATURES + c],
        success: w[DENSE_FEATURES + k + c],
        failure: w[DENSE_FEATURES + 2 * k + c],
        difficulty: difficulty[c],
      };
    });
    this.parameters = {
      format: 'skilltrace-population/1',
      source: 'fitted',
      settings: { ...this.settings },
      dense: Array.from(w.subarray(0, DENSE_FEATURES)),
      concepts,
    };
  }

  predict(log: ResponseLog): Float64Array {
    const parameters = this.parameters;
    if (!parameters) throw new Error('FeatureTracer.predict() called before fit()');
    const k = log.concepts.length;
    const bias = new Float64Array(k);
    const success = new Float64Array(k);
    const failure = new Float64Array(k);
    const difficulty = new Float64Array(k);
    log.concepts.forEach((name, c) => {
      const p = parameters.concepts[name];
      if (p) {
        bias[c] = p.bias;
        success[c] = p.success;
        failure[c] = p.failure;
        difficulty[c] = p.difficulty;
      }
    });
    const dense = Float64Array.from(parameters.dense);
    const out = new Float64Array(log.correct.length);
    const weights = { dense, bias: 0, success: 0, failure: 0 };
    walk(log, parameters.settings, difficulty, (i, x, forget) => {
      const c = log.concept[i];
      weights.bias = bias[c];
      weights.success = success[c];
      weights.failure = failure[c];
      const parts = logitParts(weights, x, true);
      out[i] = sigmoid(parts.population + forget * parts.personal);
    });
    return out;
  }
}
