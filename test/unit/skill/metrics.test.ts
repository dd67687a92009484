import assert from 'node:assert/strict';
import { abroca, auc, calibration, firstAttemptMask, logLoss, rmse, rocCurve } from '../../../src/core/skill/metrics';

/** AUC by its definition: the share of (positive, negative) pairs ranked correctly, ties counting half. */
function pairwiseAuc(p: number[], y: number[]): number {
  let good = 0;
  let pairs = 0;
  for (let i = 0; i < p.length; i++) {
    for (let j = 0; j < p.length; j++) {
      if (y[i] === 1 && y[j] === 0) {
        pairs++;
        good += p[i] > p[j] ? 1 : p[i] === p[j] ? 0.5 : 0;
      }
    }
  }
  return good / pairs;
}

describe('metrics', () => {
  it('AUC matches the pairwise definition, with ties counted as half', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 20; trial++) {
      const p = Array.from({ length: 40 }, () => Math.round(rand() * 10) / 10);
      const y = p.map((v) => (rand() < v ? 1 : 0));
      if (!y.includes(0) || !y.includes(1)) continue;
      assert.ok(Math.abs(auc(p, y) - pairwiseAuc(p, y)) < 1e-12);
    }
    assert.equal(auc([0.1, 0.9], [0, 1]), 1);
    assert.equal(auc([0.9, 0.1], [0, 1]), 0);
    assert.equal(auc([0.5, 0.5], [0, 1]), 0.5);
    assert.ok(Number.isNaN(auc([0.2, 0.3], [1, 1])));
  });

  it('respects a mask', () => {
    assert.equal(auc([0.9, 0.1, 0.2, 0.8], [0, 1, 0, 1], Uint8Array.from([0, 0, 1, 1])), 1);
  });

  it('computes RMSE and log-loss', () => {
    assert.ok(Math.abs(rmse([0.5, 0.5], [1, 0]) - 0.5) < 1e-12);
    assert.ok(Math.abs(logLoss([0.5, 0.5], [1, 0]) - Math.log(2)) < 1e-12);
    assert.ok(logLoss([0, 1], [1, 0]) < 17 && logLoss([0, 1], [1, 0]) > 16, 'clipped, finite');
  });

  it('reports calibration per bin', () => {
    const c = calibration([0.2, 0.2, 0.8, 0.8], [0, 1, 1, 1]);
    assert.ok(Math.abs(c.meanPredicted - 0.5) < 1e-12);
    assert.equal(c.observedRate, 0.75);
    assert.ok(Math.abs(c.expectedCalibrationError - (0.5 * 0.3 + 0.5 * 0.2)) < 1e-12);
  });

  it('ROC curve goes from (0,0) to (1,1) and is a step for a perfect ranking', () => {
    const roc = rocCurve([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], undefined, 11);
    assert.equal(roc[0], 1);
    assert.equal(roc[10], 1);
  });

  it('ABROCA is 0 for the same group and the area between a perfect and a reversed ranking is 1', () => {
    const p = [0.1, 0.2, 0.8, 0.9, 0.1, 0.2, 0.8, 0.9];
    const y = [0, 0, 1, 1, 1, 1, 0, 0];
    const a = Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]);
    const b = Uint8Array.from([0, 0, 0, 0, 1, 1, 1, 1]);
    assert.ok(abroca(p, y, a, a) < 1e-12);
    assert.ok(Math.abs(abroca(p, y, a, b) - 1) < 0.01);
  });

  it('marks first attempts per learner and concept', () => {
    const mask = firstAttemptMask(Int32Array.from([0, 0, 0, 1, 1]), Int32Array.from([5, 5, 6, 5, 5]));
    assert.deepEqual([...mask], [1, 0, 1, 1, 0]);
  });
});
