/**
 * The spaced-review queue: concepts the engineer recovered from come back as one-question reviews on an
 * expanding schedule (1, 3, 7, 16, 35 days); a wrong answer starts the ladder again. Pure: time is passed in.
 */
export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 16, 35] as const;
const DAY_MS = 86_400_000;

/** One concept in the review queue; persisted in the profile. */
export interface ReviewItem {
  conceptId: string;
  /** Index into REVIEW_INTERVALS_DAYS of the interval that produced `dueAt`. */
  step: number;
  dueAt: number;
  /** Rotates through the concept's questions. */
  seed: number;
  lastAnsweredAt?: number;
  lastCorrect?: boolean;
}

/** Used by the extension's controller; the whole queue is plain data so it persists as JSON. */
export class ReviewSchedule {
  private readonly items = new Map<string, ReviewItem>();

  constructor(items: readonly ReviewItem[] = [], private readonly maxItems = 200) {
    for (const item of items) this.items.set(item.conceptId, { ...item });
  }

  /** Schedules a concept after a recovery (or a tutorial), unless it is already queued. */
  enqueue(conceptId: string, now: number): void {
    if (this.items.has(conceptId)) return;
    if (this.items.size >= this.maxItems) {
      // Drop the item furthest in the future: it is the one the engineer needs least.
      const latest = [...this.items.values()].sort((a, b) => b.dueAt - a.dueAt)[0];
      if (latest) this.items.delete(latest.conceptId);
    }
    this.items.set(conceptId, { conceptId, step: 0, dueAt: now + REVIEW_INTERVALS_DAYS[0] * DAY_MS, seed: 0 });
  }

  /** Records an answer: right moves one step up the ladder (and retires after the last), wrong starts again. */
  answer(conceptId: string, correct: boolean, now: number): ReviewItem | undefined {
    const item = this.items.get(conceptId);
    if (!item) return undefined;
    const step = correct ? item.step + 1 : 0;
    if (step >= REVIEW_INTERVALS_DAYS.length) {
      this.items.delete(conceptId);
      return undefined;
    }
    const next: ReviewItem = { conceptId, step, dueAt: now + (REVIEW_INTERVALS_DAYS[step] ?? 1) * DAY_MS, seed: item.seed + 1, lastAnsweredAt: now, lastCorrect: correct };
    this.items.set(conceptId, next);
    return next;
  }

  /** Items due at `now`, most overdue first. */
  due(now: number): ReviewItem[] {
    return this.all().filter((i) => i.dueAt <= now);
  }

  /** Every queued item, soonest first. */
  all(): ReviewItem[] {
    return [...this.items.values()].sort((a, b) => a.dueAt - b.dueAt);
  }

  remove(conceptId: string): void {
    this.items.delete(conceptId);
  }
}
