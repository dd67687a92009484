/**
 * Regularised logistic regression fitted by Newton's method on sparse rows of fixed width. Used by the Skilltrace
 * model and the PFA baseline to fit population parameters from answer logs in a fraction of a second.
 */

/** Rows of a design matrix with the same number of (index, value) slots each; index -1 marks an unused slot. */
export interface SparseRows {
  count: number;
  width: number;
  index: Int32Array;
  value: Float64Array;
}

/** Fit options: the parameter count and the L2 penalty of each parameter (0 leaves it free). */
export interface LogisticFitOptions {
  dimension: number;
  penalty: Float64Array;
  iterations?: number;
  /** Stop when the largest Newton step is below this. */
  tolerance?: number;
  /** Starting weights (a warm start from an earlier fit); zeros when absent. */
  initial?: Float64Array;
}

/** Allocates rows for the fitter. */
export function createSparseRows(count: number, width: number): SparseRows {
  return { count, width, index: new Int32Array(count * width).fill(-1), value: new Float64Array(count * width) };
}

/** Dot product of one row with the weights, i.e. the row's logit. */
export function rowLogit(rows: SparseRows, row: number, weights: Float64Array): number {
  let z = 0;
  const base = row * rows.width;
  for (let k = 0; k < rows.width; k++) {
    const j = rows.index[base + k];
    if (j >= 0) z += weights[j] * rows.value[base + k];
  }
  return z;
}

/** Logistic function, clamped so extreme logits do not give exact 0 or 1. */
export function sigmoid(z: number): number {
  if (z > 35) z = 35;
  else if (z < -35) z = -35;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits weights maximising the penalised log-likelihood of `labels` (0/1) by Newton's method. Deterministic; the
 * Hessian is dense in the parameter count, so keep the dimension in the hundreds.
 */
export function fitLogistic(rows: SparseRows, labels: Uint8Array, options: LogisticFitOptions): Float64Array {
  const d = options.dimension;
  const w = options.initial ? Float64Array.from(options.initial) : new Float64Array(d);
  const grad = new Float64Array(d);
  const hess = new Float64Array(d * d);
  const iterations = options.iterations ?? 25;
  const tolerance = options.tolerance ?? 1e-6;
  const width = rows.width;
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    hess.fill(0);
    for (let j = 0; j < d; j++) {
      grad[j] = options.penalty[j] * w[j];
      hess[j * d + j] = options.penalty[j] + 1e-9;
    }
    for (let r = 0; r < rows.count; r++) {
      const base = r * width;
      const p = sigmoid(rowLogit(rows, r, w));
      const e = p - labels[r];
      const h = Math.max(p * (1 - p), 1e-10);
      for (let a = 0; a < width; a++) {
        const ja = rows.index[base + a];
        if (ja < 0) continue;
        const va = rows.value[base + a];
        grad[ja] += e * va;
        const hv = h * va;
        // Only the lower triangle: the Cholesky solver reads nothing else, and it halves the work.
        for (let b = 0; b <= a; b++) {
          const jb = rows.index[base + b];
          if (jb < 0) continue;
          if (jb <= ja) hess[ja * d + jb] += hv * rows.value[base + b];
          else hess[jb * d + ja] += hv * rows.value[base + b];
        }
      }
    }
    const step = solveSymmetric(hess, grad, d);
    let largest = 0;
    for (let j = 0; j < d; j++) {
      w[j] -= step[j];
      largest = Math.max(largest, Math.abs(step[j]));
    }
    if (largest < tolerance) break;
  }
  return w;
}

/** Solves H x = g for a symmetric positive definite H by Cholesky decomposition; reads only H's lower triangle and overwrites it. */
export function solveSymmetric(h: Float64Array, g: Float64Array, d: number): Float64Array {
  for (let j = 0; j < d; j++) {
    let sum = h[j * d + j];
    for (let k = 0; k < j; k++) sum -= h[j * d + k] * h[j * d + k];
    const diag = Math.sqrt(Math.max(sum, 1e-12));
    h[j * d + j] = diag;
    for (let i = j + 1; i < d; i++) {
      let s = h[i * d + j];
      for (let k = 0; k < j; k++) s -= h[i * d + k] * h[j * d + k];
      h[i * d + j] = s / diag;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= h[i * d + k] * y[k];
    y[i] = s / h[i * d + i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < d; k++) s -= h[k * d + i] * x[k];
    x[i] = s / h[i * d + i];
  }
  return x;
}

/** Penalised negative log-likelihood of the weights: the objective both fitters minimise. */
export function penalisedLoss(rows: SparseRows, labels: Uint8Array, weights: Float64Array, penalty: Float64Array): number {
  let loss = 0;
  for (let r = 0; r < rows.count; r++) {
    const z = rowLogit(rows, r, weights);
    // log(1 + e^-z) for a correct answer, log(1 + e^z) otherwise, computed without overflow.
    const m = labels[r] ? -z : z;
    loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  }
  for (let j = 0; j < weights.length; j++) loss += 0.5 * penalty[j] * weights[j] * weights[j];
  return loss;
}

/**
 * Logistic regression for many parameters with an "arrow" structure: shared parameters (block 0) that any row may
 * use, and groups (blocks 1..n, e.g. one per concept) of which each row uses at most one. The Newton step is solved
 * exactly through the Schur complement of the block-diagonal group part, so memory and time grow linearly with the
 * number of groups instead of with the dimension squared. Rows touching two groups are approximated (their
 * cross terms dropped) and step halving keeps every step a descent. Used by the Skilltrace model for many concepts.
 */
export function fitLogisticBlockwise(rows: SparseRows, labels: Uint8Array, options: LogisticFitOptions & { block: Int32Array }): Float64Array {
  const d = options.dimension;
  const { block, penalty } = options;
  const blockCount = block.reduce((m, b) => Math.max(m, b + 1), 1);
  const size = new Int32Array(blockCount);
  const local = new Int32Array(d);
  for (let j = 0; j < d; j++) local[j] = size[block[j]]++;
  const offset = new Int32Array(blockCount + 1);
  for (let b = 0; b < blockCount; b++) offset[b + 1] = offset[b] + size[b] * size[b];
  const members: number[][] = Array.from({ length: blockCount }, () => []);
  for (let j = 0; j < d; j++) members[block[j]].push(j);
  const shared = members[0];
  const ds = shared.length;
  const w = options.initial ? Float64Array.from(options.initial) : new Float64Array(d);
  const grad = new Float64Array(d);
  const hess = new Float64Array(offset[blockCount]);
  // cross[i * d + j]: Hessian entry between shared parameter i (local index) and group parameter j.
  const cross = new Float64Array(ds * d);
  const step = new Float64Array(d);
  const trial = new Float64Array(d);
  const width = rows.width;
  let loss = penalisedLoss(rows, labels, w, penalty);
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    hess.fill(0);
    cross.fill(0);
    for (let j = 0; j < d; j++) {
      grad[j] = penalty[j] * w[j];
      const b = block[j];
      hess[offset[b] + local[j] * size[b] + local[j]] = penalty[j] + 1e-9;
    }
    for (let r = 0; r < rows.count; r++) {
      const base = r * width;
      const p = sigmoid(rowLogit(rows, r, w));
      const e = p - labels[r];
      const h = Math.max(p * (1 - p), 1e-10);
      for (let a = 0; a < width; a++) {
        const ja = rows.index[base + a];
        if (ja < 0) continue;
        const va = rows.value[base + a];
        grad[ja] += e * va;
        const b = block[ja];
        const rowOff = offset[b] + local[ja] * size[b];
        for (let c = 0; c < width; c++) {
          const jc = rows.index[base + c];
          if (jc < 0) continue;
          const hv = h * va * rows.value[base + c];
          if (block[jc] === b) hess[rowOff + local[jc]] += hv;
          else if (b === 0) cross[local[ja] * d + jc] += hv;
        }
      }
    }
    // Schur complement: S = A - sum_b B_b D_b^-1 B_b^T, r = g_s - sum_b B_b D_b^-1 g_b.
    const schur = Float64Array.from(hess.subarray(0, ds * ds));
    const rhs = Float64Array.from(shared, (j) => grad[j]);
    const solved: Float64Array[][] = [];
    for (let b = 1; b < blockCount; b++) {
      const n = size[b];
      const m = members[b];
      const solveD = (v: Float64Array) => solveSymmetric(Float64Array.from(hess.subarray(offset[b], offset[b] + n * n)), v, n);
      const dg = solveD(Float64Array.from(m, (j) => grad[j]));
      const dbt: Float64Array[] = [];
      for (let i = 0; i < ds; i++) dbt.push(solveD(Float64Array.from(m, (j) => cross[i * d + j])));
      for (let i = 0; i < ds; i++) {
        for (let k = 0; k < n; k++) rhs[i] -= cross[i * d + m[k]] * dg[k];
        for (let i2 = 0; i2 < ds; i2++) {
          let sum = 0;
          for (let k = 0; k < n; k++) sum += cross[i * d + m[k]] * dbt[i2][k];
          schur[i * ds + i2] -= sum;
        }
      }
      solved.push([dg, ...dbt]);
    }
    const xs = solveSymmetric(schur, rhs, ds);
    shared.forEach((j, i) => (step[j] = xs[i]));
    for (let b = 1; b < blockCount; b++) {
      const [dg, ...dbt] = solved[b - 1];
      members[b].forEach((j, k) => {
        let v = dg[k];
        for (let i = 0; i < ds; i++) v -= dbt[i][k] * xs[i];
        step[j] = v;
      });
    }
    let t = 1;
    let next = loss;
    for (let halving = 0; halving < 20; halving++, t /= 2) {
      for (let j = 0; j < d; j++) trial[j] = w[j] - t * step[j];
      next = penalisedLoss(rows, labels, trial, penalty);
      if (next <= loss) break;
    }
    if (next > loss) break;
    let largest = 0;
    for (let j = 0; j < d; j++) largest = Math.max(largest, Math.abs(w[j] - trial[j]));
    w.set(trial);
    loss = next;
    if (largest < (options.tolerance ?? 1e-6)) break;
  }
  return w;
}

/** Penalty that pins a weight to zero: large against any data term, small enough to keep the solve well conditioned. */
const PINNED_PENALTY = 1e9;

/**
 * Fits with sign constraints (`sign[j]` +1: the weight may not be negative, -1: not positive, 0: free) by an active
 * set: fit, pin every weight that came out on the wrong side to zero, fit again, until none does. Pinned weights
 * stay pinned (a weight that wants the wrong sign with the others free rarely wants the right one once its
 * neighbours move), so this ends within `sign`'s length rounds; in practice two or three.
 */
export function fitLogisticSigned(
  sign: Int8Array,
  options: LogisticFitOptions,
  fit: (options: LogisticFitOptions) => Float64Array,
): { weights: Float64Array; pinned: number[] } {
  const penalty = Float64Array.from(options.penalty);
  const pinned: number[] = [];
  let start = options.initial;
  for (;;) {
    const w = fit({ ...options, penalty, ...(start ? { initial: start } : {}) });
    const wrong: number[] = [];
    for (let j = 0; j < options.dimension; j++) if (sign[j] !== 0 && sign[j] * w[j] < -1e-9 && penalty[j] < PINNED_PENALTY) wrong.push(j);
    if (wrong.length === 0) {
      for (const j of pinned) w[j] = 0;
      return { weights: w, pinned };
    }
    for (const j of wrong) {
      penalty[j] = PINNED_PENALTY;
      pinned.push(j);
      w[j] = 0;
    }
    // The next fit starts where this one ended, with the pinned weights at zero: a few Newton steps, not a full fit.
    start = w;
  }
}
