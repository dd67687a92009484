import assert from 'node:assert/strict';
import { jadudPairScore, repeatedErrorContribution, RepeatedErrorDensityCounter, RollingMean } from '../../../src/core/signals/errorMetrics';

describe('error metrics', () => {
  it("scores Jadud pairs: 2 both in error, +3 same type, +3 same line, +1 same edit location, over 9", () => {
    const e = (key?: string, line?: number, editLine?: number) => ({ hasError: key !== undefined, firstErrorKey: key, firstErrorLine: line, editLine });
    assert.equal(jadudPairScore(e(), e('ts|2322', 3)), 0);
    assert.equal(jadudPairScore(e('ts|2322', 3), e()), 0);
    assert.equal(jadudPairScore(e('ts|2322', 3), e('ts|2345', 9)), 2 / 9);
    assert.equal(jadudPairScore(e('ts|2322', 3), e('ts|2322', 9)), 5 / 9);
    assert.equal(jadudPairScore(e('ts|2322', 3), e('ts|2345', 3)), 5 / 9);
    assert.equal(jadudPairScore(e('ts|2322', 3, 3), e('ts|2322', 3, 3)), 1);
  });

  it("gives Becker's r²/(r+1) per string of repeats", () => {
    assert.deepEqual([1, 2, 3, 4].map(repeatedErrorContribution), [0, 1 / 2, 4 / 3, 9 / 4]);
  });

  it('accumulates Repeated Error Density per type, closing strings when the type changes', () => {
    const red = new RepeatedErrorDensityCounter();
    for (const key of ['a', 'a', 'a', undefined, 'a', 'a', 'b', 'b', 'a']) red.record(key);
    // a: strings of 3, 2 and 1 → 4/3 + 1/2 + 0; b: one string of 2 → 1/2.
    const byKey = Object.fromEntries(red.densities().map((d) => [d.key, [d.density, d.occurrences]]));
    assert.deepEqual(byKey, { a: [4 / 3 + 1 / 2, 6], b: [1 / 2, 2] });
  });

  it('keeps a bounded number of error types and says how many it evicted', () => {
    const red = new RepeatedErrorDensityCounter(3);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'e']) red.record(key);
    assert.deepEqual(red.densities().map((d) => d.key).sort(), ['c', 'd', 'e']);
    assert.equal(red.evictedKeys, 2);
  });

  it('keeps a rolling mean over the last values only', () => {
    const mean = new RollingMean(3);
    assert.equal(mean.mean, undefined);
    for (const v of [1, 1, 1, 0, 0, 0]) mean.push(v);
    assert.equal(mean.mean, 0);
    mean.push(0.9);
    assert.ok(Math.abs((mean.mean ?? -1) - 0.3) < 1e-12);
    assert.throws(() => new RollingMean(0), /positive integer/);
  });
});
