import * as vscode from 'vscode';
import { performance } from 'node:perf_hooks';
import { emptyPanelState, type PanelDiagnostic, type PanelState, type PanelToHost } from '../shared/webviewProtocol';
import { createLogger } from './logger';
import { LazyPart } from './lazyParts';
import { DiagnosticWatcher, type DocumentDiagnostics } from './diagnosticWatcher';
import { TutorViewProvider, TUTOR_VIEW_ID } from './tutorViewProvider';

/** Set by the esbuild banner at the first line of the bundle, so load time can be measured. */
declare const __skilltraceLoadStart: number | undefined;

/** What the extension exports to other extensions and to its own integration tests. */
export interface SkilltraceApi {
  /** Milliseconds spent inside `activate()`. */
  readonly activationMs: number;
  /** Milliseconds from the bundle's first line to the end of `activate()` (module load included). */
  readonly loadAndActivateMs: number;
  /** The state the panel renders, as last computed. */
  getPanelState(): PanelState;
  /** Fires whenever the panel state changes. */
  readonly onDidChangePanelState: vscode.Event<PanelState>;
  /** Whether the tutor panel is open and has completed its ready handshake. */
  isPanelReady(): boolean;
  /** Names of the heavy parts (grammars, LLM client, …) loaded so far. */
  loadedParts(): string[];
  /** Heavy parts already loaded when activate() returned: the activation benchmark wants none. */
  readonly loadedOnActivation: readonly string[];
}

const MAX_PANEL_DIAGNOSTICS = 200;


export function activate(context: vscode.ExtensionContext): SkilltraceApi {
  const started = performance.now();
  const logger = createLogger();
  const stateEmitter = new vscode.EventEmitter<PanelState>();
  const byDocument = new Map<string, PanelDiagnostic[]>();
  let state: PanelState = emptyPanelState();

  const recompute = (): void => {
    const all = [...byDocument.values()].flat();
    all.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.label.localeCompare(b.label) || a.line - b.line);
    state = { ...state, diagnostics: all.slice(0, MAX_PANEL_DIAGNOSTICS), diagnosticCount: all.length };
    stateEmitter.fire(state);
    view.post();
  };

  const onSnapshot = ({ uri, diagnostics }: DocumentDiagnostics): void => {
    const key = uri.toString();
    if (diagnostics.length === 0) byDocument.delete(key);
    else byDocument.set(key, diagnostics.map((d, i) => toPanelDiagnostic(uri, d, i)));
    recompute();
  };

  const onPanelMessage = (message: PanelToHost): void => {
    switch (message.type) {
      case 'webview/ready':
        return;
      case 'view/select':
        state = { ...state, view: message.view };
        stateEmitter.fire(state);
        return;
      case 'location/open':
        void openLocation(message.file, message.line, message.character).catch((e: unknown) => logger.error('Could not open the location', e));
        return;
      default: {
        const unreachable: never = message;
        logger.warn(`Unhandled panel message ${JSON.stringify(unreachable)}`);
      }
    }
  };

  const view = new TutorViewProvider(context.extensionUri, () => state, onPanelMessage, logger);
  const watcher = new DiagnosticWatcher(onSnapshot);

  context.subscriptions.push(
    logger,
    stateEmitter,
    view,
    watcher,
    vscode.window.registerWebviewViewProvider(TUTOR_VIEW_ID, view),
    vscode.commands.registerCommand('skilltrace.openPanel', () => view.reveal()),
    vscode.commands.registerCommand('skilltrace.showLog', () => logger.show()),
  );

  // Diagnostics that existed before activation arrive through one deferred read, off the activation path.
  setTimeout(() => {
    for (const snapshot of watcher.snapshotAll()) onSnapshot(snapshot);
  }, 0);

  const ended = performance.now();
  const loadedOnActivation = LazyPart.loadedNames();
  const activationMs = ended - started;
  const loadAndActivateMs = typeof __skilltraceLoadStart === 'number' ? ended - __skilltraceLoadStart : activationMs;
  logger.info(`Activated in ${activationMs.toFixed(2)} ms (${loadAndActivateMs.toFixed(2)} ms including module load).`);

  return {
    activationMs,
    loadAndActivateMs,
    getPanelState: () => state,
    onDidChangePanelState: stateEmitter.event,
    isPanelReady: () => view.isReady,
    loadedParts: () => LazyPart.loadedNames(),
    loadedOnActivation,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

function severityRank(severity: PanelDiagnostic['severity']): number {
  return { error: 0, warning: 1, info: 2, hint: 3 }[severity];
}

function toPanelDiagnostic(uri: vscode.Uri, d: vscode.Diagnostic, index: number): PanelDiagnostic {
  const code = typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
  const severity = (['error', 'warning', 'info', 'hint'] as const)[d.severity] ?? 'info';
  return {
    id: `${uri.toString()}#${index}`,
    file: uri.toString(),
    label: vscode.workspace.asRelativePath(uri, false),
    line: d.range.start.line,
    character: d.range.start.character,
    severity,
    source: d.source?.slice(0, 128),
    code: code?.slice(0, 128),
    message: d.message.slice(0, 2000),
    conceptIds: [],
  };
}

async function openLocation(file: string, line: number, character: number): Promise<void> {
  const uri = vscode.Uri.parse(file, true);
  if (uri.scheme !== 'file' && uri.scheme !== 'untitled') throw new Error(`Refusing to open a ${uri.scheme}: location from the panel`);
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preserveFocus: false });
}
