import * as vscode from 'vscode';
import type { Observation, Range } from '../shared/observation';
import { DiagnosticTracker, type DiagnosticInput, type DiagnosticSeverity } from '../core/signals/diagnosticTracker';
import { diagnosticObservations, type ConceptMapper } from '../core/signals/diagnosticObservations';
import { EditTracker, type EditEvent } from '../core/signals/editTracker';
import type { ContentChange } from '../core/signals/contentChange';
import { FileFilter } from '../core/signals/fileFilter';
import type { StructureAnalyzer } from '../core/structure/structureAnalyzer';
import { opportunitiesToObservations } from '../core/structure/opportunityObservations';
import type { Logger } from './logger';

/** What the pipeline hands on: observations for the model, plus the raw edit events for the nudge policy. */
export interface SignalSink {
  observe(observations: readonly Observation[]): void;
  editEvent(event: EditEvent): void;
  /** A diagnostic set after the debounce, with each diagnostic's concepts, for the panel, hovers and code actions. */
  diagnostics(uri: vscode.Uri, mapped: readonly { diagnostic: vscode.Diagnostic; concepts: readonly { id: string; weight: number }[] }[]): void;
  unmapped(count: number): void;
}

const SEVERITIES: readonly DiagnosticSeverity[] = ['error', 'warning', 'info', 'hint'];
const STRUCTURE_DEBOUNCE_MS = 500;
const DIAGNOSTIC_DEBOUNCE_MS = 400;

/** Converts a VS Code diagnostic to the trackers' plain data. */
export function toDiagnosticInput(d: vscode.Diagnostic): DiagnosticInput {
  const code = typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
  return { code, source: d.source, message: d.message, severity: SEVERITIES[d.severity] ?? 'info', range: toRange(d.range) };
}

export function toRange(r: vscode.Range): Range {
  return { startLine: r.start.line, startCharacter: r.start.character, endLine: r.end.line, endCharacter: r.end.character };
}

/**
 * Watches diagnostics, edits and structure and turns them into observations. The keystroke path only records
 * the change in the pure trackers (microseconds, see BENCHMARKS.md); diagnostics are read after a per-document
 * debounce, and structure queries run after a longer one, each superseding the stale one.
 */
export class SignalPipeline implements vscode.Disposable {
  private readonly diagnosticsTracker = new DiagnosticTracker();
  readonly edits = new EditTracker();
  private filter: FileFilter;
  private readonly diagnosticTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly structureTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly editedRanges = new Map<string, Range>();
  private readonly openInStructure = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private enabled: boolean;

  constructor(
    private readonly mapper: ConceptMapper,
    private readonly sink: SignalSink,
    private readonly structure: () => Promise<StructureAnalyzer>,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.filter = this.readFilter();
    this.enabled = vscode.workspace.getConfiguration('skilltrace').get<boolean>('enabled', true) !== false;
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.scheduleDiagnostics(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('skilltrace.ignore') || e.affectsConfiguration('files.exclude')) this.filter = this.readFilter();
        if (e.affectsConfiguration('skilltrace.enabled')) this.enabled = vscode.workspace.getConfiguration('skilltrace').get<boolean>('enabled', true) !== false;
      }),
    );
  }

  /** Reads every current diagnostic once (diagnostics that existed before activation), off the activation path. */
  primeFromCurrentDiagnostics(): void {
    for (const [uri] of vscode.languages.getDiagnostics()) this.scheduleDiagnostics(uri);
  }

  private readFilter(): FileFilter {
    const filter = new FileFilter({
      ignore: vscode.workspace.getConfiguration('skilltrace').get<string[]>('ignore', []),
      filesExclude: vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude', {}),
    });
    for (const problem of filter.problems) this.logger.warn(problem);
    return filter;
  }

  /** Whether a document is watched (scheme, ignore globs, generated/vendored files). */
  watches(uri: vscode.Uri, head?: string): boolean {
    if (!this.enabled) return false;
    const decision = this.filter.decide({ scheme: uri.scheme, path: uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : uri.path, head });
    return decision.watched;
  }

  private documentHead(uri: vscode.Uri): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc?.getText(new vscode.Range(0, 0, 5, 0));
  }

  private scheduleDiagnostics(uri: vscode.Uri): void {
    if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return;
    const key = uri.toString();
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
    const all = vscode.languages.getDiagnostics(uri);
    if (!this.watches(uri, this.documentHead(uri))) {
      this.sink.diagnostics(uri, []);
      return;
    }
    const language = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.languageId ?? languageFromPath(uri.path);
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
    const events = this.diagnosticsTracker.update(key, all.map(toDiagnosticInput), this.now());
    if (events.length === 0) return;
    const result = diagnosticObservations(events, { mapToConcepts: this.mapper, file: vscode.workspace.asRelativePath(uri, false), language });
    for (const problem of result.problems) this.logger.warn(problem);
    if (result.unmapped.length) this.sink.unmapped(result.unmapped.length);
    if (result.observations.length) this.sink.observe(result.observations);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const uri = e.document.uri;
    if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return;
    const key = uri.toString();
    const changes: ContentChange[] = e.contentChanges.map((c) => ({ range: toRange(c.range), rangeLength: c.rangeLength, text: c.text }));
    // Keystroke path: only O(1)-ish bookkeeping here.
    this.diagnosticsTracker.applyChanges(key, changes);
    const reason = e.reason === vscode.TextDocumentChangeReason.Undo ? 'undo' : e.reason === vscode.TextDocumentChangeReason.Redo ? 'redo' : undefined;
    for (const event of this.edits.onChange(key, changes, reason, this.now())) this.sink.editEvent(event);
    if (this.openInStructure.has(key)) {
      void this.structure().then((s) => {
        const ok = s.applyChanges(
          key,
          e.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text })),
        );
        if (!ok) this.openInStructure.delete(key);
      });
    }
    const last = changes[changes.length - 1];
    if (last) {
      const lines = last.text.split('\n').length - 1;
      this.editedRanges.set(key, { startLine: last.range.startLine, startCharacter: 0, endLine: last.range.startLine + lines, endCharacter: 0 });
    }
    this.scheduleStructure(e.document);
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
    if (document.isClosed || !this.watches(document.uri, document.getText(new vscode.Range(0, 0, 5, 0)))) return;
    const key = document.uri.toString();
    const range = this.editedRanges.get(key);
    if (!range) return;
    const analyzer = await this.structure();
    if (!analyzer.supportsLanguage(document.languageId)) return;
    if (!this.openInStructure.has(key)) {
      // First need: the grammar loads here, never during activation. The text passed is current, so no replay is needed.
      if (!(await analyzer.openDocument(key, document.languageId, document.getText()))) return;
      this.openInStructure.add(key);
    }
    const occurrences = analyzer.opportunitiesAt(key, range);
    const observations = opportunitiesToObservations(occurrences, { file: vscode.workspace.asRelativePath(document.uri, false), language: document.languageId, timestamp: this.now() });
    if (observations.length) this.sink.observe(observations);
  }

  /** The construct enclosing a position, for diagnostics no rule maps (undefined when structure is not loaded). */
  async enclosingKind(document: vscode.TextDocument, position: vscode.Position): Promise<string | undefined> {
    const key = document.uri.toString();
    if (!this.openInStructure.has(key)) return undefined;
    const analyzer = await this.structure();
    return analyzer.enclosingConstruct(key, { line: position.line, character: position.character })?.interestingKind;
  }

  metrics(): ReturnType<DiagnosticTracker['metrics']> {
    return this.diagnosticsTracker.metrics();
  }

  private onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.editedRanges.delete(key);
    this.edits.forget(key);
    if (this.openInStructure.delete(key)) void this.structure().then((s) => s.closeDocument(key));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    for (const t of [...this.diagnosticTimers.values(), ...this.structureTimers.values()]) clearTimeout(t);
    this.diagnosticTimers.clear();
    this.structureTimers.clear();
  }
}

function languageFromPath(path: string): string | undefined {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const byExt: Record<string, string> = { ts: 'typescript', tsx: 'typescriptreact', js: 'javascript', jsx: 'javascriptreact', mjs: 'javascript', cjs: 'javascript', py: 'python', java: 'java', go: 'go', rs: 'rust', cs: 'csharp' };
  return byExt[ext];
}
