import assert from 'node:assert/strict';
import { inQuietHours, minutesUntilQuietEnds, parseQuietHours } from '../../../src/core/nudge/quietHours';

const hm = (h: number, m = 0) => h * 60 + m;

describe('quiet hours', () => {
  it('parses ranges, including ones across midnight and ending at 24:00', () => {
    assert.deepEqual(parseQuietHours('22:00-07:30'), { ok: true, value: { start: hm(22), end: hm(7, 30) } });
    assert.deepEqual(parseQuietHours(' 9:05 - 17:00 '), { ok: true, value: { start: hm(9, 5), end: hm(17) } });
    assert.deepEqual(parseQuietHours('18:00-24:00'), { ok: true, value: { start: hm(18), end: hm(24) } });
  });

  it('explains what is wrong with a bad range', () => {
    for (const [text, why] of [['10pm-7am', /should look like/], ['25:00-07:00', /outside/], ['08:00-08:00', /same time/], ['08:61-09:00', /outside/]] as const) {
      const parsed = parseQuietHours(text);
      assert.equal(parsed.ok, false, text);
      if (!parsed.ok) assert.match(parsed.error, why);
    }
  });

  it('tells whether a minute is quiet, start inclusive and end exclusive, across midnight', () => {
    const night = [{ start: hm(22), end: hm(7, 30) }];
    assert.equal(inQuietHours(hm(21, 59), night), false);
    assert.equal(inQuietHours(hm(22), night), true);
    assert.equal(inQuietHours(hm(3), night), true);
    assert.equal(inQuietHours(hm(7, 29), night), true);
    assert.equal(inQuietHours(hm(7, 30), night), false);
    assert.equal(inQuietHours(hm(12), [{ start: hm(12), end: hm(13) }]), true);
    assert.equal(inQuietHours(hm(23, 59), [{ start: hm(18), end: hm(24) }]), true);
  });

  it('says how long until the quiet range ends', () => {
    const night = [{ start: hm(22), end: hm(7, 30) }];
    assert.equal(minutesUntilQuietEnds(hm(23), night), hm(8, 30));
    assert.equal(minutesUntilQuietEnds(hm(7), night), 30);
    assert.equal(minutesUntilQuietEnds(hm(12), night), 0);
  });
});
