import type { Range } from '../../shared/observation';
import { countLineBreaks, insertedEnd, type ContentChange } from './contentChange';

/** Why the editor changed the text, as VS Code's `TextDocumentChangeReason` says; undefined for ordinary edits. */
export type ChangeReason = 'undo' | 'redo' | undefined;

/** Thresholds and limits of the edit tracker; every field has a default. */
export interface EditTrackerOptions {
  /** Lines per churn region (regions are fixed line buckets; they do not move when lines are inserted above). */
  regionLines?: number;
  /** Half-life of the churn counters: churn is "lines touched recently", decayed exponentially. */
  churnHalfLifeMs?: number;
  /** Reworked line touches (decayed) at which a region is reported as a hotspot. */
  hotspotRework?: number;
  /** A second touch of the same line within this time is the same touch (typing a line is one touch, not forty). */
  touchMergeMs?: number;
  /** Undo/redo steps within `undoBurstWindowMs` that make a burst. */
  undoBurstCount?: number;
  undoBurstWindowMs?: number;
  /** One change inserting at least this many lines, or `largeInsertionChars` characters, is a large insertion. */
  largeInsertionLines?: number;
  largeInsertionChars?: number;
  /** Keystrokes within `typingBurstWindowMs`, the last one at most `typingIdleMs` ago, make a typing burst. */
  typingBurstKeys?: number;
  typingBurstWindowMs?: number;
  typingIdleMs?: number;
  maxDocuments?: number;
  maxRegionsPerDocument?: number;
}

/** A large insertion (a paste, a generated or AI-inserted block): a later "explain it back" check can target its range. */
export interface LargeInsertionEvent {
  type: 'large-insertion';
  docId: string;
  at: number;
  /** Where the inserted text lies in the document after the change. */
  range: Range;
  lines: number;
  chars: number;
}

/** Many undo/redo steps in quick succession: the engineer is backing out of something. Reported once per burst. */
export interface UndoBurstEvent {
  type: 'undo-burst';
  docId: string;
  at: number;
  steps: number;
  /** Lines the undone changes touched (in the coordinates of the moment each was undone). */
  startLine: number;
  endLine: number;
}

/** A region rewritten again and again: reported once when its rework crosses the threshold. */
export interface ChurnHotspotEvent {
  type: 'churn-hotspot';
  docId: string;
  at: number;
  startLine: number;
  endLine: number;
  rework: number;
}

/** What the edit tracker reports; consumed by the comprehension check, the structure watcher and the nudge policy. */
export type EditEvent = LargeInsertionEvent | UndoBurstEvent | ChurnHotspotEvent;

/** A region's recent activity, for the panel's evidence and for the review features. */
export interface RegionChurn {
  startLine: number;
  endLine: number;
  /** Line touches, decayed. */
  touched: number;
  /** Line touches that deleted or replaced text, decayed. */
  rework: number;
}

interface Region {
  touched: number;
  rework: number;
  at: number;
  lastLine: number;
  lastTouchAt: number;
  lastReworkAt: number;
  hot: boolean;
}

interface DocumentEdits {
  regions: Map<number, Region>;
}

const DEFAULTS: Required<EditTrackerOptions> = {
  regionLines: 25,
  churnHalfLifeMs: 5 * 60_000,
  hotspotRework: 20,
  touchMergeMs: 10_000,
  undoBurstCount: 5,
  undoBurstWindowMs: 10_000,
  largeInsertionLines: 8,
  largeInsertionChars: 400,
  typingBurstKeys: 4,
  typingBurstWindowMs: 3_000,
  typingIdleMs: 1_500,
  maxDocuments: 100,
  maxRegionsPerDocument: 2_000,
};
const MAX_REWORK_PER_CHANGE = 3;
const NO_EVENTS: readonly EditEvent[] = Object.freeze([]);

/**
 * Watches content changes for churn per region, undo/redo bursts, large insertions and typing bursts. Called by the
 * extension's edit listener on every change, so the work is O(1) amortized per change (plus the length of inserted
 * text, counted once) and memory is bounded by the options. Pure: the caller passes the time.
 */
export class EditTracker {
  private readonly options: Required<EditTrackerOptions>;
  private readonly documents = new Map<string, DocumentEdits>();
  private readonly keystrokes: Float64Array;
  private keystrokeNext = 0;
  private keystrokeCount = 0;
  private readonly undoTimes: Float64Array;
  private undoNext = 0;
  private undoCount = 0;
  private undoBurst: { docId: string; steps: number; startLine: number; endLine: number; reported: boolean } | undefined;
  private lastEdit = -Infinity;

  constructor(options: EditTrackerOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
    for (const [name, value] of Object.entries(this.options)) {
      if (!Number.isFinite(value) || value <= 0) throw new RangeError(`EditTracker option ${name} must be a positive number, got ${value}`);
    }
    this.keystrokes = new Float64Array(Math.max(1, Math.floor(this.options.typingBurstKeys)));
    this.undoTimes = new Float64Array(Math.max(1, Math.floor(this.options.undoBurstCount)));
  }

  /** Records one change event (all its content changes) and returns what it revealed, usually nothing. */
  onChange(docId: string, changes: readonly ContentChange[], reason: ChangeReason, now: number): readonly EditEvent[] {
    if (changes.length === 0) return NO_EVENTS;
    this.lastEdit = now;
    let events: EditEvent[] | undefined;
    const doc = this.document(docId);

    if (reason === 'undo' || reason === 'redo') {
      const burst = this.recordUndo(docId, changes, now);
      if (burst) (events ??= []).push(burst);
    } else if (changes.every(isKeystroke)) {
      this.keystrokes[this.keystrokeNext] = now;
      this.keystrokeNext = (this.keystrokeNext + 1) % this.keystrokes.length;
      this.keystrokeCount = Math.min(this.keystrokeCount + 1, this.keystrokes.length);
    }

    for (const change of changes) {
      const lineBreaks = countLineBreaks(change.text);
      if (reason === undefined) {
        const insertion = this.largeInsertion(docId, change, lineBreaks, now);
        if (insertion) (events ??= []).push(insertion);
      }
      const hotspot = this.recordChurn(docId, doc, change, lineBreaks, now);
      if (hotspot) (events ??= []).push(hotspot);
    }
    return events ?? NO_EVENTS;
  }

  /** Whether the engineer is typing right now: the nudge policy never interrupts a typing burst. */
  isTypingBurst(now: number): boolean {
    const n = this.keystrokes.length;
    if (this.keystrokeCount < n) return false;
    const newest = this.keystrokes[(this.keystrokeNext + n - 1) % n];
    const oldest = this.keystrokes[this.keystrokeNext];
    return now - newest <= this.options.typingIdleMs && newest - oldest <= this.options.typingBurstWindowMs;
  }

  /** Time of the last change of any kind, for "idle since" decisions. */
  get lastEditAt(): number {
    return this.lastEdit;
  }

  /** The most churned regions of a document now, highest rework first. */
  hotRegions(docId: string, now: number, limit = 5): RegionChurn[] {
    const doc = this.documents.get(docId);
    if (!doc) return [];
    const out: RegionChurn[] = [];
    for (const [index, region] of doc.regions) {
      const decay = this.decay(region, now);
      out.push({ ...this.bounds(index), touched: region.touched * decay, rework: region.rework * decay });
    }
    return out.sort((a, b) => b.rework - a.rework || b.touched - a.touched).slice(0, limit);
  }

  /** Churn of the region holding a line (zeros when untouched). */
  churnAt(docId: string, line: number, now: number): RegionChurn {
    const index = Math.floor(Math.max(0, line) / this.options.regionLines);
    const region = this.documents.get(docId)?.regions.get(index);
    const decay = region ? this.decay(region, now) : 0;
    return { ...this.bounds(index), touched: (region?.touched ?? 0) * decay, rework: (region?.rework ?? 0) * decay };
  }

  /** Forgets a closed document. */
  forget(docId: string): void {
    this.documents.delete(docId);
  }

  /** Documents and regions held, for the memory benchmark and tests. */
  size(): { documents: number; regions: number } {
    let regions = 0;
    for (const doc of this.documents.values()) regions += doc.regions.size;
    return { documents: this.documents.size, regions };
  }

  private document(docId: string): DocumentEdits {
    let doc = this.documents.get(docId);
    if (doc) {
      // Keep the map in least-recently-used order without churning it on every keystroke of the same document.
      if (this.documents.size > 1) {
        this.documents.delete(docId);
        this.documents.set(docId, doc);
      }
      return doc;
    }
    doc = { regions: new Map() };
    this.documents.set(docId, doc);
    while (this.documents.size > this.options.maxDocuments) {
      const oldest = this.documents.keys().next().value;
      if (oldest === undefined) break;
      this.documents.delete(oldest);
    }
    return doc;
  }

  private recordUndo(docId: string, changes: readonly ContentChange[], now: number): UndoBurstEvent | undefined {
    const n = this.undoTimes.length;
    const previous = this.undoCount > 0 ? this.undoTimes[(this.undoNext + n - 1) % n] : -Infinity;
    if (!this.undoBurst || this.undoBurst.docId !== docId || now - previous > this.options.undoBurstWindowMs) {
      this.undoBurst = { docId, steps: 0, startLine: Infinity, endLine: -Infinity, reported: false };
    }
    this.undoTimes[this.undoNext] = now;
    this.undoNext = (this.undoNext + 1) % n;
    this.undoCount = Math.min(this.undoCount + 1, n);
    const burst = this.undoBurst;
    burst.steps++;
    for (const c of changes) {
      burst.startLine = Math.min(burst.startLine, c.range.startLine);
      burst.endLine = Math.max(burst.endLine, c.range.endLine, insertedEnd(c).line);
    }
    const oldest = this.undoTimes[this.undoNext % n];
    if (burst.reported || this.undoCount < n || burst.steps < n || now - oldest > this.options.undoBurstWindowMs) return undefined;
    burst.reported = true;
    return { type: 'undo-burst', docId, at: now, steps: burst.steps, startLine: burst.startLine, endLine: burst.endLine };
  }

  private largeInsertion(docId: string, change: ContentChange, lineBreaks: number, now: number): LargeInsertionEvent | undefined {
    const chars = change.text.length;
    const lines = chars === 0 ? 0 : lineBreaks + 1;
    const large = lines >= this.options.largeInsertionLines || chars >= this.options.largeInsertionChars;
    // Mostly new text: a reformat or a rename that rewrites a block in place is not a paste.
    if (!large || chars < 2 * change.rangeLength) return undefined;
    const end = insertedEnd(change);
    return {
      type: 'large-insertion', docId, at: now, lines, chars,
      range: { startLine: change.range.startLine, startCharacter: change.range.startCharacter, endLine: end.line, endCharacter: end.character },
    };
  }

  private recordChurn(docId: string, doc: DocumentEdits, change: ContentChange, lineBreaks: number, now: number): ChurnHotspotEvent | undefined {
    const { regionLines } = this.options;
    const first = change.range.startLine;
    const last = Math.max(change.range.endLine, first + lineBreaks);
    const reworks = change.rangeLength > 0;
    let hotspot: ChurnHotspotEvent | undefined;
    for (let index = Math.floor(first / regionLines); index <= Math.floor(last / regionLines); index++) {
      const from = Math.max(first, index * regionLines);
      const to = Math.min(last, index * regionLines + regionLines - 1);
      const found = doc.regions.get(index);
      const region = found ?? this.newRegion(doc, index, now);
      const decay = this.decay(region, now);
      region.touched *= decay;
      region.rework *= decay;
      region.at = now;
      const lines = to - from + 1;
      // Typing along one line is one touch until the engineer moves to another line or pauses.
      const sameTouch = lines === 1 && from === region.lastLine;
      if (!(sameTouch && now - region.lastTouchAt <= this.options.touchMergeMs)) region.touched += lines;
      if (reworks && !(sameTouch && now - region.lastReworkAt <= this.options.touchMergeMs)) {
        // Rework means rewriting again and again: one big deletion is one act, so a change adds a few lines at most.
        region.rework += Math.min(lines, MAX_REWORK_PER_CHANGE);
        region.lastReworkAt = now;
      }
      region.lastLine = lines === 1 ? from : -1;
      region.lastTouchAt = now;
      if (region.hot && region.rework < this.options.hotspotRework / 2) region.hot = false;
      if (!region.hot && region.rework >= this.options.hotspotRework) {
        region.hot = true;
        hotspot = { type: 'churn-hotspot', docId, at: now, ...this.bounds(index), rework: region.rework };
      }
    }
    return hotspot;
  }

  private newRegion(doc: DocumentEdits, index: number, now: number): Region {
    if (doc.regions.size >= this.options.maxRegionsPerDocument) {
      for (const [key, region] of doc.regions) {
        if (region.touched * this.decay(region, now) < 0.5) doc.regions.delete(key);
      }
      while (doc.regions.size >= this.options.maxRegionsPerDocument) {
        const oldest = doc.regions.keys().next().value;
        if (oldest === undefined) break;
        doc.regions.delete(oldest);
      }
    }
    const region: Region = { touched: 0, rework: 0, at: now, lastLine: -1, lastTouchAt: -Infinity, lastReworkAt: -Infinity, hot: false };
    doc.regions.set(index, region);
    return region;
  }

  private decay(region: Region, now: number): number {
    const dt = now - region.at;
    return dt <= 0 ? 1 : Math.pow(0.5, dt / this.options.churnHalfLifeMs);
  }

  private bounds(index: number): { startLine: number; endLine: number } {
    return { startLine: index * this.options.regionLines, endLine: index * this.options.regionLines + this.options.regionLines - 1 };
  }
}

/** A change the size of a keystroke: a character or two (auto-closed pairs), a backspace, or Enter with indentation. */
function isKeystroke(change: ContentChange): boolean {
  if (change.rangeLength > 2) return false;
  const { text } = change;
  return text.length <= 2 ? !text.includes('\n') || text === '\n' || text === '\r\n' : /^\r?\n[ \t]*$/.test(text);
}
