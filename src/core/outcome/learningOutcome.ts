import { z } from 'zod';
import type { Observation } from '../../shared/observation';

/**
 * The product's success measure: after Skilltrace helped with a concept (a tutorial, a hint, a review lesson), do the
 * engineer's errors on that concept come back? The log keeps the help events and the times of later failures, and
 * compares the errors per day in the window after each help with the window before it. Clicks are not success;
 * fewer repeats of the same mistake are.
 */

const DAY_MS = 86_400_000;

/** What kind of help was given; the panel names it, the recurrence counts them all alike. */
export const helpKindSchema = z.enum(['tutorial', 'hint', 'review-hint', 'review-lesson', 'explain-back']);
export type HelpKind = z.infer<typeof helpKindSchema>;

/** Observation sources whose failures are errors in the engineer's code (quiz answers measure knowledge instead). */
const ERROR_SOURCES: ReadonlySet<Observation['source']> = new Set(['diagnostic', 'review', 'edit']);

const MAX_HELP_EVENTS = 2000;
const MAX_FAILURES_PER_CONCEPT = 400;
const MAX_CONCEPTS = 300;
/** Help and failures older than this no longer count (the panel talks about the last weeks, not years). */
const KEEP_MS = 120 * DAY_MS;
/** The same help on the same concept within this time is one help (a streamed tutorial, a re-opened hint). */
const SAME_HELP_MS = 10 * 60_000;

const conceptKey = z.string().min(1).max(128);

/** The log as saved (globalState, key `skilltrace.learningOutcome`); failure times are whole seconds to keep it small. */
export const learningOutcomeSnapshotSchema = z.object({
  version: z.literal(1),
  /** When the log started recording: a "before" window never reaches further back than this. */
  since: z.number().int().min(0),
  help: z.array(z.object({ conceptId: conceptKey, kind: helpKindSchema, at: z.number().int().min(0) })).max(MAX_HELP_EVENTS),
  failures: z.record(conceptKey, z.array(z.number().int().min(0)).max(MAX_FAILURES_PER_CONCEPT)),
});
export type LearningOutcomeSnapshot = z.infer<typeof learningOutcomeSnapshotSchema>;

/** How a concept fared after help, in one word the panel styles and tests check. */
export type OutcomeVerdict = 'too-early' | 'none-since' | 'fewer' | 'same' | 'more' | 'no-errors';

/** One concept's "recurrence after help", for the panel's History tab. */
export interface ConceptOutcome {
  conceptId: string;
  /** Help events, and their kinds (distinct, in first-seen order). */
  helpCount: number;
  helpKinds: HelpKind[];
  firstHelpAt: number;
  lastHelpAt: number;
  /** Help episodes compared (help inside an earlier episode's window belongs to that episode). */
  episodes: number;
  errorsBefore: number;
  errorsAfter: number;
  /** Days the "before" windows covered, and the "after" windows so far (each window is at most `windowDays`). */
  daysBefore: number;
  daysAfter: number;
  windowDays: number;
  /** Relative change of errors per day, after vs before (-0.8 = 80% fewer); undefined when it cannot be said. */
  change?: number;
  verdict: OutcomeVerdict;
  /** The result in one sentence an engineer understands. */
  summary: string;
}

/** Options of the comparison; the default window is a week. */
export interface OutcomeOptions {
  windowDays?: number;
  /** The "after" window must have run this long before a verdict is given (default 1 day). */
  minDaysAfter?: number;
}

/** The totals across concepts, for the panel's one-line headline. */
export interface OutcomeHeadline {
  concepts: number;
  errorsBefore: number;
  errorsAfter: number;
  daysBefore: number;
  daysAfter: number;
  change?: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function days(value: number): string {
  if (value < 1) {
    const hours = Math.round(value * 24);
    return hours < 1 ? 'less than an hour' : `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

function describe(outcome: Omit<ConceptOutcome, 'summary'>): string {
  const { errorsBefore, errorsAfter, daysBefore, daysAfter, verdict, change } = outcome;
  const before = `${plural(errorsBefore, 'error')} in the ${days(daysBefore)} before help`;
  switch (verdict) {
    case 'too-early':
      return `Helped ${days(daysAfter)} ago: too early to tell (${errorsAfter === 0 ? 'no errors' : plural(errorsAfter, 'error')} since).`;
    case 'no-errors':
      return 'No errors on this concept before or after help.';
    case 'none-since':
      return `${before}, none in the ${days(daysAfter)} after.`;
    case 'fewer':
    case 'same':
    case 'more': {
      const after = `${errorsAfter} in the ${days(daysAfter)} after`;
      if (errorsBefore === 0) return `No errors in the ${days(daysBefore)} before help, but ${plural(errorsAfter, 'error')} in the ${days(daysAfter)} after.`;
      const pct = Math.round(Math.abs(change ?? 0) * 100);
      const trend = verdict === 'fewer' ? `${pct}% fewer a day` : verdict === 'more' ? `${pct}% more a day` : 'about the same rate';
      return `${before}, ${after}: ${trend}.`;
    }
  }
}

/**
 * Records help events and error times per concept, and answers "did the errors come back after help?". Pure: every
 * call passes the time. The extension feeds it every observation and every help the tutor gives, and saves toJSON().
 */
export class LearningOutcomeLog {
  private readonly help: { conceptId: string; kind: HelpKind; at: number }[] = [];
  /** Failure times in milliseconds, ascending, per concept; a Map keeps the least recently failed first. */
  private readonly failures = new Map<string, number[]>();

  constructor(private since: number) {}

  /** Restores a saved log; damaged or unknown data gives a fresh log and the reason, never a throw. */
  static fromJSON(raw: unknown, now: number): { log: LearningOutcomeLog; problem?: string } {
    if (raw === undefined) return { log: new LearningOutcomeLog(now) };
    const parsed = learningOutcomeSnapshotSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { log: new LearningOutcomeLog(now), problem: `the saved learning outcome was unreadable (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}); starting a fresh one` };
    }
    const log = new LearningOutcomeLog(Math.min(parsed.data.since, now));
    for (const event of [...parsed.data.help].sort((a, b) => a.at - b.at)) log.help.push({ ...event });
    for (const [conceptId, seconds] of Object.entries(parsed.data.failures)) {
      log.failures.set(conceptId, seconds.map((s) => s * 1000).sort((a, b) => a - b));
    }
    log.prune(now);
    return { log };
  }

  /** Records help on a concept; a repeat of the same help within ten minutes is the same help (returns false). */
  recordHelp(conceptId: string, kind: HelpKind, at: number): boolean {
    const time = Math.max(0, Math.floor(at));
    const repeat = this.help.some((event) => event.conceptId === conceptId && event.kind === kind && Math.abs(event.at - time) < SAME_HELP_MS);
    if (repeat) return false;
    this.help.push({ conceptId, kind, at: time });
    this.help.sort((a, b) => a.at - b.at);
    if (this.help.length > MAX_HELP_EVENTS) this.help.splice(0, this.help.length - MAX_HELP_EVENTS);
    return true;
  }

  /** Takes any observation; keeps the time of failures that are errors in code (diagnostics, review, edits). */
  observe(observation: Observation): boolean {
    if (observation.kind !== 'failure' || !ERROR_SOURCES.has(observation.source)) return false;
    this.recordError(observation.conceptId, observation.timestamp);
    return true;
  }

  /** Records one error on a concept at the time it was made (a review finding: when the review found it). */
  recordError(conceptId: string, timestamp: number): void {
    const times = this.failures.get(conceptId) ?? [];
    this.failures.delete(conceptId);
    const at = Math.max(0, Math.floor(timestamp / 1000) * 1000);
    let index = times.length;
    while (index > 0 && times[index - 1] > at) index--;
    times.splice(index, 0, at);
    if (times.length > MAX_FAILURES_PER_CONCEPT) times.splice(0, times.length - MAX_FAILURES_PER_CONCEPT);
    this.failures.set(conceptId, times);
    while (this.failures.size > MAX_CONCEPTS) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** Drops what is older than the comparison can use. */
  prune(now: number): void {
    const cutoff = now - KEEP_MS;
    const keptHelp = this.help.filter((event) => event.at >= cutoff);
    this.help.splice(0, this.help.length, ...keptHelp);
    for (const [conceptId, times] of this.failures) {
      const kept = times.filter((t) => t >= cutoff);
      if (kept.length === 0) this.failures.delete(conceptId);
      else this.failures.set(conceptId, kept);
    }
    this.since = Math.max(this.since, Math.min(cutoff, now));
  }

  /** Help events, oldest first (for tests and the History tab). */
  helpEvents(): readonly { conceptId: string; kind: HelpKind; at: number }[] {
    return this.help;
  }

  /**
   * Per concept with help: errors per day in the window after each help episode against the window before it. A
   * help episode starts at a help and lasts `windowDays`; further help inside it belongs to it. A "before" window never
   * reaches back before the log started, so a fresh install is not credited with zero errors it never watched.
   */
  outcomes(now: number, options: OutcomeOptions = {}): ConceptOutcome[] {
    const windowDays = options.windowDays ?? 7;
    const windowMs = windowDays * DAY_MS;
    const minDaysAfter = options.minDaysAfter ?? 1;
    const byConcept = new Map<string, { kind: HelpKind; at: number }[]>();
    for (const event of this.help) {
      if (event.at > now) continue;
      const list = byConcept.get(event.conceptId) ?? [];
      list.push(event);
      byConcept.set(event.conceptId, list);
    }
    const results: ConceptOutcome[] = [];
    for (const [conceptId, events] of byConcept) {
      const times = this.failures.get(conceptId) ?? [];
      // Times are sorted: two binary searches per window keep this cheap enough to run on every panel update.
      const count = (from: number, to: number, includeStart: boolean): number => firstIndex(times, to, true) - firstIndex(times, from, !includeStart);
      let episodes = 0;
      let errorsBefore = 0;
      let errorsAfter = 0;
      let msBefore = 0;
      let msAfter = 0;
      let episodeEnd = -Infinity;
      for (const event of events) {
        if (event.at < episodeEnd) continue;
        episodes++;
        episodeEnd = event.at + windowMs;
        const beforeStart = Math.max(event.at - windowMs, this.since);
        msBefore += Math.max(0, event.at - beforeStart);
        errorsBefore += count(beforeStart, event.at, true);
        const afterEnd = Math.min(episodeEnd, now);
        msAfter += Math.max(0, afterEnd - event.at);
        errorsAfter += count(event.at, afterEnd, false);
      }
      const daysBefore = msBefore / DAY_MS;
      const daysAfter = msAfter / DAY_MS;
      let verdict: OutcomeVerdict;
      let change: number | undefined;
      if (daysAfter < minDaysAfter) verdict = 'too-early';
      else if (errorsBefore === 0 && errorsAfter === 0) verdict = 'no-errors';
      else if (errorsAfter === 0) {
        verdict = 'none-since';
        change = -1;
      } else if (errorsBefore === 0 || daysBefore <= 0) verdict = 'more';
      else {
        change = errorsAfter / daysAfter / (errorsBefore / daysBefore) - 1;
        verdict = change <= -0.25 ? 'fewer' : change >= 0.25 ? 'more' : 'same';
      }
      const kinds = [...new Set(events.map((event) => event.kind))];
      const partial = {
        conceptId,
        helpCount: events.length,
        helpKinds: kinds,
        firstHelpAt: events[0].at,
        lastHelpAt: events[events.length - 1].at,
        episodes,
        errorsBefore,
        errorsAfter,
        daysBefore,
        daysAfter,
        windowDays,
        ...(change === undefined ? {} : { change }),
        verdict,
      };
      results.push({ ...partial, summary: describe(partial) });
    }
    const order: Record<OutcomeVerdict, number> = { more: 0, same: 1, fewer: 2, 'none-since': 3, 'too-early': 4, 'no-errors': 5 };
    return results.sort((a, b) => order[a.verdict] - order[b.verdict] || b.lastHelpAt - a.lastHelpAt || a.conceptId.localeCompare(b.conceptId));
  }

  toJSON(): LearningOutcomeSnapshot {
    const failures: Record<string, number[]> = {};
    for (const [conceptId, times] of this.failures) failures[conceptId] = times.map((t) => Math.floor(t / 1000));
    return { version: 1, since: this.since, help: this.help.map((event) => ({ ...event })), failures };
  }
}

/** Index of the first time > `value` (`after`), or >= `value` (otherwise), in ascending `times`. */
function firstIndex(times: readonly number[], value: number, after: boolean): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after ? times[mid] <= value : times[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Adds up the concepts with a verdict into one headline: errors per day after help vs before, across concepts. */
export function outcomeHeadline(outcomes: readonly ConceptOutcome[]): OutcomeHeadline {
  const judged = outcomes.filter((o) => o.verdict !== 'too-early' && o.verdict !== 'no-errors');
  const sum = (pick: (o: ConceptOutcome) => number): number => judged.reduce((total, o) => total + pick(o), 0);
  const headline: OutcomeHeadline = {
    concepts: judged.length,
    errorsBefore: sum((o) => o.errorsBefore),
    errorsAfter: sum((o) => o.errorsAfter),
    daysBefore: sum((o) => o.daysBefore),
    daysAfter: sum((o) => o.daysAfter),
  };
  if (headline.errorsBefore > 0 && headline.daysBefore > 0 && headline.daysAfter > 0) {
    headline.change = headline.errorsAfter / headline.daysAfter / (headline.errorsBefore / headline.daysBefore) - 1;
  }
  return headline;
}
