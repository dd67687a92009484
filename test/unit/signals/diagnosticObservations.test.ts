import assert from 'node:assert/strict';
import {
  diagnosticObservations,
  failureStrength,
  recoveryStrength,
  type ConceptMapper,
} from '../../../src/core/signals/diagnosticObservations';
import { DiagnosticTracker, type DiagnosticInput } from '../../../src/core/signals/diagnosticTracker';
import { observationSchema } from '../../../src/shared/observation';

const T0 = 1_700_000_000_000;
const diag = (code: string, line: number, message = `problem ${code}`): DiagnosticInput => ({
  code, source: 'ts', message, severity: 'error', range: { startLine: line, startCharacter: 0, endLine: line, endCharacter: 4 },
});
const edit = { range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 }, rangeLength: 0, text: 'x' };
const mapper: ConceptMapper = (d) => (d.code === '2532' ? [{ id: 'null-safety', weight: 0.8, ruleId: 'ts:2532' }] : []);

describe('diagnostic observations', () => {
  it('turns introduced into failure and resolved into recovery, with schema-valid evidence', () => {
    const tracker = new DiagnosticTracker();
    const longMessage = `Object is possibly 'undefined'. ${'x'.repeat(400)}`;
    const events = [
      ...tracker.update('a.ts', [diag('2532', 3, longMessage), diag('9999', 8)], T0),
      ...(tracker.applyChanges('a.ts', [edit]), tracker.update('a.ts', [], T0 + 90_000)),
    ];
    const { observations, unmapped, problems } = diagnosticObservations(events, { mapToConcepts: mapper, file: 'src/a.ts', language: 'typescript' });
    assert.deepEqual(problems, []);
    assert.deepEqual(observations.map((o) => [o.kind, o.conceptId]), [['failure', 'null-safety'], ['recovery', 'null-safety']]);
    for (const o of observations) assert.equal(observationSchema.safeParse(o).success, true, JSON.stringify(o));
    const [failure, recovery] = observations;
    assert.equal(failure.evidence.diagnosticCode, '2532');
    assert.equal(failure.evidence.ruleId, 'ts:2532');
    assert.equal(failure.evidence.file, 'src/a.ts');
    assert.ok((failure.evidence.messageExcerpt ?? '').length <= 200);
    assert.equal(recovery.evidence.timeToFixMs, 90_000);
    // The unmapped code is reported, twice (introduced and resolved), not silently dropped.
    assert.deepEqual(unmapped.map((e) => [e.type, e.diagnostic.code]), [['introduced', '9999'], ['resolved', '9999']]);
  });

  it('makes repeated failures stronger and quick fixes stronger recoveries than slow ones', () => {
    assert.ok(failureStrength(0.8, 'error', 1) < failureStrength(0.8, 'error', 2));
    assert.ok(failureStrength(0.8, 'error', 2) < failureStrength(0.8, 'error', 5));
    assert.ok(failureStrength(0.8, 'error', 50) <= 0.8);
    assert.ok(failureStrength(0.8, 'hint', 1) < failureStrength(0.8, 'error', 1));
    assert.equal(recoveryStrength(0.8, 3_000, false), 0.8);
    assert.ok(recoveryStrength(0.8, 60_000, false) < 0.8);
    assert.ok(recoveryStrength(0.8, 3_600_000, false) < recoveryStrength(0.8, 60_000, false));
    assert.ok(recoveryStrength(0.8, 3_000, true) < recoveryStrength(0.8, 3_000, false));
  });

  it('emits nothing for preexisting diagnostics and one weak failure when a diagnostic gets stuck', () => {
    const tracker = new DiagnosticTracker({ stuckAfterMs: 60_000 });
    const baseline = tracker.baseline('a.ts', [diag('2532', 1)], T0);
    assert.deepEqual(diagnosticObservations(baseline, { mapToConcepts: mapper }).observations, []);
    const stillThere = tracker.update('a.ts', [diag('2532', 1)], T0 + 120_000);
    assert.equal(stillThere[0].type === 'persisting' && stillThere[0].becameStuck, true);
    assert.deepEqual(diagnosticObservations(stillThere, { mapToConcepts: mapper }).observations, [], 'stuck but not theirs');
    tracker.update('b.ts', [diag('2532', 1)], T0);
    const later = tracker.update('b.ts', [diag('2532', 1)], T0 + 120_000);
    const { observations } = diagnosticObservations(later, { mapToConcepts: mapper });
    assert.equal(observations.length, 1);
    assert.equal(observations[0].kind, 'failure');
    assert.ok(observations[0].strength < 0.3);
    assert.match(observations[0].evidence.note ?? '', /unresolved after 120 s/);
  });

  it('survives a mapper that throws or returns junk, and says so', () => {
    const tracker = new DiagnosticTracker();
    const events = tracker.update('a.ts', [diag('1', 1), diag('2', 2)], T0);
    const junk: ConceptMapper = (d) => {
      if (d.code === '1') throw new Error('catalog not loaded');
      return [{ id: '', weight: 1 }, { id: 'generics', weight: 7 }];
    };
    const result = diagnosticObservations(events, { mapToConcepts: junk });
    assert.equal(result.problems.length, 2);
    assert.match(result.problems[0], /catalog not loaded/);
    assert.deepEqual(result.observations.map((o) => [o.conceptId, o.strength <= 1]), [['generics', true]]);
  });
});
