import assert from 'node:assert/strict';
import { createSparseRows, fitLogistic, fitLogisticBlockwise, penalisedLoss, sigmoid, solveSymmetric } from '../../../src/core/skill/logisticFit';

describe('logistic fit', () => {
  it('solves a symmetric positive definite system', () => {
    const h = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = solveSymmetric(h, Float64Array.from([2, 3, 4]), 3);
    const check = [4 * x[0] + 2 * x[1], 2 * x[0] + 5 * x[1] + x[2], x[1] + 3 * x[2]];
    check.forEach((v, i) => assert.ok(Math.abs(v - [2, 3, 4][i]) < 1e-9));
  });

  it('recovers the weights that generated the data', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const n = 20000;
    const truth = [-0.5, 1.5, -2];
    const rows = createSparseRows(n, 3);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const x1 = rand() * 2 - 1;
      const group = rand() < 0.5 ? 1 : 2;
      rows.index.set([0, 1, group === 2 ? 2 : -1], i * 3);
      rows.value.set([1, x1, 1], i * 3);
      const z = truth[0] + truth[1] * x1 + (group === 2 ? truth[2] : 0);
      labels[i] = rand() < sigmoid(z) ? 1 : 0;
    }
    const w = fitLogistic(rows, labels, { dimension: 3, penalty: new Float64Array(3) });
    truth.forEach((t, j) => assert.ok(Math.abs(w[j] - t) < 0.12, `weight ${j}: ${w[j]} vs ${t}`));
  });

  it('shrinks penalised weights towards zero', () => {
    const rows = createSparseRows(4, 2);
    rows.index.set([0, 1, 0, 1, 0, 1, 0, 1]);
    rows.value.set([1, 1, 1, 1, 1, -1, 1, -1]);
    const labels = Uint8Array.from([1, 1, 0, 0]);
    const free = fitLogistic(rows, labels, { dimension: 2, penalty: Float64Array.from([0, 0.01]) });
    const held = fitLogistic(rows, labels, { dimension: 2, penalty: Float64Array.from([0, 10]) });
    assert.ok(free[1] > held[1] && held[1] > 0);
  });

  it('block Newton reaches the same optimum as full Newton on shared weights plus per-group weights', () => {
    let seed = 9;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const groups = 6;
    const n = 6000;
    const dimension = 2 + 2 * groups;
    const rows = createSparseRows(n, 4);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const g = Math.floor(rand() * groups);
      const x = rand() * 2 - 1;
      const u = rand() * 2 - 1;
      rows.index.set([0, 1, 2 + g, 2 + groups + g], i * 4);
      rows.value.set([1, u, 1, x], i * 4);
      labels[i] = rand() < sigmoid(0.3 + 0.8 * u + (g - 2.5) * 0.4 + (g % 2 ? 1 : -1) * x) ? 1 : 0;
    }
    const penalty = new Float64Array(dimension).fill(0.5);
    penalty[0] = 0;
    const full = fitLogistic(rows, labels, { dimension, penalty });
    const block = Int32Array.from({ length: dimension }, (_, j) => (j < 2 ? 0 : 1 + ((j - 2) % groups)));
    const blockwise = fitLogisticBlockwise(rows, labels, { dimension, penalty, block });
    for (let j = 0; j < dimension; j++) assert.ok(Math.abs(full[j] - blockwise[j]) < 1e-3, `weight ${j}: ${full[j]} vs ${blockwise[j]}`);
    assert.ok(penalisedLoss(rows, labels, blockwise, penalty) <= penalisedLoss(rows, labels, new Float64Array(dimension), penalty));
  });
});
