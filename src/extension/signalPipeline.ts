import * as vscode from 'vscode';
import type { Observation, Range } from '../shared/observation';
import type { DiagnosticInput, DiagnosticSeverity } from '../core/signals/diagnosticTracker';
import type { ConceptMapper } from '../core/signals/diagnosticObservations';
import type { EditEvent } from '../core/signals/editTracker';
import type { ContentChange } from '../core/signals/contentChange';
import { SignalSession, type SignalSessionMetrics } from '../core/signals/signalSession';
import { EditedSpan, isBaselineAnswer } from '../core/signals/baselinePolicy';
import type { StructureAnalyzer } from '../core/structure/structureAnalyzer';
import { opportunitiesToObservations } from '../core/structure/opportunityObservations';
import type { Logger } from './logger';

/** What the pipeline hands on: observations for the model, plus the raw edit events for the nudge policy. */
export interface SignalSink {
  observe(observations: readonly Observation[]): void;
  editEvent(event: EditEvent): void;
  /** A diagnostic set after the debounce, with each diagnostic's concepts, for the panel, hovers and code actions. */
  diagnostics(uri: vscode.Uri, mapped: readonly { diagnostic: vscode.Diagnostic; concepts: readonly { id: string; weight: number }[] }[]): void;
}

const SEVERITIES: readonly DiagnosticSeverity[] = ['error', 'warning', 'info', 'hint'];
const STRUCTURE_DEBOUNCE_MS = 500;
const DIAGNOSTIC_DEBOUNCE_MS = 400;
/** After an edit elsewhere, how long after opening a file its first diagnostics still count as what it already had. */
const BASELINE_WINDOW_MS = 20_000;
/** How long after opening a file a first answer that arrives after the engineer's first edit is split by edited lines. */
const LATE_FIRST_ANSWER_MS = 120_000;

/** Converts a VS Code diagnostic to the trackers' plain data. */
export function toDiagnosticInput(d: vscode.Diagnostic): DiagnosticInput {
  const code = typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
  return { code, source: d.source, message: d.message, severity: SEVERITIES[d.severity] ?? 'info', range: toRange(d.range) };
}

export function toRange(r: vscode.Range): Range {
  return { startLine: r.start.line, startCharacter: r.start.character, endLine: r.end.line, endCharacter: r.end.character };
}

/**
 * Watches diagnostics, edits and structure and turns them into observations, through the pure SignalSession. The
 * keystroke path only records the change (microseconds, see BENCHMARKS.md); diagnostics are read after a
 * per-document debounce, and structure queries run after a longer one, each superseding the stale one.
 * Diagnostics a file already had when it was opened are its baseline: they are shown, but not blamed on the engineer.
 */
export class SignalPipeline implements vscode.Disposable {
  readonly session: SignalSession;
  private readonly diagnosticTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly structureTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly editedRanges = new Map<string, Range>();
  private readonly openInStructure = new Set<string>();
  /**
   * Documents opened and not yet edited, with when they opened: diagnostic sets that arrive before the engineer edits
   * (core/signals/baselinePolicy) are what the file already had (several tools answer at different times).
   */
  private readonly awaitingBaseline = new Map<string, { openedAt: number; answered: boolean }>();
  /** Documents edited before any tool answered about them: their first answer is split by the lines edited. */
  private readonly lateFirstAnswer = new Map<string, { openedAt: number; edited: EditedSpan }>();
  /** When the engineer last edited a watched document (any), for the baseline policy. */
  private lastEditAt: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private enabled: boolean;
  /** Events before start() are ignored: start() reads the whole current state once the profile is loaded. */
  private started = false;

  constructor(
    private readonly mapper: ConceptMapper,
    private readonly sink: SignalSink,
    private readonly structure: () => Promise<StructureAnalyzer>,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.session = new SignalSession({ mapToConcepts: mapper, filter: readFilterSettings() });
    for (const problem of this.session.filterProblems) logger.warn(problem);
    this.enabled = readEnabled();
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.scheduleDiagnostics(uri);
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => this.onOpen(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('skilltrace.ignore') || e.affectsConfiguration('files.exclude')) {
          this.session.updateFilter(readFilterSettings());
          for (const problem of this.session.filterProblems) this.logger.warn(problem);
        }
        if (e.affectsConfiguration('skilltrace.enabled')) this.enabled = readEnabled();
      }),
    );
  }

  /** Takes in the documents already open and their diagnostics, off the activation path. */
  start(): void {
    this.started = true;
    for (const doc of vscode.workspace.textDocuments) this.onOpen(doc);
    for (const [uri] of vscode.languages.getDiagnostics()) this.scheduleDiagnostics(uri);
  }

  private onOpen(doc: vscode.TextDocument): void {
    if (!this.started) return;
    const uri = doc.uri;
    if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return;
    const key = uri.toString();
    const decision = this.session.open(
      { id: key, scheme: uri.scheme, path: relativePath(uri), head: doc.getText(new vscode.Range(0, 0, 5, 0)), languageId: doc.languageId },
      vscode.languages.getDiagnostics(uri).map(toDiagnosticInput),
      this.now(),
    );
    if (decision.watched) this.awaitingBaseline.set(key, { openedAt: this.now(), answered: false });
    else this.logger.info(`Not watching ${relativePath(uri)}: ${decision.reason}`);
  }

  /** Whether a document is watched (setting on, scheme, ignore globs, generated/vendored files). */
  watches(uri: vscode.Uri): boolean {
    return this.enabled && this.session.isWatched(uri.toString());
  }

  private scheduleDiagnostics(uri: vscode.Uri): void {
    if (!this.started) return;
    if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return;
    const key = uri.toString();
    const awaiting = this.awaitingBaseline.get(key);
    if (awaiting) awaiting.answered = true;
    const pending = this.diagnosticTimers.get(key);
    if (pending) clearTimeout(pending);
    this.diagnosticTimers.set(
      key,
      setTimeout(() => {
        this.diagnosticTimers.delete(key);
        try {
          this.readDiagnostics(uri);
        } catch (error) {
          this.logger.error(`Could not process the diagnostics of ${uri.toString(true)}`, error);
        }
      }, DIAGNOSTIC_DEBOUNCE_MS),
    );
  }

  private readDiagnostics(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.watches(uri)) {
      this.sink.diagnostics(uri, []);
      return;
    }
    const all = vscode.languages.getDiagnostics(uri);
    const language = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.languageId;
    const mapped = all.map((diagnostic) => {
      let concepts: readonly { id: string; weight: number }[] = [];
      try {
        concepts = this.mapper(toDiagnosticInput(diagnostic), language);
      } catch (error) {
        this.logger.warn(`Concept mapping failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { diagnostic, concepts };
    });
    this.sink.diagnostics(uri, mapped);
    const inputs = all.map(toDiagnosticInput);
    const late = this.lateFirstAnswer.get(key);
    if (late) {
      this.lateFirstAnswer.delete(key);
      if (this.now() - late.openedAt <= LATE_FIRST_ANSWER_MS) {
        const result = this.session.lateFirstAnswer(key, inputs, late.edited, this.now());
        for (const problem of result.problems) this.logger.warn(problem);
        if (result.observations.length) this.sink.observe(result.observations);
        return;
      }
    }
    const openedAt = this.awaitingBaseline.get(key)?.openedAt;
    if (openedAt !== undefined) {
      // The document's own edits remove it from awaitingBaseline, so only edits elsewhere matter here.
      if (isBaselineAnswer({ openedAt, now: this.now(), lastEditAt: this.lastEditAt, editedSinceOpen: false, windowMs: BASELINE_WINDOW_MS })) {
        // The tools' first answers for a freshly opened file: what was there before the engineer typed.
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        if (doc) this.session.open({ id: key, scheme: uri.scheme, path: relativePath(uri), head: doc.getText(new vscode.Range(0, 0, 5, 0)), languageId: doc.languageId }, inputs, this.now());
        return;
      }
      this.awaitingBaseline.delete(key);
    }
    const result = this.session.diagnostics(key, inputs, this.now());
    for (const problem of result.problems) this.logger.warn(problem);
    if (result.observations.length) this.sink.observe(result.observations);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!this.started || e.contentChanges.length === 0) return;
    const uri = e.document.uri;
    const key = uri.toString();
    if (!this.enabled || !this.session.isWatched(key)) return;
    this.lastEditAt = this.now();
    const changes: ContentChange[] = e.contentChanges.map((c) => ({ range: toRange(c.range), rangeLength: c.rangeLength, text: c.text }));
    const awaiting = this.awaitingBaseline.get(key);
    if (awaiting) this.endBaseline(uri, awaiting);
    const late = this.lateFirstAnswer.get(key);
    if (late) for (const change of changes) late.edited.apply(change);
    // Keystroke path: only bookkeeping here.
    const reason = e.reason === vscode.TextDocumentChangeReason.Undo ? 'undo' : e.reason === vscode.TextDocumentChangeReason.Redo ? 'redo' : undefined;
    for (const event of this.session.change(key, changes, reason, this.now())) this.sink.editEvent(event);
    if (this.openInStructure.has(key)) {
      const structureChanges = e.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
      void this.structure().then((s) => {
        if (!s.applyChanges(key, structureChanges)) this.openInStructure.delete(key);
      });
    }
    const last = changes[changes.length - 1];
    if (last) {
      const lines = last.text.split('\n').length - 1;
      this.editedRanges.set(key, { startLine: last.range.startLine, startCharacter: 0, endLine: last.range.startLine + lines + 1, endCharacter: 0 });
    }
    this.scheduleStructure(e.document);
  }

  /**
   * The engineer's first edit of a freshly opened document ends its baseline. An answer the tools gave just before
   * (still in its debounce) is read now, before the edit is applied, so it stays the baseline; when no tool has
   * answered yet, the first answer will be split by the lines edited instead.
   */
  private endBaseline(uri: vscode.Uri, awaiting: { openedAt: number; answered: boolean }): void {
    const key = uri.toString();
    const pending = this.diagnosticTimers.get(key);
    if (pending) {
      clearTimeout(pending);
      this.diagnosticTimers.delete(key);
      try {
        this.readDiagnostics(uri);
      } catch (error) {
        this.logger.error(`Could not process the diagnostics of ${uri.toString(true)}`, error);
      }
    }
    this.awaitingBaseline.delete(key);
    if (!awaiting.answered) this.lateFirstAnswer.set(key, { openedAt: awaiting.openedAt, edited: new EditedSpan() });
  }

  private scheduleStructure(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.structureTimers.get(key);
    if (pending) clearTimeout(pending);
    this.structureTimers.set(
      key,
      setTimeout(() => {
        this.structureTimers.delete(key);
        void this.queryStructure(document).catch((error: unknown) => this.logger.warn(`Structure analysis skipped: ${error instanceof Error ? error.message : String(error)}`));
      }, STRUCTURE_DEBOUNCE_MS),
    );
  }

  private async queryStructure(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !this.watches(document.uri)) return;
    const key = document.uri.toString();
    const range = this.editedRanges.get(key);
    if (!range) return;
    const analyzer = await this.structure();
    if (!analyzer.supportsLanguage(document.languageId)) return;
    if (!this.openInStructure.has(key)) {
      // First need: the grammar loads here, never during activation. The text is current, so no replay is needed.
      if (!(await analyzer.openDocument(key, document.languageId, document.getText()))) return;
      this.openInStructure.add(key);
    }
    const occurrences = analyzer.opportunitiesAt(key, range);
    const observations = opportunitiesToObservations(occurrences, { file: relativePath(document.uri), language: document.languageId, timestamp: this.now() });
    if (observations.length) this.sink.observe(observations);
  }

  metrics(): SignalSessionMetrics {
    return this.session.metrics();
  }

  private onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.editedRanges.delete(key);
    this.awaitingBaseline.delete(key);
    this.lateFirstAnswer.delete(key);
    // Language servers clear a closed file's diagnostics; that is not a fix, so the session forgets the document.
    this.session.close(key);
    const timer = this.diagnosticTimers.get(key);
    if (timer) clearTimeout(timer);
    this.diagnosticTimers.delete(key);
    if (this.openInStructure.delete(key)) void this.structure().then((s) => s.closeDocument(key));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    for (const t of [...this.diagnosticTimers.values(), ...this.structureTimers.values()]) clearTimeout(t);
    this.diagnosticTimers.clear();
    this.structureTimers.clear();
  }
}

function readEnabled(): boolean {
  return vscode.workspace.getConfiguration('skilltrace').get<boolean>('enabled', true) !== false;
}

function readFilterSettings(): { ignore: string[]; filesExclude: Record<string, unknown> } {
  const ignore = vscode.workspace.getConfiguration('skilltrace').get<unknown>('ignore', []);
  return {
    ignore: Array.isArray(ignore) ? ignore.filter((x): x is string => typeof x === 'string') : [],
    filesExclude: vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude', {}),
  };
}

function relativePath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : uri.path;
}
