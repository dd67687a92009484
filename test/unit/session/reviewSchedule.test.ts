import { strict as assert } from 'node:assert';
import { REVIEW_INTERVALS_DAYS, ReviewSchedule } from '../../../src/core/session/reviewSchedule';

const DAY = 86_400_000;

describe('spaced review schedule', () => {
  it('brings a recovered concept back after a day, then on an expanding schedule', () => {
    const s = new ReviewSchedule();
    s.enqueue('narrowing', 0);
    assert.deepEqual(s.due(DAY - 1), []);
    assert.equal(s.due(DAY)[0]?.conceptId, 'narrowing');
    let now = DAY;
    const gaps: number[] = [];
    for (let i = 0; i < REVIEW_INTERVALS_DAYS.length - 1; i++) {
      const next = s.answer('narrowing', true, now);
      assert.ok(next);
      gaps.push((next.dueAt - now) / DAY);
      now = next.dueAt;
    }
    assert.deepEqual(gaps, REVIEW_INTERVALS_DAYS.slice(1));
    // Right on the last step: retired.
    assert.equal(s.answer('narrowing', true, now), undefined);
    assert.equal(s.all().length, 0);
  });

  it('starts the ladder again after a wrong answer and rotates the question', () => {
    const s = new ReviewSchedule();
    s.enqueue('generics', 0);
    s.answer('generics', true, DAY);
    const wrong = s.answer('generics', false, 5 * DAY);
    assert.equal(wrong?.step, 0);
    assert.equal(wrong?.dueAt, 6 * DAY);
    assert.equal(wrong?.seed, 2);
  });

  it('does not re-enqueue a queued concept, and stays bounded', () => {
    const s = new ReviewSchedule([], 3);
    s.enqueue('a', 0);
    s.answer('a', true, DAY);
    s.enqueue('a', 2 * DAY);
    assert.equal(s.all()[0]?.step, 1);
    s.enqueue('b', 0);
    s.enqueue('c', 0);
    s.enqueue('d', 0);
    assert.equal(s.all().length, 3);
    assert.ok(!s.all().some((i) => i.conceptId === 'a'), 'the item due furthest away is dropped');
  });

  it('round-trips through plain data', () => {
    const s = new ReviewSchedule();
    s.enqueue('x', 10);
    const copy = new ReviewSchedule(JSON.parse(JSON.stringify(s.all())));
    assert.deepEqual(copy.all(), s.all());
  });
});
