import assert from 'node:assert/strict';
import { createSparseRows, fitLogistic, fitLogisticBlockwise, fitLogisticSigned, penalisedLoss, sigmoid, solveSymmetric } from '../../../src/core/skill/logisticFit';

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

  it('keeps sign-constrained weights on their side, splitting a collinear pair the way the signs allow', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const n = 20000;
    // Two nearly identical features (as "last answer on this concept" and "last answer overall" are in a tutor that
    // drills one skill at a time) and one with a truly negative effect.
    const rows = createSparseRows(n, 4);
    const labels = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const a = rand() < 0.5 ? 1 : -1;
      const b = rand() < 0.97 ? a : -a;
      const c = rand() * 2 - 1;
      rows.index.set([0, 1, 2, 3], i * 4);
      rows.value.set([1, a, b, c], i * 4);
      labels[i] = rand() < sigmoid(0.2 + 0.4 * a + 0.4 * b - 1.0 * c) ? 1 : 0;
    }
    const options = { dimension: 4, penalty: Float64Array.from([0, 1, 1, 1]) };
    const free = fitLogistic(rows, labels, options);
    const sign = Int8Array.from([0, 1, 1, 1]);
    const { weights, pinned } = fitLogisticSigned(sign, options, (o) => fitLogistic(rows, labels, o));
    for (let j = 1; j < 4; j++) assert.ok(weights[j] >= 0, `weight ${j} = ${weights[j]} respects its sign`);
    assert.deepEqual(pinned, [3], 'only the truly negative weight is pinned');
    assert.equal(weights[3], 0);
    assert.ok(free[3] < -0.8, `unconstrained, it is negative (${free[3]})`);
    assert.ok(Math.abs(weights[1] + weights[2] - (free[1] + free[2])) < 0.15, 'the pair keeps its joint effect');
    // With no constraint violated, the signed fit is the plain fit.
    const same = fitLogisticSigned(Int8Array.from([0, 1, 1, -1]), options, (o) => fitLogistic(rows, labels, o));
    assert.deepEqual(same.pinned, []);
    for (let j = 0; j < 4; j++) assert.ok(Math.abs(same.weights[j] - free[j]) < 1e-9);
  });
});
