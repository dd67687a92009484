import assert from 'node:assert/strict';
import { LearningOutcomeLog, learningOutcomeSnapshotSchema, outcomeHeadline } from '../../../src/core/outcome/learningOutcome';
import type { Observation } from '../../../src/shared/observation';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 1);

function failure(conceptId: string, at: number, source: Observation['source'] = 'diagnostic'): Observation {
  return { conceptId, kind: 'failure', strength: 0.5, source, timestamp: at, evidence: {} };
}

describe('learning outcome: recurrence after help', () => {
  it('compares errors per day in the week after help with the week before', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    const help = T0;
    for (const d of [6, 5, 4, 3, 2, 1]) log.observe(failure('null-safety', help - d * DAY));
    log.recordHelp('null-safety', 'tutorial', help);
    log.observe(failure('null-safety', help + 2 * DAY));
    const [outcome] = log.outcomes(help + 8 * DAY);
    assert.equal(outcome.conceptId, 'null-safety');
    assert.equal(outcome.errorsBefore, 6);
    assert.equal(outcome.errorsAfter, 1);
    assert.equal(outcome.daysBefore, 7);
    assert.equal(outcome.daysAfter, 7);
    assert.equal(outcome.verdict, 'fewer');
    assert.ok(Math.abs((outcome.change ?? 0) - (1 / 6 - 1)) < 1e-9);
    assert.equal(outcome.summary, '6 errors in the 7 days before help, 1 in the 7 days after: 83% fewer a day.');
  });

  it('says "too early" until a day has passed, and counts errors since', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    log.observe(failure('promises', T0 - DAY));
    log.recordHelp('promises', 'hint', T0);
    log.observe(failure('promises', T0 + 3600_000));
    const [outcome] = log.outcomes(T0 + 5 * 3600_000);
    assert.equal(outcome.verdict, 'too-early');
    assert.equal(outcome.errorsAfter, 1);
    assert.equal(outcome.summary, 'Helped 5 hours ago: too early to tell (1 error since).');
    log.recordHelp('fresh', 'hint', T0 + 5 * 3600_000 - 60_000);
    assert.match(log.outcomes(T0 + 5 * 3600_000).find((o) => o.conceptId === 'fresh')?.summary ?? '', /^Helped less than an hour ago/);
  });

  it('counts a review finding at the time the review found it, before the help the hint gave', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    log.recordError('equality-comparison', T0);
    log.recordHelp('equality-comparison', 'review-hint', T0);
    log.recordError('equality-comparison', T0 + 3 * DAY);
    const [outcome] = log.outcomes(T0 + 8 * DAY);
    assert.deepEqual([outcome.errorsBefore, outcome.errorsAfter, outcome.verdict], [1, 1, 'same']);
  });

  it('reports none-since, more, same and no-errors', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    log.observe(failure('a', T0 - DAY));
    log.recordHelp('a', 'tutorial', T0);
    log.recordHelp('b', 'tutorial', T0);
    log.observe(failure('b', T0 + DAY));
    log.observe(failure('c', T0 - 2 * DAY));
    log.observe(failure('c', T0 - DAY));
    log.recordHelp('c', 'tutorial', T0);
    log.observe(failure('c', T0 + DAY));
    log.observe(failure('c', T0 + 2 * DAY));
    log.recordHelp('d', 'hint', T0);
    const verdicts = Object.fromEntries(log.outcomes(T0 + 10 * DAY).map((o) => [o.conceptId, o.verdict]));
    assert.deepEqual(verdicts, { a: 'none-since', b: 'more', c: 'same', d: 'no-errors' });
    const b = log.outcomes(T0 + 10 * DAY).find((o) => o.conceptId === 'b');
    assert.equal(b?.summary, 'No errors in the 7 days before help, but 1 error in the 7 days after.');
  });

  it('never credits days before it started watching, and normalizes a partial "after" window', () => {
    const log = new LearningOutcomeLog(T0 - 2 * DAY);
    log.observe(failure('x', T0 - DAY));
    log.observe(failure('x', T0 - DAY / 2));
    log.recordHelp('x', 'tutorial', T0);
    log.observe(failure('x', T0 + DAY));
    const [outcome] = log.outcomes(T0 + 2 * DAY);
    assert.equal(outcome.daysBefore, 2);
    assert.equal(outcome.daysAfter, 2);
    // 2 errors in 2 days before, 1 in 2 days after: half the rate.
    assert.equal(outcome.verdict, 'fewer');
    assert.ok(Math.abs((outcome.change ?? 0) + 0.5) < 1e-9);
  });

  it('groups help inside an earlier help\'s window into one episode, and merges repeats of the same help', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    assert.equal(log.recordHelp('y', 'tutorial', T0), true);
    assert.equal(log.recordHelp('y', 'tutorial', T0 + 60_000), false, 'the same tutorial a minute later is the same help');
    assert.equal(log.recordHelp('y', 'hint', T0 + DAY), true);
    log.recordHelp('y', 'review-lesson', T0 + 10 * DAY);
    const [outcome] = log.outcomes(T0 + 30 * DAY);
    assert.equal(outcome.helpCount, 3);
    assert.deepEqual(outcome.helpKinds, ['tutorial', 'hint', 'review-lesson']);
    assert.equal(outcome.episodes, 2);
    assert.equal(outcome.daysAfter, 14);
  });

  it('counts only errors in code: diagnostics, review and edits, not quiz answers or history', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    assert.equal(log.observe(failure('z', T0 - DAY, 'quiz')), false);
    assert.equal(log.observe(failure('z', T0 - DAY, 'history')), false);
    assert.equal(log.observe({ ...failure('z', T0 - DAY), kind: 'success' }), false);
    assert.equal(log.observe(failure('z', T0 - DAY, 'review')), true);
    assert.equal(log.observe(failure('z', T0 - DAY, 'edit')), true);
    log.recordHelp('z', 'tutorial', T0);
    assert.equal(log.outcomes(T0 + 8 * DAY)[0].errorsBefore, 2);
  });

  it('round-trips through its versioned schema, prunes old data and survives damaged input', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    log.observe(failure('null-safety', T0 - DAY + 123));
    log.observe(failure('old', T0 - 200 * DAY));
    log.recordHelp('null-safety', 'tutorial', T0);
    const json = log.toJSON();
    assert.equal(learningOutcomeSnapshotSchema.safeParse(json).success, true);
    assert.equal(json.failures['null-safety'][0], Math.floor((T0 - DAY + 123) / 1000), 'whole seconds keep the stored log small');
    const restored = LearningOutcomeLog.fromJSON(JSON.parse(JSON.stringify(json)), T0 + 8 * DAY);
    assert.equal(restored.problem, undefined);
    assert.deepEqual(restored.log.outcomes(T0 + 8 * DAY), log.outcomes(T0 + 8 * DAY));
    assert.equal(restored.log.toJSON().failures.old, undefined, 'failures older than 120 days are dropped');

    for (const bad of [{ version: 2, since: 0, help: [], failures: {} }, { version: 1, since: -1 }, 'junk', { version: 1, since: 0, help: [{ conceptId: 'x', kind: 'bribe', at: 1 }], failures: {} }]) {
      const result = LearningOutcomeLog.fromJSON(bad, T0);
      assert.ok(result.problem, JSON.stringify(bad));
      assert.deepEqual(result.log.outcomes(T0), []);
    }
    assert.equal(LearningOutcomeLog.fromJSON(undefined, T0).problem, undefined);
  });

  it('stays bounded however many failures arrive', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    for (let i = 0; i < 5000; i++) log.observe(failure(`c${i % 400}`, T0 - i * 1000));
    const json = log.toJSON();
    assert.ok(Object.keys(json.failures).length <= 300);
    for (let i = 0; i < 2000; i++) log.observe(failure('hot', T0 - i * 1000));
    assert.equal(log.toJSON().failures.hot.length, 400);
    assert.equal(learningOutcomeSnapshotSchema.safeParse(log.toJSON()).success, true);
  });

  it('adds the judged concepts up into a headline', () => {
    const log = new LearningOutcomeLog(T0 - 30 * DAY);
    for (const d of [1, 2, 3, 4]) log.observe(failure('a', T0 - d * DAY));
    log.recordHelp('a', 'tutorial', T0);
    log.observe(failure('a', T0 + DAY));
    log.recordHelp('late', 'tutorial', T0 + 7.9 * DAY);
    const headline = outcomeHeadline(log.outcomes(T0 + 8 * DAY));
    assert.equal(headline.concepts, 1, 'a concept helped an hour ago is not judged yet');
    assert.equal(headline.errorsBefore, 4);
    assert.equal(headline.errorsAfter, 1);
    assert.ok(Math.abs((headline.change ?? 0) + 0.75) < 1e-9);
  });
});
