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
  const w = new Float64Array(d);
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
        const rowOff = ja * d;
        for (let b = 0; b < width; b++) {
          const jb = rows.index[base + b];
          if (jb >= 0) hess[rowOff + jb] += hv * rows.value[base + b];
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

/** Solves H x = g for a symmetric positive definite H by Cholesky decomposition (H is overwritten). */
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
