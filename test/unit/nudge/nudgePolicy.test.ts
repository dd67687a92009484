import assert from 'node:assert/strict';
import {
  decideNudge,
  initialNudgeState,
  parseNudgeSettings,
  recordNudgeShown,
  restoreNudgeState,
  setConceptMuted,
  snoozeNudges,
  type NudgeDecision,
  type NudgeMoment,
  type NudgeSettings,
  type NudgeState,
} from '../../../src/core/nudge/nudgePolicy';

const MIN = 60_000;
const DAY_START = Date.UTC(2026, 10, 23, 0, 0); // local midnight in these tests' clock
const at = (h: number, m = 0) => DAY_START + (h * 60 + m) * MIN;
const moment = (now: number, overrides: Partial<NudgeMoment> = {}): NudgeMoment => ({
  now,
  localMinuteOfDay: Math.floor((now - DAY_START) / MIN) % 1440,
  typingBurst: false,
  debugging: false,
  struggles: [{ conceptId: 'null-safety', confidence: 0.9 }],
  conceptsToReview: 3,
  ...overrides,
});
const settingsOf = (raw: Record<string, unknown> = {}): NudgeSettings => {
  const { settings, problems } = parseNudgeSettings(raw);
  assert.deepEqual(problems, []);
  return settings;
};
const codeOf = (d: NudgeDecision) => (d.action === 'nudge' ? 'nudge' : d.code);

describe('nudge policy', () => {
  it('nudges about the most confident struggle when nothing holds it back, and keeps the status count', () => {
    const decision = decideNudge(initialNudgeState(), settingsOf(), moment(at(10), {
      struggles: [{ conceptId: 'generics', confidence: 0.75 }, { conceptId: 'async-await', confidence: 0.92 }, { conceptId: 'closures', confidence: 0.5 }],
    }));
    assert.equal(decision.action, 'nudge');
    if (decision.action === 'nudge') {
      assert.equal(decision.conceptId, 'async-await');
      assert.match(decision.reason, /async-await.*0\.92/);
    }
    assert.equal(decision.statusCount, 3);
  });

  it('stays passive with a visible reason for each thing that holds it back', () => {
    const s = settingsOf({ quietHours: ['22:00-07:00'] });
    const fresh = initialNudgeState();
    const cases: [string, NudgeState, NudgeSettings, NudgeMoment, RegExp][] = [
      ['disabled', fresh, settingsOf({ enabled: false }), moment(at(10)), /turned off/],
      ['snoozed', snoozeNudges(fresh, at(11, 30)), s, moment(at(10)), /snoozed until 11:30/],
      ['quiet-hours', fresh, s, moment(at(23)), /quiet hours/],
      ['debug-session', fresh, s, moment(at(10), { debugging: true }), /debug session/],
      ['typing-burst', fresh, s, moment(at(10), { typingBurst: true }), /typing burst/],
      ['no-struggle', fresh, s, moment(at(10), { struggles: [] }), /no struggle/],
      ['low-confidence', fresh, s, moment(at(10), { struggles: [{ conceptId: 'x', confidence: 0.4 }] }), /0\.40 is below 0\.70/],
      ['muted', setConceptMuted(fresh, 'null-safety', true), s, moment(at(10)), /null-safety muted/],
    ];
    for (const [code, state, settings, m, reason] of cases) {
      const decision = decideNudge(state, settings, m);
      assert.equal(codeOf(decision), code);
      assert.ok(decision.action === 'passive' && decision.reason.startsWith('suppressed: '));
      assert.match(decision.reason, reason);
      assert.equal(decision.statusCount, 3);
    }
  });

  it('says when quiet hours and snoozes end', () => {
    const s = settingsOf({ quietHours: ['22:00-07:00'] });
    const quiet = decideNudge(initialNudgeState(), s, moment(at(23, 15)));
    assert.equal(quiet.action === 'passive' && quiet.retryAt, at(31));
    const snoozed = decideNudge(snoozeNudges(initialNudgeState(), at(12)), s, moment(at(10)));
    assert.equal(snoozed.action === 'passive' && snoozed.retryAt, at(12));
    assert.equal(codeOf(decideNudge(snoozeNudges(initialNudgeState(), at(12)), s, moment(at(12)))), 'nudge', 'a snooze ends on time');
  });

  it('keeps a per-concept cool-down but lets another struggling concept through', () => {
    const s = settingsOf({ conceptCooldownMinutes: 120, minGapMinutes: 10, maxPerHour: 5 });
    let state = recordNudgeShown(initialNudgeState(), 'null-safety', at(9), s);
    const again = decideNudge(state, s, moment(at(9, 30)));
    assert.equal(codeOf(again), 'cooldown');
    assert.equal(again.action === 'passive' && again.retryAt, at(11));
    const other = decideNudge(state, s, moment(at(9, 30), { struggles: [{ conceptId: 'null-safety', confidence: 0.99 }, { conceptId: 'generics', confidence: 0.8 }] }));
    assert.equal(other.action === 'nudge' && other.conceptId, 'generics');
    state = recordNudgeShown(state, 'generics', at(9, 30), s);
    assert.equal(codeOf(decideNudge(state, s, moment(at(11, 1)))), 'nudge');
  });

  it('never exceeds the hourly budget and never nudges twice within the minimum gap', () => {
    const s = settingsOf({ maxPerHour: 2, minGapMinutes: 10, conceptCooldownMinutes: 0 });
    let state = recordNudgeShown(initialNudgeState(), 'a', at(9), s);
    assert.equal(codeOf(decideNudge(state, s, moment(at(9, 5)))), 'too-soon');
    state = recordNudgeShown(state, 'b', at(9, 20), s);
    const limited = decideNudge(state, s, moment(at(9, 40)));
    assert.equal(codeOf(limited), 'hourly-limit');
    assert.equal(limited.action === 'passive' && limited.retryAt, at(10));
    assert.equal(codeOf(decideNudge(state, s, moment(at(10, 0)))), 'nudge');
    assert.equal(codeOf(decideNudge(state, settingsOf({ maxPerHour: 0 }), moment(at(10)))), 'hourly-limit');
  });

  it('falls back to defaults field by field on bad settings, and says which', () => {
    const { settings, problems } = parseNudgeSettings({ maxPerHour: -3, minConfidence: 'high', quietHours: ['22:00-06:00', 'lunch'], enabled: true });
    assert.equal(settings.maxPerHour, 2);
    assert.equal(settings.minConfidence, 0.7);
    assert.equal(settings.enabled, true);
    assert.deepEqual(settings.quietHours, [{ start: 22 * 60, end: 6 * 60 }]);
    assert.equal(problems.length, 3);
    assert.ok(problems.some((p) => p.includes('maxPerHour')) && problems.some((p) => p.includes('"lunch"')));
    assert.equal(parseNudgeSettings('nonsense').problems.length, 1);
  });

  it('restores saved state and starts fresh from garbage', () => {
    const s = settingsOf();
    const saved = JSON.parse(JSON.stringify(setConceptMuted(recordNudgeShown(initialNudgeState(), 'a', at(9), s), 'b', true))) as unknown;
    assert.deepEqual(restoreNudgeState(saved).state.muted, ['b']);
    const broken = restoreNudgeState({ shown: 'yes' });
    assert.deepEqual(broken.state, initialNudgeState());
    assert.match(broken.problem ?? '', /starting fresh/);
    assert.deepEqual(setConceptMuted(setConceptMuted(initialNudgeState(), 'b', true), 'b', false).muted, []);
  });

  it('over a simulated day of work never breaks a rule, yet does help', () => {
    const s = settingsOf({ maxPerHour: 3, minConfidence: 0.7, conceptCooldownMinutes: 90, minGapMinutes: 10, quietHours: ['12:00-13:00', '21:00-08:30'] });
    const concepts = ['null-safety', 'async-await', 'generics', 'closures', 'error-handling', 'narrowing'];
    let seed = 7;
    const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    let state = setConceptMuted(initialNudgeState(), 'closures', true);
    const shown: { conceptId: string; at: number; m: NudgeMoment }[] = [];
    const reasons = new Map<string, number>();
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const now = DAY_START + minute * MIN;
      if (minute === 10 * 60) state = snoozeNudges(state, now + 45 * MIN);
      const m = moment(now, {
        typingBurst: rand() < 0.35,
        debugging: minute >= 14 * 60 && minute < 15 * 60,
        struggles: rand() < 0.5 ? [{ conceptId: concepts[Math.floor(rand() * concepts.length)], confidence: rand() }] : [],
      });
      const decision = decideNudge(state, s, m);
      reasons.set(codeOf(decision), (reasons.get(codeOf(decision)) ?? 0) + 1);
      if (decision.action === 'nudge') {
        shown.push({ conceptId: decision.conceptId, at: now, m });
        state = recordNudgeShown(state, decision.conceptId, now, s);
      }
    }
    assert.ok(shown.length >= 5, `expected some help during the working day, got ${shown.length}`);
    for (const n of shown) {
      const minute = n.m.localMinuteOfDay;
      assert.ok(minute >= 8 * 60 + 30 && minute < 21 * 60 && !(minute >= 12 * 60 && minute < 13 * 60), `nudge in quiet hours at ${minute}`);
      assert.ok(!(minute >= 10 * 60 && minute < 10 * 60 + 45), 'nudge while snoozed');
      assert.equal(n.m.typingBurst, false);
      assert.equal(n.m.debugging, false);
      assert.notEqual(n.conceptId, 'closures');
      assert.ok(n.m.struggles.some((st) => st.conceptId === n.conceptId && st.confidence >= 0.7));
      const inHour = shown.filter((o) => o.at > n.at - 60 * MIN && o.at <= n.at);
      assert.ok(inHour.length <= 3, `hourly budget broken at ${minute}`);
      const sameConcept = shown.filter((o) => o.conceptId === n.conceptId && o.at < n.at && n.at - o.at < 90 * MIN);
      assert.deepEqual(sameConcept, [], `cool-down broken for ${n.conceptId}`);
      const previous = shown.filter((o) => o.at < n.at).at(-1);
      assert.ok(!previous || n.at - previous.at >= 10 * MIN);
    }
    // Every kind of restraint actually came into play during the day.
    for (const code of ['quiet-hours', 'snoozed', 'debug-session', 'typing-burst', 'no-struggle', 'low-confidence', 'too-soon', 'cooldown']) {
      assert.ok((reasons.get(code) ?? 0) > 0, `never saw ${code}: ${JSON.stringify([...reasons])}`);
    }
    assert.ok(state.shown.length <= 3 && Object.keys(state.lastByConcept).length <= concepts.length, 'state stays small');
  });
});
