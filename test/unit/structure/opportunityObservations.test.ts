import assert from 'node:assert/strict';
import { observationSchema } from '../../../src/shared/observation';
import { opportunitiesToObservations } from '../../../src/core/structure/opportunityObservations';
import type { ConceptOccurrence } from '../../../src/core/structure/structureAnalyzer';

const range = (startLine: number, endLine: number) => ({ startLine, startCharacter: 0, endLine, endCharacter: 4 });

describe('opportunitiesToObservations', () => {
  const occurrences: ConceptOccurrence[] = [
    { conceptId: 'async-await', nodeKind: 'await_expression', range: range(3, 3), captureName: 'opportunity.async-await', relation: 'inside' },
    { conceptId: 'error-handling', nodeKind: 'try_statement', range: range(1, 9), captureName: 'opportunity.error-handling', relation: 'encloses' },
    { conceptId: 'async-await', nodeKind: 'async', range: range(0, 0), captureName: 'opportunity.async-await', relation: 'encloses' },
  ];

  it('emits one schema-valid opportunity observation per concept, from the structure source', () => {
    const observations = opportunitiesToObservations(occurrences, { file: 'src/a.ts', language: 'typescript', timestamp: 1_700_000_000_000 });
    assert.equal(observations.length, 2);
    for (const observation of observations) {
      assert.deepEqual(observationSchema.parse(observation), observation);
      assert.equal(observation.kind, 'opportunity');
      assert.equal(observation.source, 'structure');
      assert.ok(observation.strength > 0 && observation.strength <= 0.2, 'opportunities are weak evidence');
    }
    const awaitObservation = observations.find((o) => o.conceptId === 'async-await');
    assert.equal(awaitObservation?.evidence.nodeKind, 'await_expression', 'the construct written at the edit wins');
    assert.deepEqual(awaitObservation?.evidence.range, range(3, 3));
  });

  it('weighs a construct written at the edit above one that merely encloses it', () => {
    const observations = opportunitiesToObservations(occurrences, { file: 'a.ts', language: 'typescript', timestamp: 5 });
    const inside = observations.find((o) => o.conceptId === 'async-await');
    const enclosing = observations.find((o) => o.conceptId === 'error-handling');
    assert.ok(inside && enclosing && inside.strength > enclosing.strength);
  });

  it('keeps evidence within the schema limits for very long paths', () => {
    const [observation] = opportunitiesToObservations(occurrences.slice(0, 1), { file: 'x'.repeat(5000), language: 'typescript', timestamp: 1.5 });
    assert.doesNotThrow(() => observationSchema.parse(observation));
    assert.equal(observation.timestamp, 1);
  });

  it('returns nothing for no occurrences', () => {
    assert.deepEqual(opportunitiesToObservations([], { file: 'a.ts', language: 'typescript', timestamp: 1 }), []);
  });
});
