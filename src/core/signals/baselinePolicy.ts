import type { Range } from '../../shared/observation';
import { insertedEnd, shiftLine, type ContentChange } from './contentChange';

const MAX_INTERVALS = 32;

/**
 * Decides whether a diagnostics answer for a freshly opened document is what the file already had (its baseline,
 * never blamed on the engineer) or a reaction to the engineer's work. Used by the extension's signal pipeline.
 *
 * Language servers answer late on a cold start (tsserver can take tens of seconds on a busy machine), so a fixed
 * window after opening is not enough on its own: while the engineer has edited nothing since the file was opened,
 * nothing they did can have caused what the tools report about it.
 */
export interface BaselineAnswerInput {
  /** When the document was opened (or seen at activation). */
  openedAt: number;
  now: number;
  /** When the engineer last edited any watched document; undefined when never. */
  lastEditAt: number | undefined;
  /** Whether this very document has been edited since it was opened. */
  editedSinceOpen: boolean;
  /** How long after opening late answers still count when the engineer has edited elsewhere meanwhile. */
  windowMs: number;
}

/** True when the answer is part of the document's baseline. */
export function isBaselineAnswer(input: BaselineAnswerInput): boolean {
  if (input.editedSinceOpen) return false;
  if (input.lastEditAt === undefined || input.lastEditAt < input.openedAt) return true;
  // An edit elsewhere after opening may have caused it (a changed export breaks an importer); only a prompt
  // first answer, inside the window, is still taken as what the file had.
  return input.now - input.openedAt <= input.windowMs;
}

/**
 * The lines an engineer has touched in a document since opening it, kept in current coordinates (later edits above
 * move it). Used when the tools' first answer arrives only after the engineer started typing (a cold language
 * server): problems outside these lines are what the file already had.
 */
export class EditedSpan {
  /** Disjoint, sorted line intervals [start, end]; few, since this lives only until the tools first answer. */
  private intervals: [number, number][] = [];

  /** Adds one change (in the coordinates before it, as the editor reports it). */
  apply(change: ContentChange): void {
    const inserted = insertedEnd(change);
    for (const interval of this.intervals) {
      interval[0] = shiftLine(interval[0], change, inserted);
      interval[1] = shiftLine(interval[1], change, inserted);
    }
    const from = change.range.startLine;
    this.intervals.push([from, Math.max(inserted.line, from)]);
    this.intervals.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const interval of this.intervals) {
      const last = merged[merged.length - 1];
      if (last && interval[0] <= last[1] + 1) last[1] = Math.max(last[1], interval[1]);
      else merged.push([interval[0], interval[1]]);
    }
    // Bounded: past the cap, the two closest intervals become one (less precise, never less safe for the engineer).
    while (merged.length > MAX_INTERVALS) {
      let best = 0;
      for (let i = 1; i < merged.length - 1; i++) if (merged[i + 1][0] - merged[i][1] < merged[best + 1][0] - merged[best][1]) best = i;
      merged.splice(best, 2, [merged[best][0], merged[best + 1][1]]);
    }
    this.intervals = merged;
  }

  /** True when a diagnostic's range touches the edited lines. */
  touches(range: Range): boolean {
    return this.intervals.some(([start, end]) => range.endLine >= start && range.startLine <= end);
  }
}

/** Splits a late first answer into what the file already had and what the engineer's edits may have caused. */
export function splitLateFirstAnswer<T extends { range: Range }>(diagnostics: readonly T[], edited: EditedSpan): { preexisting: T[]; engineers: T[] } {
  const preexisting: T[] = [];
  const engineers: T[] = [];
  for (const diagnostic of diagnostics) (edited.touches(diagnostic.range) ? engineers : preexisting).push(diagnostic);
  return { preexisting, engineers };
}
