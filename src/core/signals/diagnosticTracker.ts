import type { Range } from '../../shared/observation';
import { insertedEnd, shiftLine, shiftRange, type ContentChange } from './contentChange';
import {
  jadudPairScore,
  RepeatedErrorDensityCounter,
  RollingMean,
  type CompileEvent,
  type RepeatedErrorDensity,
} from './errorMetrics';

/** Severity as the trackers see it; the extension maps `vscode.DiagnosticSeverity` onto these. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic of a snapshot, as plain data: what the extension's diagnostics watcher hands to the tracker. */
export interface DiagnosticInput {
  code?: string;
  source?: string;
  message: string;
  severity: DiagnosticSeverity;
  range: Range;
}

interface EventBase {
  docId: string;
  /** Stable id of the tracked diagnostic across snapshots, so consumers can follow one problem. */
  trackId: number;
  /** The diagnostic as last seen; for `resolved`, its range moved through the edits made since. */
  diagnostic: DiagnosticInput;
  /** `source|code` (or a normalized message when there is no code): what "the same error" means. */
  key: string;
  at: number;
  /** True for diagnostics already present when the document was first seen: not caused by this session's edits. */
  preexisting: boolean;
}

/** A diagnostic that was not in the previous snapshot. Consumed by the observation mapper and the skill model. */
export interface IntroducedEvent extends EventBase {
  type: 'introduced';
  /** Times this key was introduced in this document, this one included. */
  repeatInDocument: number;
  /** Times this key was introduced in any document within the recent window, this one included. */
  repeatRecent: number;
}

/** A diagnostic still there at the next snapshot (possibly moved by edits). */
export interface PersistingEvent extends EventBase {
  type: 'persisting';
  introducedAt: number;
  ageMs: number;
  /** True exactly once per diagnostic: the first snapshot at which it has been unresolved for `stuckAfterMs`. */
  becameStuck: boolean;
}

/** A diagnostic gone from the snapshot: the engineer fixed it (or deleted the code it marked). */
export interface ResolvedEvent extends EventBase {
  type: 'resolved';
  introducedAt: number;
  timeToFixMs: number;
  /** True when an edit replaced the whole marked range: the code was deleted or retyped rather than repaired. */
  swallowed: boolean;
}

/** What the diagnostic tracker reports for each snapshot. */
export type DiagnosticEvent = IntroducedEvent | PersistingEvent | ResolvedEvent;

/** Limits and thresholds of the diagnostic tracker; every field has a default. */
export interface DiagnosticTrackerOptions {
  /** Documents tracked at once; the least recently used is forgotten beyond this. */
  maxDocuments?: number;
  /** Diagnostics tracked per document; extra ones are counted in `droppedDiagnostics`, never silently lost. */
  maxLivePerDocument?: number;
  /** How far (in lines, after shifting through edits) a diagnostic may move and still be "the same". */
  maxLineDrift?: number;
  /** Window for `repeatRecent`. */
  recentWindowMs?: number;
  /** Error keys remembered for repeat counts and Repeated Error Density. */
  maxKeys?: number;
  /** Consecutive compile-event pairs averaged into the Error Quotient. */
  errorQuotientWindow?: number;
  /** Age after which a persisting diagnostic is reported as stuck once. */
  stuckAfterMs?: number;
}

/** Error Quotient and Repeated Error Density, exposed for the panel, the skill model and the benchmarks. */
export interface DiagnosticMetrics {
  /** Jadud's Error Quotient over the recent compile-event pairs of all documents (0..1), undefined before any pair. */
  errorQuotient: number | undefined;
  errorQuotientPairs: number;
  /** Becker's Repeated Error Density per error key, over the session's compile events in order. */
  repeatedErrorDensity: RepeatedErrorDensity[];
  totalRepeatedErrorDensity: number;
  compileEvents: number;
  documents: number;
  liveDiagnostics: number;
  droppedDiagnostics: number;
  evictedDocuments: number;
}

/** One document's figures. */
export interface DocumentDiagnosticMetrics {
  errorQuotient: number | undefined;
  compileEvents: number;
  liveDiagnostics: number;
}

interface Tracked {
  id: number;
  key: string;
  diagnostic: DiagnosticInput;
  /** The range moved through the edits since the last snapshot (the diagnostic's own range is as reported). */
  range: Range;
  introducedAt: number;
  preexisting: boolean;
  swallowed: boolean;
  stuckReported: boolean;
  words: Set<string>;
}

interface DocumentState {
  live: Tracked[];
  editedSinceSnapshot: boolean;
  editLine: number | undefined;
  lastCompile: CompileEvent | undefined;
  introducedCounts: Map<string, number>;
  errorQuotient: RollingMean;
  compileEvents: number;
  baselined: boolean;
}

const DEFAULTS: Required<DiagnosticTrackerOptions> = {
  maxDocuments: 200,
  maxLivePerDocument: 1000,
  maxLineDrift: 2,
  recentWindowMs: 60 * 60 * 1000,
  maxKeys: 1000,
  errorQuotientWindow: 200,
  stuckAfterMs: 2 * 60 * 1000,
};
const MAX_RECENT_PER_KEY = 64;

/**
 * Turns the successive diagnostic snapshots of each document, and the edits in between, into introduced /
 * persisting / resolved events with time-to-fix and repeat counts, and keeps the Error Quotient and Repeated Error
 * Density. Driven by the extension's diagnostics watcher (snapshots, debounced) and edit listener (every change).
 * Pure: the caller passes the time; memory is bounded by the options.
 */
export class DiagnosticTracker {
  private readonly options: Required<DiagnosticTrackerOptions>;
  private readonly documents = new Map<string, DocumentState>();
  private readonly recentIntroductions = new Map<string, number[]>();
  private readonly errorQuotient: RollingMean;
  private readonly red: RepeatedErrorDensityCounter;
  private nextId = 1;
  private compileEvents = 0;
  private dropped = 0;
  private evictedDocuments = 0;

  constructor(options: DiagnosticTrackerOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
    for (const [name, value] of Object.entries(this.options)) {
      if (!Number.isFinite(value) || value < 0) throw new RangeError(`DiagnosticTracker option ${name} must be a non-negative number, got ${value}`);
    }
    this.errorQuotient = new RollingMean(Math.max(1, Math.floor(this.options.errorQuotientWindow)));
    this.red = new RepeatedErrorDensityCounter(this.options.maxKeys);
  }

  /**
   * Records the diagnostics a document has when it is first seen (opened, or present at activation). They are
   * tracked, and reported as `preexisting` when they persist or resolve, but are not blamed on the engineer.
   */
  baseline(docId: string, diagnostics: readonly DiagnosticInput[], now: number): DiagnosticEvent[] {
    const doc = this.freshDocument(docId);
    doc.baselined = true;
    return this.diff(docId, doc, this.accept(diagnostics), now, true);
  }

  /** Moves the tracked diagnostics of a document through content changes, applied in the order given. */
  applyChanges(docId: string, changes: readonly ContentChange[]): void {
    const doc = this.documents.get(docId);
    if (!doc) return;
    for (const change of changes) {
      const end = insertedEnd(change);
      for (const tracked of doc.live) {
        const shifted = shiftRange(tracked.range, change, end);
        tracked.range = shifted.range;
        if (shifted.swallowed) tracked.swallowed = true;
      }
      const last = doc.lastCompile;
      if (last) {
        if (last.firstErrorLine !== undefined) last.firstErrorLine = shiftLine(last.firstErrorLine, change, end);
        if (last.editLine !== undefined) last.editLine = shiftLine(last.editLine, change, end);
      }
      doc.editLine = doc.editLine === undefined ? change.range.startLine : shiftLine(doc.editLine, change, end);
      doc.editedSinceSnapshot = true;
    }
  }

  /** Compares a new snapshot of a document with what is tracked and reports the differences. */
  update(docId: string, diagnostics: readonly DiagnosticInput[], now: number): DiagnosticEvent[] {
    let doc = this.documents.get(docId);
    if (doc) {
      this.documents.delete(docId);
      this.documents.set(docId, doc);
    } else {
      doc = this.freshDocument(docId);
    }
    const accepted = this.accept(diagnostics);
    // A republish without edits is not a new compile event; neither is the first look at a baselined document.
    if (doc.editedSinceSnapshot || (doc.compileEvents === 0 && !doc.baselined)) this.recordCompileEvent(doc, accepted);
    return this.diff(docId, doc, accepted, now, false);
  }

  private accept(diagnostics: readonly DiagnosticInput[]): readonly DiagnosticInput[] {
    if (diagnostics.length <= this.options.maxLivePerDocument) return diagnostics;
    this.dropped += diagnostics.length - this.options.maxLivePerDocument;
    return diagnostics.slice(0, this.options.maxLivePerDocument);
  }

  /**
   * Whether a document is tracked. The extension calls `baseline` for a document it has not seen (on open, and for
   * open documents at activation); `update` on an unknown document counts everything in it as introduced now.
   */
  has(docId: string): boolean {
    return this.documents.has(docId);
  }

  /**
   * Forgets a closed or deleted document: its diagnostics vanish without being counted as fixed. Call it on close,
   * before language servers clear a closed file's diagnostics, or those clears would read as fixes.
   */
  forget(docId: string): void {
    this.documents.delete(docId);
  }

  /** Session-wide metrics. */
  metrics(): DiagnosticMetrics {
    let live = 0;
    for (const doc of this.documents.values()) live += doc.live.length;
    const densities = this.red.densities();
    return {
      errorQuotient: this.errorQuotient.mean,
      errorQuotientPairs: this.errorQuotient.count,
      repeatedErrorDensity: densities,
      totalRepeatedErrorDensity: densities.reduce((sum, d) => sum + d.density, 0),
      compileEvents: this.compileEvents,
      documents: this.documents.size,
      liveDiagnostics: live,
      droppedDiagnostics: this.dropped,
      evictedDocuments: this.evictedDocuments,
    };
  }

  /** One document's metrics, or undefined when it is not tracked. */
  documentMetrics(docId: string): DocumentDiagnosticMetrics | undefined {
    const doc = this.documents.get(docId);
    if (!doc) return undefined;
    return { errorQuotient: doc.errorQuotient.mean, compileEvents: doc.compileEvents, liveDiagnostics: doc.live.length };
  }

  /** The tracked diagnostics of a document with their ranges moved through the edits so far (for hovers and tests). */
  liveRanges(docId: string): { trackId: number; key: string; range: Range }[] {
    return (this.documents.get(docId)?.live ?? []).map((t) => ({ trackId: t.id, key: t.key, range: t.range }));
  }

  private freshDocument(docId: string): DocumentState {
    this.documents.delete(docId);
    const doc: DocumentState = {
      live: [],
      editedSinceSnapshot: false,
      editLine: undefined,
      lastCompile: undefined,
      introducedCounts: new Map(),
      errorQuotient: new RollingMean(Math.max(1, Math.floor(this.options.errorQuotientWindow))),
      compileEvents: 0,
      baselined: false,
    };
    this.documents.set(docId, doc);
    while (this.documents.size > this.options.maxDocuments) {
      const oldest = this.documents.keys().next().value;
      if (oldest === undefined) break;
      this.documents.delete(oldest);
      this.evictedDocuments++;
    }
    return doc;
  }

  private recordCompileEvent(doc: DocumentState, diagnostics: readonly DiagnosticInput[]): void {
    let first: DiagnosticInput | undefined;
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      if (!first || d.range.startLine < first.range.startLine ||
          (d.range.startLine === first.range.startLine && d.range.startCharacter < first.range.startCharacter)) first = d;
    }
    const event: CompileEvent = {
      hasError: first !== undefined,
      firstErrorKey: first ? diagnosticKey(first) : undefined,
      firstErrorLine: first?.range.startLine,
      editLine: doc.editLine,
    };
    if (doc.lastCompile) {
      const score = jadudPairScore(doc.lastCompile, event);
      doc.errorQuotient.push(score);
      this.errorQuotient.push(score);
    }
    this.red.record(event.firstErrorKey);
    doc.lastCompile = event;
    doc.compileEvents++;
    this.compileEvents++;
    doc.editedSinceSnapshot = false;
    doc.editLine = undefined;
  }

  private diff(docId: string, doc: DocumentState, diagnostics: readonly DiagnosticInput[], now: number, baseline: boolean): DiagnosticEvent[] {
    const incoming = diagnostics.map((diagnostic) => ({ diagnostic, key: diagnosticKey(diagnostic), words: messageWords(diagnostic.message) }));
    const matchOf = this.match(doc.live, incoming);
    const events: DiagnosticEvent[] = [];
    const stillLive = new Set<Tracked>();
    const nextLive: Tracked[] = [];

    incoming.forEach((item, index) => {
      const tracked = matchOf[index];
      if (tracked) {
        stillLive.add(tracked);
        tracked.diagnostic = item.diagnostic;
        tracked.range = item.diagnostic.range;
        tracked.words = item.words;
        tracked.swallowed = false;
        const ageMs = Math.max(0, now - tracked.introducedAt);
        const becameStuck = !tracked.stuckReported && ageMs >= this.options.stuckAfterMs;
        if (becameStuck) tracked.stuckReported = true;
        events.push({
          type: 'persisting', docId, trackId: tracked.id, diagnostic: item.diagnostic, key: tracked.key, at: now,
          preexisting: tracked.preexisting, introducedAt: tracked.introducedAt, ageMs, becameStuck,
        });
        nextLive.push(tracked);
        return;
      }
      const created: Tracked = {
        id: this.nextId++, key: item.key, diagnostic: item.diagnostic, range: item.diagnostic.range, introducedAt: now,
        preexisting: baseline, swallowed: false, stuckReported: false, words: item.words,
      };
      nextLive.push(created);
      const repeats = baseline ? { inDocument: 0, recent: 0 } : this.countIntroduction(doc, item.key, now);
      events.push({
        type: 'introduced', docId, trackId: created.id, diagnostic: item.diagnostic, key: item.key, at: now,
        preexisting: baseline, repeatInDocument: repeats.inDocument, repeatRecent: repeats.recent,
      });
    });

    for (const tracked of doc.live) {
      if (stillLive.has(tracked)) continue;
      events.push({
        type: 'resolved', docId, trackId: tracked.id, diagnostic: { ...tracked.diagnostic, range: tracked.range }, key: tracked.key,
        at: now, preexisting: tracked.preexisting, introducedAt: tracked.introducedAt,
        timeToFixMs: Math.max(0, now - tracked.introducedAt), swallowed: tracked.swallowed,
      });
    }
    doc.live = nextLive;
    return events;
  }

  /**
   * Pairs incoming diagnostics with tracked ones of the same key, nearest first: line distance after shifting
   * dominates, message similarity breaks ties, then the column. Greedy on sorted costs, which is optimal enough
   * here because true matches sit at distance ~0 and decoys are lines away.
   */
  private match(live: readonly Tracked[], incoming: readonly { diagnostic: DiagnosticInput; key: string; words: Set<string> }[]): (Tracked | undefined)[] {
    const result: (Tracked | undefined)[] = new Array(incoming.length).fill(undefined);
    if (live.length === 0) return result;
    const byKey = new Map<string, Tracked[]>();
    for (const t of live) {
      const list = byKey.get(t.key);
      if (list) list.push(t);
      else byKey.set(t.key, [t]);
    }
    const pairs: { cost: number; incomingIndex: number; tracked: Tracked }[] = [];
    incoming.forEach((item, incomingIndex) => {
      const candidates = byKey.get(item.key);
      if (!candidates) return;
      const r = item.diagnostic.range;
      for (const tracked of candidates) {
        const lineDelta = Math.abs(tracked.range.startLine - r.startLine);
        if (lineDelta > this.options.maxLineDrift) continue;
        const charDelta = Math.min(100, Math.abs(tracked.range.startCharacter - r.startCharacter));
        const cost = lineDelta * 10 + (1 - similarity(tracked.words, item.words)) * 5 + charDelta / 100;
        pairs.push({ cost, incomingIndex, tracked });
      }
    });
    pairs.sort((a, b) => a.cost - b.cost);
    const taken = new Set<Tracked>();
    for (const pair of pairs) {
      if (result[pair.incomingIndex] || taken.has(pair.tracked)) continue;
      result[pair.incomingIndex] = pair.tracked;
      taken.add(pair.tracked);
    }
    return result;
  }

  private countIntroduction(doc: DocumentState, key: string, now: number): { inDocument: number; recent: number } {
    const inDocument = (doc.introducedCounts.get(key) ?? 0) + 1;
    doc.introducedCounts.delete(key);
    doc.introducedCounts.set(key, inDocument);
    trimOldest(doc.introducedCounts, this.options.maxKeys);

    const cutoff = now - this.options.recentWindowMs;
    const times = (this.recentIntroductions.get(key) ?? []).filter((t) => t > cutoff);
    times.push(now);
    if (times.length > MAX_RECENT_PER_KEY) times.splice(0, times.length - MAX_RECENT_PER_KEY);
    this.recentIntroductions.delete(key);
    this.recentIntroductions.set(key, times);
    trimOldest(this.recentIntroductions, this.options.maxKeys);
    return { inDocument, recent: times.length };
  }
}

function trimOldest<V>(map: Map<string, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) return;
    map.delete(oldest);
  }
}

/**
 * What "the same error" means across snapshots and documents: source and code, or, for tools that give no code,
 * the message with its quoted names blanked so `'x' is not defined` and `'y' is not defined` count as one error.
 */
export function diagnosticKey(diagnostic: Pick<DiagnosticInput, 'code' | 'source' | 'message'>): string {
  const source = diagnostic.source ?? '';
  if (diagnostic.code) return `${source}|${diagnostic.code}`;
  const normalized = diagnostic.message.replace(/'[^']*'|"[^"]*"|`[^`]*`|\d+/g, '_').slice(0, 80);
  return `${source}|~${normalized}`;
}

function messageWords(message: string): Set<string> {
  return new Set(message.toLowerCase().match(/[\p{L}\p{N}_]+/gu)?.slice(0, 40) ?? []);
}

/** Jaccard similarity of two word sets; 1 for two empty messages. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}
