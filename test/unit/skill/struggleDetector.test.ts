import assert from 'node:assert/strict';
import { DEFAULT_STRUGGLE_SETTINGS, nextStruggleState, type StruggleInput, type StruggleState } from '../../../src/core/skill/struggleDetector';

const input = (over: Partial<StruggleInput>): StruggleInput => ({ mastery: 0.7, uncertainty: 0.05, evidence: 10, failureTimes: [], now: 1_000_000, ...over });
const ok: StruggleState = { struggling: false };

describe('struggle decision with hysteresis', () => {
  it('enters on confidently low mastery, not on low mastery with little evidence or wide uncertainty', () => {
    assert.deepEqual(nextStruggleState(ok, input({ mastery: 0.3, uncertainty: 0.05 })), { struggling: true, reason: 'low-mastery', since: 1_000_000 });
    assert.equal(nextStruggleState(ok, input({ mastery: 0.3, evidence: 1 })).struggling, false);
    assert.equal(nextStruggleState(ok, input({ mastery: 0.3, uncertainty: 0.2 })).struggling, false);
  });

  it('enters on a burst of failures within the window, not on the same failures spread out', () => {
    const now = 10_000_000;
    const burst = nextStruggleState(ok, input({ now, failureTimes: [now - 60_000, now - 30_000, now] }));
    assert.deepEqual(burst, { struggling: true, reason: 'error-burst', since: now });
    const spread = nextStruggleState(ok, input({ now, failureTimes: [now - 3_600_000, now - 1_800_000, now] }));
    assert.equal(spread.struggling, false);
  });

  it('does not flicker: an estimate moving around the entry threshold keeps the state', () => {
    let state = nextStruggleState(ok, input({ mastery: 0.35 }));
    assert.equal(state.struggling, true);
    for (const mastery of [0.42, 0.5, 0.44, 0.55, 0.47, 0.58]) {
      state = nextStruggleState(state, input({ mastery }));
      assert.equal(state.struggling, true, `still struggling at ${mastery}`);
      assert.equal(state.since, 1_000_000);
    }
    state = nextStruggleState(state, input({ mastery: 0.7, uncertainty: 0.05 }));
    assert.equal(state.struggling, false);
    for (const mastery of [0.5, 0.46, 0.55]) {
      state = nextStruggleState(state, input({ mastery }));
      assert.equal(state.struggling, false, `still fine at ${mastery}`);
    }
  });

  it('leaves only with confidence, and not while a burst lasts', () => {
    const state: StruggleState = { struggling: true, reason: 'error-burst', since: 0 };
    assert.equal(nextStruggleState(state, input({ mastery: 0.65, uncertainty: 0.25 })).struggling, true);
    const now = 5_000_000;
    assert.equal(nextStruggleState(state, input({ now, mastery: 0.9, failureTimes: [now - 3, now - 2, now - 1] })).struggling, true);
    assert.equal(nextStruggleState(state, input({ now: now + DEFAULT_STRUGGLE_SETTINGS.burstWindowMs, mastery: 0.9, failureTimes: [now - 3, now - 2, now - 1] })).struggling, false);
  });
});
