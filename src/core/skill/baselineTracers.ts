import { createSparseRows, fitLogistic, sigmoid } from './logisticFit';
import { forEachAnswer, type KnowledgeTracer, type ResponseLog } from './responseLog';

/** Maps the log's concept names to indices of fitted parameter arrays (-1 for a concept unseen in training). */
function conceptLookup(fittedNames: Map<string, number>, log: ResponseLog): Int32Array {
  return Int32Array.from(log.concepts, (name) => fittedNames.get(name) ?? -1);
}

function nameIndex(log: ResponseLog): Map<string, number> {
  return new Map(log.concepts.map((name, i) => [name, i]));
}

/** Row order grouping each (concept, learner) sequence together, in time order: what BKT runs over. */
function conceptSequences(log: ResponseLog): Int32Array {
  const order = Int32Array.from({ length: log.correct.length }, (_, i) => i);
  return order.sort((a, b) => log.concept[a] - log.concept[b] || log.learner[a] - log.learner[b] || a - b);
}

/**
 * Plain Bayesian knowledge tracing (Corbett & Anderson, 1995): per concept a two-state hidden Markov model with
 * prior, learn, guess and slip, fitted by expectation maximisation. A baseline of the evaluation tool.
 */
export class BktTracer implements KnowledgeTracer {
  readonly name = 'bkt';
  private names = new Map<string, number>();
  private prior = new Float64Array(0);
  private learn = new Float64Array(0);
  private guess = new Float64Array(0);
  private slip = new Float64Array(0);
  private globalMean = { prior: 0.5, learn: 0.1, guess: 0.2, slip: 0.1 };

  constructor(private readonly iterations = 30) {}

  fit(log: ResponseLog): void {
    const k = log.concepts.length;
    this.names = nameIndex(log);
    const prior = new Float64Array(k).fill(0.5);
    const learn = new Float64Array(k).fill(0.1);
    const guess = new Float64Array(k).fill(0.2);
    const slip = new Float64Array(k).fill(0.1);
    const order = conceptSequences(log);
    const n = order.length;
    const alpha = new Float64Array(n);
    const scale = new Float64Array(n);
    for (let it = 0; it < this.iterations; it++) {
      const priorNum = new Float64Array(k);
      const seqCount = new Float64Array(k);
      const learnNum = new Float64Array(k);
      const learnDen = new Float64Array(k);
      const guessNum = new Float64Array(k);
      const guessDen = new Float64Array(k);
      const slipNum = new Float64Array(k);
      const slipDen = new Float64Array(k);
      let start = 0;
      while (start < n) {
        const c = log.concept[order[start]];
        const l = log.learner[order[start]];
        let end = start;
        while (end < n && log.concept[order[end]] === c && log.learner[order[end]] === l) end++;
        const [pL0, pT, pG, pS] = [prior[c], learn[c], guess[c], slip[c]];
        // Forward pass: alpha = P(known | answers so far), scaled.
        let known = pL0;
        for (let t = start; t < end; t++) {
          const y = log.correct[order[t]];
          const eK = y ? 1 - pS : pS;
          const eU = y ? pG : 1 - pG;
          const a1 = known * eK;
          const a0 = (1 - known) * eU;
          scale[t] = a1 + a0;
          alpha[t] = a1 / scale[t];
          known = alpha[t] + (1 - alpha[t]) * pT;
        }
        // Backward pass with the same scaling; accumulate expected counts.
        let b1 = 1;
        let b0 = 1;
        for (let t = end - 1; t >= start; t--) {
          const y = log.correct[order[t]];
          const g1 = alpha[t] * b1;
          const g0 = (1 - alpha[t]) * b0;
          const gs = g1 + g0;
          const gamma1 = g1 / gs;
          const gamma0 = g0 / gs;
          if (y) guessNum[c] += gamma0;
          else slipNum[c] += gamma1;
          guessDen[c] += gamma0;
          slipDen[c] += gamma1;
          if (t === start) {
            priorNum[c] += gamma1;
            seqCount[c] += 1;
          }
          if (t > start) {
            // Transition from t-1 (unknown) into t (known), normalised over both states at t-1.
            const prevAlpha = alpha[t - 1];
            const eK = y ? 1 - pS : pS;
            const eU = y ? pG : 1 - pG;
            const x01 = (1 - prevAlpha) * pT * eK * b1;
            const x00 = (1 - prevAlpha) * (1 - pT) * eU * b0;
            const x11 = prevAlpha * eK * b1;
            const total = x01 + x00 + x11;
            learnNum[c] += x01 / total;
            learnDen[c] += (x01 + x00) / total;
            const nb1 = (eK * b1) / scale[t];
            const nb0 = (pT * eK * b1 + (1 - pT) * eU * b0) / scale[t];
            b1 = nb1;
            b0 = nb0;
          }
        }
        start = end;
      }
      for (let c = 0; c < k; c++) {
        if (seqCount[c]) prior[c] = clamp((priorNum[c] + 1) / (seqCount[c] + 2), 0.01, 0.99);
        if (learnDen[c]) learn[c] = clamp((learnNum[c] + 0.1) / (learnDen[c] + 1), 0.001, 0.5);
        if (guessDen[c]) guess[c] = clamp((guessNum[c] + 0.2) / (guessDen[c] + 1), 0.01, 0.4);
        if (slipDen[c]) slip[c] = clamp((slipNum[c] + 0.1) / (slipDen[c] + 1), 0.01, 0.4);
      }
    }
    Object.assign(this, { prior, learn, guess, slip });
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / Math.max(1, a.length);
    this.globalMean = { prior: mean(prior), learn: mean(learn), guess: mean(guess), slip: mean(slip) };
  }

  predict(log: ResponseLog): Float64Array {
    const lookup = conceptLookup(this.names, log);
    const out = new Float64Array(log.correct.length);
    const known = new Map<number, number>();
    const g = this.globalMean;
    const param = (a: Float64Array, j: number, fallback: number) => (j >= 0 ? a[j] : fallback);
    forEachAnswer(log, (start, end, newLearner) => {
      if (newLearner) known.clear();
      for (let i = start; i < end; i++) {
        const j = lookup[log.concept[i]];
        const pK = known.get(log.concept[i]) ?? param(this.prior, j, g.prior);
        out[i] = pK * (1 - param(this.slip, j, g.slip)) + (1 - pK) * param(this.guess, j, g.guess);
      }
      for (let i = start; i < end; i++) {
        const j = lookup[log.concept[i]];
        const pS = param(this.slip, j, g.slip);
        const pG = param(this.guess, j, g.guess);
        const pK = known.get(log.concept[i]) ?? param(this.prior, j, g.prior);
        const pCorrect = pK * (1 - pS) + (1 - pK) * pG;
        const post = log.correct[i] ? (pK * (1 - pS)) / pCorrect : (pK * pS) / (1 - pCorrect);
        known.set(log.concept[i], post + (1 - post) * param(this.learn, j, g.learn));
      }
    });
    return out;
  }

}

/**
 * Performance factors analysis (Pavlik, Cen & Koedinger, 2009): logit = difficulty + gamma * successes + rho *
 * failures per concept, fitted by logistic regression. A baseline of the evaluation tool.
 */
export class PfaTracer implements KnowledgeTracer {
  readonly name = 'pfa';
  private names = new Map<string, number>();
  private weights: Float64Array = new Float64Array(0);

  fit(log: ResponseLog): void {
    const k = log.concepts.length;
    this.names = nameIndex(log);
    const rows = createSparseRows(log.correct.length, 4);
    this.walk(log, (i, c, s, f) => {
      const b = i * 4;
      rows.index.set([0, 1 + c, 1 + k + c, 1 + 2 * k + c], b);
      rows.value.set([1, 1, s, f], b);
    });
    const penalty = new Float64Array(1 + 3 * k).fill(0.1);
    penalty[0] = 0;
    this.weights = fitLogistic(rows, log.correct, { dimension: 1 + 3 * k, penalty });
  }

  predict(log: ResponseLog): Float64Array {
    const k = this.names.size;
    const lookup = conceptLookup(this.names, log);
    const w = this.weights;
    const out = new Float64Array(log.correct.length);
    this.walk(log, (i, c, s, f) => {
      const j = lookup[c];
      out[i] = sigmoid(w[0] + (j >= 0 ? w[1 + j] + w[1 + k + j] * s + w[1 + 2 * k + j] * f : 0));
    });
    return out;
  }

  private walk(log: ResponseLog, visit: (row: number, concept: number, successes: number, failures: number) => void): void {
    const successes = new Map<number, number>();
    const failures = new Map<number, number>();
    forEachAnswer(log, (start, end, newLearner) => {
      if (newLearner) {
        successes.clear();
        failures.clear();
      }
      for (let i = start; i < end; i++) {
        const c = log.concept[i];
        visit(i, c, successes.get(c) ?? 0, failures.get(c) ?? 0);
      }
      for (let i = start; i < end; i++) {
        const c = log.concept[i];
        if (log.correct[i]) successes.set(c, (successes.get(c) ?? 0) + 1);
        else failures.set(c, (failures.get(c) ?? 0) + 1);
      }
    });
  }

}

/**
 * Elo rating for learners and concepts (Pelánek, 2016): P(correct) = sigmoid(ability - difficulty), both updated with
 * a step that shrinks as a rating gathers answers. Concept difficulties come from training; a new learner starts at 0.
 */
export class EloTracer implements KnowledgeTracer {
  readonly name = 'elo';
  private names = new Map<string, number>();
  private difficulty = new Float64Array(0);

  constructor(
    private readonly step = 1,
    private readonly stepDecay = 0.05,
  ) {}

  fit(log: ResponseLog): void {
    this.names = nameIndex(log);
    const difficulty = new Float64Array(log.concepts.length);
    const answers = new Float64Array(log.concepts.length);
    this.walk(log, difficulty, (i, c, p) => {
      difficulty[c] -= (this.step / (1 + this.stepDecay * answers[c])) * (log.correct[i] - p);
      answers[c]++;
    });
    this.difficulty = difficulty;
  }

  predict(log: ResponseLog): Float64Array {
    const lookup = conceptLookup(this.names, log);
    const difficulty = Float64Array.from(lookup, (j) => (j >= 0 ? this.difficulty[j] : 0));
    const out = new Float64Array(log.correct.length);
    this.walk(log, difficulty, (i, _c, p) => {
      out[i] = p;
    });
    return out;
  }

  private walk(log: ResponseLog, difficulty: Float64Array, visit: (row: number, concept: number, p: number) => void): void {
    let ability = 0;
    let answers = 0;
    forEachAnswer(log, (start, end, newLearner) => {
      if (newLearner) {
        ability = 0;
        answers = 0;
      }
      let residual = 0;
      for (let i = start; i < end; i++) {
        const p = sigmoid(ability - difficulty[log.concept[i]]);
        visit(i, log.concept[i], p);
        residual += log.correct[i] - p;
      }
      ability += (this.step / (1 + this.stepDecay * answers)) * (residual / (end - start));
      answers++;
    });
  }

}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
