import { LearningOutcomeLog, outcomeHeadline, type ConceptOutcome, type HelpKind } from '../../core/outcome/learningOutcome';
import { isReviewFeedback } from '../../core/review/reviewPolicy';
import type { Observation } from '../../shared/observation';
import type { PanelHistory, PanelOutcomes } from '../../shared/webviewProtocol';
import type { MementoLike } from './reviewMemory';

/** Where the learning outcome lives: globalState, since it is about the engineer, not one project. */
export const LEARNING_OUTCOME_KEY = 'skilltrace.learningOutcome';

const SAVE_DELAY_MS = 5_000;

const HELP_WORDS: Readonly<Record<HelpKind, [string, string]>> = {
  tutorial: ['a tutorial', 'tutorials'],
  hint: ['a hint', 'hints'],
  'review-hint': ['a review hint', 'review hints'],
  'review-lesson': ['a review lesson', 'review lessons'],
  'explain-back': ['an explain-back check', 'explain-back checks'],
};

/** "a tutorial and 2 hints": the help a concept got, in words. */
export function describeHelp(kinds: readonly HelpKind[], counts: ReadonlyMap<HelpKind, number>): string {
  const parts = kinds.map((kind) => {
    const count = counts.get(kind) ?? 1;
    return count === 1 ? HELP_WORDS[kind][0] : `${count} ${HELP_WORDS[kind][1]}`;
  });
  return parts.length <= 1 ? (parts[0] ?? 'help') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Keeps the learning outcome log of the extension: every observation and every help the tutor gives go in, the
 * panel's "Did the help stick?" section comes out. Saved to globalState a few seconds after changes, and on shutdown.
 */
export class LearningOutcomeTracker {
  private loaded: LearningOutcomeLog | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Tutor history entries already counted (the controller's list is newest first and capped). */
  private readonly seenHistory = new WeakSet<PanelHistory>();
  /** Bumped on every change; the panel section is recomputed only when it or the minute changes. */
  private version = 0;
  private cached: { version: number; minute: number; panel: PanelOutcomes } | undefined;

  constructor(
    private readonly memento: MementoLike,
    private readonly warn: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The saved log, read and validated on first use: never during activation, where it would grow with the profile. */
  get log(): LearningOutcomeLog {
    if (!this.loaded) {
      const restored = LearningOutcomeLog.fromJSON(this.memento.get(LEARNING_OUTCOME_KEY), this.now());
      if (restored.problem) this.warn(`Learning outcome: ${restored.problem}.`);
      this.loaded = restored.log;
    }
    return this.loaded;
  }

  observe(observation: Observation): void {
    // Accepting a review hint confirms an error the review already counted when it found it (see recordError).
    if (isReviewFeedback(observation)) return;
    if (this.log.observe(observation)) this.changedLog();
  }

  /** An error found at `at` (a new review finding), counted at the time it was found. */
  recordError(conceptId: string, at = this.now()): void {
    this.log.recordError(conceptId, at);
    this.changedLog();
  }

  recordHelp(conceptId: string, kind: HelpKind, at = this.now()): void {
    if (this.log.recordHelp(conceptId, kind, at)) this.changedLog();
  }

  private changedLog(): void {
    this.version++;
    this.scheduleSave();
  }

  /** Counts the tutorials and hints the tutor has shown since the last call (its history is the record of them). */
  syncFromTutorHistory(history: readonly PanelHistory[]): void {
    for (const entry of history) {
      if (this.seenHistory.has(entry)) break;
      this.seenHistory.add(entry);
      if (entry.kind === 'tutorial') this.recordHelp(entry.conceptId, 'tutorial', entry.at);
      else if (entry.kind === 'hint') this.recordHelp(entry.conceptId, 'hint', entry.at);
    }
  }

  outcomes(): ConceptOutcome[] {
    return this.log.outcomes(this.now());
  }

  /** The panel's section, in words; cached, since the panel asks on every state change. */
  panel(title: (conceptId: string) => string): PanelOutcomes {
    const minute = Math.floor(this.now() / 60_000);
    if (this.cached && this.cached.version === this.version && this.cached.minute === minute) return this.cached.panel;
    const panel = this.computePanel(title);
    this.cached = { version: this.version, minute, panel };
    return panel;
  }

  private computePanel(title: (conceptId: string) => string): PanelOutcomes {
    const outcomes = this.outcomes();
    const headline = outcomeHeadline(outcomes);
    const counts = new Map<string, Map<HelpKind, number>>();
    for (const event of this.log.helpEvents()) {
      const byKind = counts.get(event.conceptId) ?? new Map<HelpKind, number>();
      byKind.set(event.kind, (byKind.get(event.kind) ?? 0) + 1);
      counts.set(event.conceptId, byKind);
    }
    let text = '';
    if (outcomes.length > 0 && headline.concepts === 0) text = 'Too early to tell: Skilltrace compares your errors in the week after help with the week before.';
    else if (headline.concepts > 0 && headline.change !== undefined) {
      const pct = Math.round(Math.abs(headline.change) * 100);
      const direction = headline.change <= -0.05 ? `${pct}% fewer errors a day` : headline.change >= 0.05 ? `${pct}% more errors a day` : 'about as many errors a day';
      text = `Across ${headline.concepts} concept${headline.concepts === 1 ? '' : 's'} you got help on: ${direction} after help than before.`;
    } else if (headline.concepts > 0) text = `Across ${headline.concepts} concept${headline.concepts === 1 ? '' : 's'} you got help on: ${headline.errorsAfter} errors after help, none in the week before.`;
    return {
      headline: text,
      concepts: outcomes.slice(0, 100).map((outcome) => ({
        conceptId: outcome.conceptId,
        title: title(outcome.conceptId).slice(0, 200),
        verdict: outcome.verdict,
        summary: outcome.summary.slice(0, 600),
        helpCount: outcome.helpCount,
        helpLabel: describeHelp(outcome.helpKinds, counts.get(outcome.conceptId) ?? new Map()).slice(0, 200),
        lastHelpAt: outcome.lastHelpAt,
        errorsBefore: outcome.errorsBefore,
        errorsAfter: outcome.errorsAfter,
      })),
    };
  }

  private scheduleSave(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveNow();
    }, SAVE_DELAY_MS);
  }

  /** Saves now; pruning first keeps the stored log bounded. */
  async saveNow(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.log.prune(this.now());
    await this.memento.update(LEARNING_OUTCOME_KEY, this.log.toJSON());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
