import assert from 'node:assert/strict';
import { decideNudge, initialNudgeState, parseNudgeSettings } from '../../../src/core/nudge/nudgePolicy';
import { detectStruggles } from '../../../src/core/nudge/struggleDetector';
import type { Observation } from '../../../src/shared/observation';

const MIN = 60_000;
const NOW = 1_700_000_000_000;
const obs = (conceptId: string, kind: Observation['kind'], minutesAgo: number, strength = 0.7): Observation => ({
  conceptId, kind, strength, source: 'diagnostic', timestamp: NOW - minutesAgo * MIN, evidence: {},
});

describe('struggle detector', () => {
  it('needs repeated recent failures before it is confident', () => {
    const one = detectStruggles([obs('null-safety', 'failure', 0)], NOW);
    assert.ok(one[0].confidence < 0.7, `one failure: ${one[0].confidence}`);
    const three = detectStruggles([obs('null-safety', 'failure', 4), obs('null-safety', 'failure', 2), obs('null-safety', 'failure', 0)], NOW);
    assert.ok(three[0].confidence >= 0.7, `three failures: ${three[0].confidence}`);
    assert.deepEqual([three[0].failures, three[0].recoveries, three[0].lastFailureAt], [3, 0, NOW]);
  });

  it('lets recoveries and time calm it down, and ignores other kinds and old evidence', () => {
    const failures = [obs('generics', 'failure', 3), obs('generics', 'failure', 2), obs('generics', 'failure', 1)];
    const base = detectStruggles(failures, NOW)[0].confidence;
    const recovered = detectStruggles([...failures, obs('generics', 'recovery', 0, 1)], NOW)[0].confidence;
    assert.ok(recovered < base);
    const later = detectStruggles(failures, NOW + 10 * MIN)[0].confidence;
    assert.ok(later < base);
    assert.deepEqual(detectStruggles(failures, NOW + 30 * MIN), []);
    assert.deepEqual(detectStruggles([obs('generics', 'opportunity', 0), obs('generics', 'success', 0)], NOW), []);
    assert.deepEqual(detectStruggles([obs('generics', 'failure', 1, 0.2), obs('generics', 'recovery', 0, 1)], NOW), []);
  });

  it('ranks concepts by confidence and feeds the nudge policy', () => {
    const stream = [
      obs('closures', 'failure', 1, 0.4),
      obs('async-await', 'failure', 6), obs('async-await', 'failure', 3), obs('async-await', 'failure', 1), obs('async-await', 'failure', 0),
    ];
    const struggles = detectStruggles(stream, NOW);
    assert.deepEqual(struggles.map((s) => s.conceptId), ['async-await', 'closures']);
    const { settings } = parseNudgeSettings({});
    const decision = decideNudge(initialNudgeState(), settings, { now: NOW, localMinuteOfDay: 600, typingBurst: false, debugging: false, struggles, conceptsToReview: 2 });
    assert.equal(decision.action === 'nudge' && decision.conceptId, 'async-await');
  });
});
