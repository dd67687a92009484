import type { ContentChange } from './contentChange';
import { diagnosticObservations, type ConceptMapper } from './diagnosticObservations';
import { DiagnosticTracker, type DiagnosticEvent, type DiagnosticInput, type DiagnosticMetrics, type DiagnosticTrackerOptions } from './diagnosticTracker';
import { EditTracker, type ChangeReason, type EditEvent, type EditTrackerOptions } from './editTracker';
import { FileFilter, type FileFilterSettings, type FilterDecision, type FilterDocument } from './fileFilter';
import { ObservationBuffer, type ObservationBufferOptions, type ObservationBufferStats } from './observationBuffer';
import type { Observation } from '../../shared/observation';
import { splitLateFirstAnswer, type EditedSpan } from './baselinePolicy';

/** A document the extension opened, as plain data. */
export interface SessionDocument extends FilterDocument {
  /** Stable id, normally the URI string. */
  id: string;
  /** Editor language id, passed to the concept mapper and kept as evidence. */
  languageId: string;
}

/** What the session needs; only the mapper is required. */
export interface SignalSessionOptions {
  mapToConcepts: ConceptMapper;
  filter?: FileFilterSettings;
  diagnostics?: DiagnosticTrackerOptions;
  edits?: EditTrackerOptions;
  buffer?: ObservationBufferOptions;
  /** Documents remembered as watched; the least recently used is dropped beyond this (open editors are far fewer). */
  maxWatchedDocuments?: number;
}

/** The result of one diagnostic snapshot: the events, the observations they became, and what could not be mapped. */
export interface SnapshotResult {
  events: DiagnosticEvent[];
  observations: Observation[];
  unmapped: number;
  problems: string[];
}

/** Figures for the log, the panel's "what Skilltrace sees" view and the benchmarks. */
export interface SignalSessionMetrics {
  watchedDocuments: number;
  ignoredDocuments: number;
  diagnostics: DiagnosticMetrics;
  buffer: ObservationBufferStats;
  unmappedDiagnostics: number;
}

const MAX_UNMAPPED_KEYS = 500;

/**
 * The signal side of the extension in one object, so the VS Code wrappers stay thin: documents are filtered when
 * opened, edits feed the edit and diagnostic trackers on the keystroke path, debounced diagnostic snapshots become
 * observations in the bounded buffer, and unmapped diagnostics are counted per key so the catalog can grow.
 * Pure: every call passes the time; nothing here touches `vscode` or the disk.
 */
export class SignalSession {
  readonly buffer: ObservationBuffer;
  private readonly diagnosticsTracker: DiagnosticTracker;
  private readonly editTracker: EditTracker;
  private filter: FileFilter;
  private readonly watched = new Map<string, { file: string; languageId: string }>();
  private readonly maxWatched: number;
  private ignored = 0;
  private unmappedTotal = 0;
  private readonly unmappedByKey = new Map<string, number>();

  constructor(private readonly options: SignalSessionOptions) {
    this.diagnosticsTracker = new DiagnosticTracker(options.diagnostics);
    this.editTracker = new EditTracker(options.edits);
    this.buffer = new ObservationBuffer(options.buffer);
    this.filter = new FileFilter(options.filter);
    this.maxWatched = options.maxWatchedDocuments ?? 500;
  }

  /** Problems with the ignore settings, for the log. */
  get filterProblems(): readonly string[] {
    return this.filter.problems;
  }

  /** Applies changed `skilltrace.ignore` / `files.exclude` settings to documents opened from now on. */
  updateFilter(settings: FileFilterSettings): void {
    this.filter = new FileFilter(settings);
  }

  /**
   * A document was opened (or was open at activation): decides whether it is watched and, if so, records its current
   * diagnostics as the baseline, so problems that were already there are not blamed on the engineer.
   */
  open(document: SessionDocument, diagnostics: readonly DiagnosticInput[], now: number): FilterDecision {
    const decision = this.filter.decide(document);
    if (!decision.watched) {
      this.ignored++;
      this.forgetDocument(document.id);
      return decision;
    }
    this.watched.delete(document.id);
    this.watched.set(document.id, { file: document.path, languageId: document.languageId });
    while (this.watched.size > this.maxWatched) {
      const oldest = this.watched.keys().next().value;
      if (oldest === undefined) break;
      this.forgetDocument(oldest);
    }
    this.diagnosticsTracker.baseline(document.id, diagnostics, now);
    return decision;
  }

  /** Whether a document is watched (opened and not filtered out). */
  isWatched(docId: string): boolean {
    return this.watched.has(docId);
  }

  /** The keystroke path: one change event of a watched document. Unwatched documents cost a map lookup. */
  change(docId: string, changes: readonly ContentChange[], reason: ChangeReason, now: number): readonly EditEvent[] {
    if (!this.watched.has(docId)) return [];
    this.diagnosticsTracker.applyChanges(docId, changes);
    return this.editTracker.onChange(docId, changes, reason, now);
  }

  /** A debounced diagnostic snapshot of a watched document; its observations are added to the buffer. */
  diagnostics(docId: string, diagnostics: readonly DiagnosticInput[], now: number): SnapshotResult {
    const document = this.watched.get(docId);
    if (!document) return { events: [], observations: [], unmapped: 0, problems: [] };
    const events = this.diagnosticsTracker.update(docId, diagnostics, now);
    const result = diagnosticObservations(events, { mapToConcepts: this.options.mapToConcepts, file: document.file, language: document.languageId });
    const rejected = this.buffer.pushAll(result.observations);
    const problems = [...result.problems, ...rejected.map((r) => `observation rejected: ${r.error}`)];
    const introducedUnmapped = result.unmapped.filter((e) => e.type === 'introduced');
    for (const event of introducedUnmapped) {
      const key = `${document.languageId}|${event.key}`;
      const count = (this.unmappedByKey.get(key) ?? 0) + 1;
      this.unmappedByKey.delete(key);
      this.unmappedByKey.set(key, count);
      if (this.unmappedByKey.size > MAX_UNMAPPED_KEYS) {
        const oldest = this.unmappedByKey.keys().next().value;
        if (oldest !== undefined) this.unmappedByKey.delete(oldest);
      }
    }
    this.unmappedTotal += introducedUnmapped.length;
    return { events, observations: result.observations, unmapped: introducedUnmapped.length, problems };
  }

  /**
   * The tools' first answer for a document arrived only after the engineer began editing it (a cold language server):
   * problems away from the edited lines are recorded as the file's baseline, the rest are treated as the engineer's.
   */
  lateFirstAnswer(docId: string, diagnostics: readonly DiagnosticInput[], edited: EditedSpan, now: number): SnapshotResult {
    if (!this.watched.has(docId)) return { events: [], observations: [], unmapped: 0, problems: [] };
    this.diagnosticsTracker.baseline(docId, splitLateFirstAnswer(diagnostics, edited).preexisting, now);
    return this.diagnostics(docId, diagnostics, now);
  }

  /** A document was closed: its state is dropped; its open diagnostics are not counted as fixed. */
  close(docId: string): void {
    this.forgetDocument(docId);
  }

  /** Whether the engineer is typing right now (for the nudge policy). */
  isTypingBurst(now: number): boolean {
    return this.editTracker.isTypingBurst(now);
  }

  /** Churn of the most reworked regions of a document (for review hints and the panel). */
  hotRegions(docId: string, now: number, limit?: number): ReturnType<EditTracker['hotRegions']> {
    return this.editTracker.hotRegions(docId, now, limit);
  }

  /** Introduced diagnostics no rule mapped, per `language|source|code`, most frequent first: where the catalog should grow. */
  unmappedKeys(limit = 50): { key: string; count: number }[] {
    return [...this.unmappedByKey].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, limit);
  }

  metrics(): SignalSessionMetrics {
    return {
      watchedDocuments: this.watched.size,
      ignoredDocuments: this.ignored,
      diagnostics: this.diagnosticsTracker.metrics(),
      buffer: this.buffer.stats(),
      unmappedDiagnostics: this.unmappedTotal,
    };
  }

  private forgetDocument(docId: string): void {
    this.watched.delete(docId);
    this.diagnosticsTracker.forget(docId);
    this.editTracker.forget(docId);
  }
}
