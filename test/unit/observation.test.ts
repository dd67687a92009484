import { strict as assert } from 'node:assert';
import { observationSchema } from '../../src/shared/observation';

describe('observation schema', () => {
  it('accepts a well-formed failure observation', () => {
    const parsed = observationSchema.safeParse({
      conceptId: 'ts.narrowing',
      kind: 'failure',
      strength: 0.6,
      source: 'diagnostic',
      timestamp: 1_700_000_000_000,
      evidence: { file: 'src/a.ts', diagnosticCode: '2322', messageExcerpt: "Type 'string' is not assignable" },
    });
    assert.equal(parsed.success, true);
  });

  it('rejects an unknown kind and an out-of-range strength', () => {
    const base = { conceptId: 'x', source: 'edit', timestamp: 1, evidence: {} };
    assert.equal(observationSchema.safeParse({ ...base, kind: 'panic', strength: 0.5 }).success, false);
    assert.equal(observationSchema.safeParse({ ...base, kind: 'failure', strength: 1.5 }).success, false);
  });
});
