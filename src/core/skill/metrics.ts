/**
 * Prediction quality metrics for the evaluation tool: AUC, RMSE, log-loss, calibration and the fairness measure
 * ABROCA. Inputs are parallel arrays of predicted probabilities and 0/1 outcomes, optionally restricted by a mask.
 */

/** Indices of the rows to score (all rows when no mask). */
function selected(n: number, mask?: Uint8Array): Int32Array {
  if (!mask) return Int32Array.from({ length: n }, (_, i) => i);
  let count = 0;
  for (let i = 0; i < n; i++) if (mask[i]) count++;
  const out = new Int32Array(count);
  let o = 0;
  for (let i = 0; i < n; i++) if (mask[i]) out[o++] = i;
  return out;
}

/** Area under the ROC curve by the rank-sum formula with tied scores sharing their average rank; NaN with one class only. */
export function auc(predicted: ArrayLike<number>, actual: ArrayLike<number>, mask?: Uint8Array): number {
  const rows = selected(actual.length, mask);
  const order = Array.from(rows).sort((a, b) => predicted[a] - predicted[b]);
  let positives = 0;
  let rankSum = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && predicted[order[j + 1]] === predicted[order[i]]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (actual[order[k]]) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Root mean squared error of the probabilities. */
export function rmse(predicted: ArrayLike<number>, actual: ArrayLike<number>, mask?: Uint8Array): number {
  const rows = selected(actual.length, mask);
  let sum = 0;
  for (const i of rows) sum += (predicted[i] - actual[i]) ** 2;
  return rows.length ? Math.sqrt(sum / rows.length) : NaN;
}

/** Mean negative log-likelihood, with probabilities clipped to [1e-7, 1 - 1e-7]. */
export function logLoss(predicted: ArrayLike<number>, actual: ArrayLike<number>, mask?: Uint8Array): number {
  const rows = selected(actual.length, mask);
  let sum = 0;
  for (const i of rows) {
    const p = Math.min(1 - 1e-7, Math.max(1e-7, predicted[i]));
    sum -= actual[i] ? Math.log(p) : Math.log(1 - p);
  }
  return rows.length ? sum / rows.length : NaN;
}

/** Calibration summary: mean prediction vs observed rate, and the expected calibration error over ten equal-width bins. */
export interface Calibration {
  meanPredicted: number;
  observedRate: number;
  expectedCalibrationError: number;
}

/** Calibration of the probabilities (used per group by the fairness slice). */
export function calibration(predicted: ArrayLike<number>, actual: ArrayLike<number>, mask?: Uint8Array): Calibration {
  const rows = selected(actual.length, mask);
  const bins = 10;
  const count = new Float64Array(bins);
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  let totalP = 0;
  let totalY = 0;
  for (const i of rows) {
    const b = Math.min(bins - 1, Math.floor(predicted[i] * bins));
    count[b]++;
    sumP[b] += predicted[i];
    sumY[b] += actual[i];
    totalP += predicted[i];
    totalY += actual[i];
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b]) ece += (count[b] / rows.length) * Math.abs(sumP[b] / count[b] - sumY[b] / count[b]);
  return { meanPredicted: totalP / rows.length, observedRate: totalY / rows.length, expectedCalibrationError: ece };
}

/** True-positive rate at each of `points` evenly spaced false-positive rates (0..1), interpolated linearly. */
export function rocCurve(predicted: ArrayLike<number>, actual: ArrayLike<number>, mask: Uint8Array | undefined, points = 1001): Float64Array {
  const rows = Array.from(selected(actual.length, mask)).sort((a, b) => predicted[b] - predicted[a]);
  let positives = 0;
  for (const i of rows) positives += actual[i] ? 1 : 0;
  const negatives = rows.length - positives;
  const fpr: number[] = [0];
  const tpr: number[] = [0];
  let tp = 0;
  let fp = 0;
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && predicted[rows[j]] === predicted[rows[i]]) {
      if (actual[rows[j]]) tp++;
      else fp++;
      j++;
    }
    fpr.push(negatives ? fp / negatives : 0);
    tpr.push(positives ? tp / positives : 0);
    i = j;
  }
  const out = new Float64Array(points);
  let k = 0;
  for (let p = 0; p < points; p++) {
    const x = p / (points - 1);
    // The highest point at or left of x (vertical steps count fully), then linear towards the next one.
    while (k + 1 < fpr.length && fpr[k + 1] <= x) k++;
    if (k + 1 < fpr.length) {
      const x0 = fpr[k];
      const x1 = fpr[k + 1];
      out[p] = tpr[k] + ((tpr[k + 1] - tpr[k]) * (x - x0)) / (x1 - x0);
    } else out[p] = tpr[k];
  }
  return out;
}

/** Absolute Between-ROC Area (Gardner et al., 2019): the area between two groups' ROC curves; 0 means equal accuracy. */
export function abroca(
  predicted: ArrayLike<number>,
  actual: ArrayLike<number>,
  groupA: Uint8Array,
  groupB: Uint8Array,
  points = 1001,
): number {
  const a = rocCurve(predicted, actual, groupA, points);
  const b = rocCurve(predicted, actual, groupB, points);
  let area = 0;
  for (let p = 1; p < points; p++) {
    area += ((Math.abs(a[p] - b[p]) + Math.abs(a[p - 1] - b[p - 1])) / 2) * (1 / (points - 1));
  }
  return area;
}

/** Marks each learner's first answer on each concept: the rows of the first-attempt AUC. */
export function firstAttemptMask(learner: Int32Array, concept: Int32Array): Uint8Array {
  const mask = new Uint8Array(learner.length);
  const seen = new Set<number>();
  for (let i = 0; i < learner.length; i++) {
    if (i > 0 && learner[i] !== learner[i - 1]) seen.clear();
    if (!seen.has(concept[i])) {
      seen.add(concept[i]);
      mask[i] = 1;
    }
  }
  return mask;
}
