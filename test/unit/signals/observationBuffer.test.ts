import assert from 'node:assert/strict';
import { ObservationBuffer } from '../../../src/core/signals/observationBuffer';
import type { Observation } from '../../../src/shared/observation';

const obs = (conceptId: string, timestamp: number, kind: Observation['kind'] = 'failure', strength = 0.5): Observation => ({
  conceptId, kind, strength, source: 'diagnostic', timestamp, evidence: { diagnosticCode: '2322' },
});

describe('observation buffer', () => {
  it('keeps the most recent observations in full, newest first, and counts what rolled out', () => {
    const buffer = new ObservationBuffer({ capacity: 3 });
    for (let t = 1; t <= 5; t++) buffer.push(obs(t % 2 ? 'generics' : 'closures', t));
    assert.deepEqual(buffer.recent().map((o) => o.timestamp), [5, 4, 3]);
    assert.deepEqual(buffer.recent(10, 'generics').map((o) => o.timestamp), [5, 3]);
    assert.deepEqual(buffer.since(4).map((o) => o.timestamp), [4, 5]);
    const stats = buffer.stats();
    assert.equal(stats.size, 3);
    assert.equal(stats.overwritten, 2);
    assert.equal(stats.accepted, 5);
  });

  it('aggregates per concept over everything ever pushed, not just what is still in the ring', () => {
    const buffer = new ObservationBuffer({ capacity: 2 });
    buffer.push(obs('null-safety', 10, 'failure', 0.6));
    buffer.push(obs('null-safety', 20, 'failure', 0.8));
    buffer.push(obs('null-safety', 30, 'recovery', 0.5));
    buffer.push(obs('generics', 40, 'opportunity', 0.2));
    const agg = buffer.conceptAggregate('null-safety');
    assert.ok(agg);
    assert.deepEqual(agg.counts, { opportunity: 0, failure: 2, recovery: 1, success: 0 });
    assert.ok(Math.abs(agg.strength.failure - 1.4) < 1e-12);
    assert.deepEqual([agg.firstAt, agg.lastAt], [10, 30]);
    assert.deepEqual(buffer.concepts().map((c) => c.conceptId), ['generics', 'null-safety']);
    // Aggregates handed out are copies: changing one does not change the buffer.
    agg.counts.failure = 99;
    assert.equal(buffer.conceptAggregate('null-safety')?.counts.failure, 2);
  });

  it('rejects invalid observations with a readable reason and keeps going', () => {
    const buffer = new ObservationBuffer();
    const errors = buffer.pushAll([obs('a', 1), { ...obs('b', 2), strength: 3 }, { conceptId: '' }, obs('c', 3)]);
    assert.deepEqual(errors.map((e) => e.index), [1, 2]);
    assert.match(errors[0].error, /strength/);
    assert.equal(buffer.stats().rejected, 2);
    assert.equal(buffer.stats().accepted, 2);
  });

  it('stays bounded in concepts, evicting the least recently observed', () => {
    const buffer = new ObservationBuffer({ capacity: 10, maxConcepts: 50 });
    for (let i = 0; i < 10_000; i++) buffer.push(obs(`concept-${i % 200}`, i));
    buffer.push(obs('concept-0', 10_001));
    const stats = buffer.stats();
    assert.equal(stats.concepts, 50);
    assert.equal(stats.size, 10);
    assert.ok(buffer.conceptAggregate('concept-0'));
    assert.equal(buffer.conceptAggregate('concept-1'), undefined);
  });
});
