/** A daily time range in local minutes since midnight; `end` before `start` means it runs across midnight. */
export interface QuietHours {
  start: number;
  end: number;
}

const MINUTES_PER_DAY = 24 * 60;
const RANGE = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/;

/**
 * Parses a quiet-hours setting entry such as "22:00-07:30" (used by the nudge settings). Returns an error message
 * an engineer can act on instead of throwing.
 */
export function parseQuietHours(text: string): { ok: true; value: QuietHours } | { ok: false; error: string } {
  const match = RANGE.exec(text);
  if (!match) return { ok: false, error: `quiet hours "${text}" should look like "22:00-07:30"` };
  const [sh, sm, eh, em] = match.slice(1).map(Number);
  if (sh > 24 || eh > 24 || sm > 59 || em > 59 || (sh === 24 && sm > 0) || (eh === 24 && em > 0)) {
    return { ok: false, error: `quiet hours "${text}" has a time outside 00:00-24:00` };
  }
  const start = (sh * 60 + sm) % MINUTES_PER_DAY;
  const end = eh * 60 + em === MINUTES_PER_DAY ? MINUTES_PER_DAY : (eh * 60 + em) % MINUTES_PER_DAY;
  if (start === end) return { ok: false, error: `quiet hours "${text}" starts and ends at the same time` };
  return { ok: true, value: { start, end } };
}

/** Whether a local minute of the day falls in any of the ranges (start inclusive, end exclusive). */
export function inQuietHours(minuteOfDay: number, ranges: readonly QuietHours[]): boolean {
  const m = ((Math.floor(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return ranges.some((r) => (r.start < r.end ? m >= r.start && m < r.end : m >= r.start || m < r.end));
}

/** Minutes from a local minute of the day until the quiet range holding it ends (0 when not in one). */
export function minutesUntilQuietEnds(minuteOfDay: number, ranges: readonly QuietHours[]): number {
  const m = ((Math.floor(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  let longest = 0;
  for (const r of ranges) {
    if (!inQuietHours(m, [r])) continue;
    const end = r.end % MINUTES_PER_DAY;
    longest = Math.max(longest, (end - m + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY);
  }
  return longest;
}
