import * as vscode from 'vscode';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { emptyPanelState, type PanelDiagnostic, type PanelState, type PanelToHost } from '../shared/webviewProtocol';
import type { Observation } from '../shared/observation';
import { conceptCatalog, getConcept } from '../core/concepts/conceptCatalog';
import { conceptGraph } from '../core/concepts/conceptGraph';
import { SkillModel, type SkillModelOptions } from '../core/skill/skillModel';
import { shippedPopulationParameters } from '../core/skill/populationParameters';
import { OfflineLibrary } from '../core/library/offlineLibrary';
import type { SentRecord } from '../core/tutor/tutorProvider';
import { describeSentRecord } from '../core/privacy/sentRecordReport';
import { decideNudge, initialNudgeState, parseNudgeSettings, recordNudgeShown, restoreNudgeState, type NudgeState } from '../core/nudge/nudgePolicy';
import { detectStruggles } from '../core/nudge/struggleDetector';
import type { StructureAnalyzer } from '../core/structure/structureAnalyzer';
import { mapDiagnosticToConcepts } from './conceptMapper';
import { createLogger } from './logger';
import { LazyPart } from './lazyParts';
import { TutorViewProvider, TUTOR_VIEW_ID } from './tutorViewProvider';
import { SignalPipeline } from './signalPipeline';
import { TutorController, type ConceptInfo } from './tutorController';
import { skillModelPort } from './skillModelPort';
import { ConceptHoverProvider, MappedDiagnostics, WhyCodeActionProvider, type LearnConceptArgs } from './inlineHints';
import { codeContextFor } from './codeContext';
import { createLlmProvider, LLM_SECRET_KEY, type LlmTutor } from './llmProvider';
import { ProfilePersistence } from './profilePersistence';
import { registerTeachingInTheFlow, type TeachingInTheFlow } from './review/teachingInTheFlow';
import { registerTeamSync, type TeamSyncApi } from './sync/teamSync';

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
  /** The most recent observations (newest last), optionally for one concept. */
  recentObservations(limit?: number, conceptId?: string): Observation[];
  /** Sends a message as if the panel had sent it (the panel's own messages go through the same parser). */
  handlePanelMessage(message: unknown): Promise<void>;
  /** The last request sent to the LLM, as recorded after redaction. */
  lastSent(): SentRecord | undefined;
  /** Resolves once the saved profile is loaded and the watchers run. */
  whenReady(): Promise<void>;
  /** Writes the profile now (it is otherwise saved a few seconds after changes). */
  saveProfile(): Promise<void>;
  /** Loads the profile from disk again, as at start-up (recovering from the backup when needed). */
  reloadProfile(): Promise<void>;
  readonly profilePath: string;
  /** Team sync (consented skill reports to a team server). */
  readonly sync: TeamSyncApi;
}

const MAX_PANEL_DIAGNOSTICS = 200;
const MAX_OBSERVATION_LOG = 500;

export function activate(context: vscode.ExtensionContext): SkilltraceApi {
  const started = performance.now();
  const logger = createLogger();
  const stateEmitter = new vscode.EventEmitter<PanelState>();
  const byDocument = new Map<string, PanelDiagnostic[]>();
  const mappedDiagnostics = new MappedDiagnostics();
  let base: Pick<PanelState, 'view' | 'skillFilter' | 'notice'> = { view: 'now', skillFilter: '', notice: '' };
  let lastSent: SentRecord | undefined;
  const observationLog: Observation[] = [];

  const conceptInfo = (id: string): ConceptInfo | undefined => {
    const c = getConcept(id);
    return c && { id: c.id, title: c.title, description: c.description, misconception: c.misconception, languages: c.languages === '*' ? ['*'] : [...c.languages] };
  };

  // The model is built on first use (off the activation path); a saved profile replaces it when loaded.
  let model: SkillModel | undefined;
  let modelOptions: SkillModelOptions | undefined;
  const getModelOptions = (): SkillModelOptions => (modelOptions ??= { parameters: shippedPopulationParameters(), graph: conceptGraph });
  const getModel = (): SkillModel => (model ??= new SkillModel(getModelOptions()));
  const persistence = new ProfilePersistence(
    context.globalStorageUri.fsPath,
    getModelOptions,
    getModel,
    (m) => {
      model = m;
      changed();
    },
    (notice) => {
      base = { ...base, notice };
      changed();
    },
    logger,
  );
  const locate = (file: string): string | undefined => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || path.isAbsolute(file)) return file.startsWith('/') ? vscode.Uri.file(file).toString() : undefined;
    return vscode.Uri.joinPath(folder.uri, file).toString();
  };
  const modelPort = skillModelPort(getModel, locate);
  // Review hints, history, learning outcome and paste check (src/extension/review). Assigned once, below, when the
  // panel and pipeline it needs exist; the closures here read it later.
  // eslint-disable-next-line prefer-const
  let flow: TeachingInTheFlow | undefined;
  // Team sync notes quiz answers; it is created further down, once the controller exists.
  const syncHook: { note?: (o: Observation) => void } = {};
  // Every observation reaches the model through here, so the log the panel and tests read sees them all.
  const port = {
    ...modelPort,
    observe: (o: Observation): void => {
      modelPort.observe(o);
      flow?.observe(o);
      syncHook.note?.(o);
      observationLog.push(o);
      if (observationLog.length > MAX_OBSERVATION_LOG) observationLog.splice(0, observationLog.length - MAX_OBSERVATION_LOG);
      persistence.scheduleSave();
    },
  };

  const library = new OfflineLibrary();
  const llmPart = new LazyPart<LlmTutor | undefined>('llm-client', async () =>
    createLlmProvider(context.secrets, logger, (record) => {
      lastSent = record;
    }),
  );

  let changeScheduled = false;
  const changed = (): void => {
    if (changeScheduled) return;
    changeScheduled = true;
    // Coalesce bursts of changes into one snapshot per tick.
    setTimeout(() => {
      changeScheduled = false;
      const state = buildState();
      stateEmitter.fire(state);
      view.post();
    }, 0);
  };

  const controller = new TutorController({
    concept: conceptInfo,
    model: port,
    library,
    llm: () => (llmConfigured() ? llmPart.get() : Promise.resolve(undefined)),
    codeContext: (conceptId) => codeContextFor(conceptId, observationLog, locate, vscode.workspace.getConfiguration('skilltrace.llm').get<boolean>('sendCode', true)),
    now: () => Date.now(),
    onChange: changed,
    log: (m) => logger.info(m),
  });

  const buildState = (): PanelState => {
    const all = [...byDocument.values()].flat();
    all.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.label.localeCompare(b.label) || a.line - b.line);
    const now = Date.now();
    const skills = port
      .skills(now)
      .map((s) => {
        const c = conceptInfo(s.conceptId);
        return { ...s, title: c?.title ?? s.conceptId, languages: c?.languages ?? [], muted: nudgeState.muted.includes(s.conceptId) };
      })
      .sort((a, b) => Number(b.struggling) - Number(a.struggling) || a.mastery - b.mastery);
    return {
      ...emptyPanelState(),
      ...base,
      diagnostics: all.slice(0, MAX_PANEL_DIAGNOSTICS),
      diagnosticCount: all.length,
      llm: llmConfigured() ? { configured: true, label: llmLabel() } : { configured: false, label: 'Built-in library (offline)' },
      focus: controller.focusView(),
      skills,
      review: controller.reviewView(),
      history: controller.history().slice(0, 200),
      notice: base.notice.slice(0, 600),
      ...flow?.panelState(),
    };
  };

  // Nudges: proactive help only on a confident struggle, never while typing or debugging (core/nudge).
  let nudgeState: NudgeState = restoreNudgeState(context.globalState.get('skilltrace.nudgeState')).state ?? initialNudgeState();
  const statusBar = vscode.window.createStatusBarItem('skilltrace.status', vscode.StatusBarAlignment.Right, 100);
  statusBar.name = 'Skilltrace';
  statusBar.command = 'skilltrace.openPanel';
  const considerNudge = (): void => {
    const now = Date.now();
    const { settings, problems } = parseNudgeSettings(vscode.workspace.getConfiguration('skilltrace').get('nudges'));
    for (const p of problems) logger.warn(p);
    const date = new Date(now);
    const decision = decideNudge(nudgeState, settings, {
      now,
      localMinuteOfDay: date.getHours() * 60 + date.getMinutes(),
      typingBurst: pipeline.session.isTypingBurst(now),
      debugging: vscode.debug.activeDebugSession !== undefined,
      struggles: detectStruggles(observationLog, now),
      conceptsToReview: controller.reviews.due(now).length,
    });
    if (decision.action === 'nudge') {
      nudgeState = recordNudgeShown(nudgeState, decision.conceptId, now, settings);
      void context.globalState.update('skilltrace.nudgeState', nudgeState);
      const title = conceptInfo(decision.conceptId)?.title ?? decision.conceptId;
      controller.open(decision.conceptId, `Skilltrace noticed a pattern: ${decision.reason}`);
      statusBar.text = `$(mortar-board) ${title}`;
      statusBar.tooltip = `Skilltrace: you may be struggling with ${title}. Click to open the tutor.`;
      statusBar.show();
      logger.info(`Nudge: ${title} (${decision.reason})`);
    } else {
      statusBar.text = `$(mortar-board) ${decision.statusCount}`;
      statusBar.tooltip = `Skilltrace: ${decision.statusCount} concept${decision.statusCount === 1 ? '' : 's'} to review`;
      if (decision.statusCount > 0) statusBar.show();
      else statusBar.hide();
    }
  };

  const structurePart = new LazyPart<StructureAnalyzer>('tree-sitter', async () => {
    const { createStructureAnalyzer } = await import('../adapters/treeSitter/treeSitterStructureAnalyzer');
    return createStructureAnalyzer({
      wasmDir: path.join(context.extensionPath, 'dist', 'grammars'),
      queryDir: path.join(context.extensionPath, 'dist', 'queries'),
      onError: (e) => logger.warn(`Structure analysis: ${e.message}`),
    });
  });

  const pipeline = new SignalPipeline(
    (d, language) => mapDiagnosticToConcepts(d, language).concepts,
    {
      observe: (observations) => {
        for (const o of observations) port.observe(o);
        for (const o of observations) if (o.kind === 'recovery') controller.reviews.enqueue(o.conceptId, o.timestamp);
        controller.focusTopRanked();
        considerNudge();
        changed();
      },
      editEvent: (event) => flow?.editEvent(event),
      diagnostics: (uri, mapped) => {
        const key = uri.toString();
        mappedDiagnostics.set(uri, mapped);
        if (mapped.length === 0) byDocument.delete(key);
        else byDocument.set(key, mapped.map((m, i) => toPanelDiagnostic(uri, m.diagnostic, i, m.concepts.map((c) => c.id))));
        changed();
      },
    },
    () => structurePart.get(),
    logger,
  );

  const onPanelMessage = async (message: PanelToHost): Promise<void> => {
    switch (message.type) {
      case 'webview/ready':
        return;
      case 'view/select':
        if (base.view === 'review' && message.view !== 'review') controller.settleReviews();
        base = { ...base, view: message.view };
        changed();
        return;
      case 'location/open':
        await openLocation(message.file, message.line, message.character).catch((e: unknown) => logger.error('Could not open the location', e));
        return;
      case 'concept/open':
        base = { ...base, view: 'now' };
        controller.open(message.conceptId, 'You opened this concept');
        return;
      case 'concept/choose':
        await controller.choose(message.conceptId, message.choice);
        return;
      case 'tutorial/request':
        await controller.requestTutorial(message.conceptId, message.level);
        return;
      case 'quiz/answer':
        controller.answerQuiz(message.conceptId, message.index, message.answer);
        return;
      case 'hint/next':
        await controller.nextHint(message.conceptId);
        return;
      case 'review/answer':
        controller.answerReview(message.conceptId, message.answer);
        return;
      case 'skills/filter':
        base = { ...base, skillFilter: message.language };
        changed();
        return;
      case 'sent/show':
        await vscode.commands.executeCommand('skilltrace.showLastRequest');
        return;
      case 'codeReview/run':
      case 'codeReview/hint':
      case 'history/analyze':
      case 'pasteCheck/start':
      case 'pasteCheck/answer':
      case 'pasteCheck/dismiss':
        await flow?.handlePanelMessage(message);
        return;
      default: {
        const unreachable: never = message;
        logger.warn(`Unhandled panel message ${JSON.stringify(unreachable)}`);
      }
    }
  };

  const view = new TutorViewProvider(context.extensionUri, buildState, (m) => void onPanelMessage(m), logger);
  flow = registerTeachingInTheFlow({
    context,
    logger,
    observe: port.observe,
    mastery: () => Object.fromEntries(port.skills(Date.now()).map((s) => [s.conceptId, s.mastery])),
    conceptTitle: (id) => conceptInfo(id)?.title ?? id,
    mutedConcepts: () => new Set(nudgeState.muted),
    controller,
    library,
    structure: () => structurePart.get(),
    isTypingBurst: (now) => pipeline.session.isTypingBurst(now),
    showPanel: async (panelView) => {
      base = { ...base, view: panelView };
      changed();
      await view.reveal();
    },
    secretKey: LLM_SECRET_KEY,
    onSent: (record) => {
      lastSent = record;
    },
    changed,
  });
  const enabledSetting = (key: string) => () => vscode.workspace.getConfiguration('skilltrace').get<boolean>(key, true) !== false;
  const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }];

  context.subscriptions.push(
    logger,
    stateEmitter,
    view,
    flow,
    pipeline,
    statusBar,
    { dispose: () => controller.dispose() },
    vscode.window.registerWebviewViewProvider(TUTOR_VIEW_ID, view),
    vscode.languages.registerCodeActionsProvider(selector, new WhyCodeActionProvider(mappedDiagnostics, conceptInfo, enabledSetting('codeActions.enabled')), WhyCodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(selector, new ConceptHoverProvider(mappedDiagnostics, conceptInfo, enabledSetting('hovers.enabled'))),
    vscode.commands.registerCommand('skilltrace.openPanel', () => view.reveal()),
    vscode.commands.registerCommand('skilltrace.showLog', () => logger.show()),
    vscode.commands.registerCommand('skilltrace.learnConcept', async (arg?: LearnConceptArgs | string) => {
      const args = typeof arg === 'string' ? { conceptId: arg } : arg;
      let conceptId = args?.conceptId;
      if (!conceptId) {
        const pick = await vscode.window.showQuickPick(
          conceptCatalog.map((c) => ({ label: c.title, description: c.languages === '*' ? 'all languages' : c.languages.join(', '), detail: c.description.slice(0, 140), id: c.id })),
          { placeHolder: 'Which concept do you want to learn?', matchOnDescription: true, matchOnDetail: true },
        );
        conceptId = pick?.id;
      }
      if (!conceptId || !getConcept(conceptId)) {
        if (conceptId) void vscode.window.showWarningMessage(`Skilltrace has no concept "${conceptId}".`);
        return;
      }
      base = { ...base, view: 'now' };
      await view.reveal();
      controller.open(conceptId, args?.reason ?? 'You asked to learn this', { startHints: args?.hint === true });
      if (!args?.hint) await controller.requestTutorial(conceptId);
    }),
    vscode.commands.registerCommand('skilltrace.setApiKey', async () => {
      const key = await vscode.window.showInputBox({ prompt: 'API key for the LLM provider (stored in VS Code secret storage, never in settings)', password: true, ignoreFocusOut: true });
      if (key === undefined) return;
      if (key.trim() === '') await context.secrets.delete(LLM_SECRET_KEY);
      else await context.secrets.store(LLM_SECRET_KEY, key.trim());
      resetLlm();
    }),
    vscode.commands.registerCommand('skilltrace.testLlmConnection', async () => {
      const provider = llmConfigured() ? await llmPart.get() : undefined;
      if (!provider) {
        const choice = await vscode.window.showInformationMessage('Skilltrace uses its built-in library: no LLM is configured (skilltrace.llm.provider is "none").', 'Open Settings');
        if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'skilltrace.llm');
        return;
      }
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Skilltrace: checking ${provider.label}…`, cancellable: false }, () => provider.checkConnection());
      logger.info(`LLM connection check: ${result.ok ? result.message : `${result.message} ${result.action ?? ''}`}`);
      if (result.ok) void vscode.window.showInformationMessage(`Skilltrace: ${result.message}`);
      else {
        const choice = await vscode.window.showWarningMessage(`Skilltrace: ${result.message}${result.action ? ` ${result.action}` : ''}`, 'Open Settings');
        if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'skilltrace.llm');
      }
    }),
    vscode.commands.registerCommand('skilltrace.clearApiKey', async () => {
      await context.secrets.delete(LLM_SECRET_KEY);
      resetLlm();
      void vscode.window.showInformationMessage('Skilltrace: the LLM API key was removed.');
    }),
    vscode.commands.registerCommand('skilltrace.showLastRequest', async () => {
      const content = lastSent
        ? JSON.stringify({ note: 'The last request Skilltrace sent to the LLM, exactly as sent after redaction. The API key is never included.', ...describeSentRecord(lastSent), request: { ...lastSent, at: new Date(lastSent.at).toISOString() } }, null, 2)
        : JSON.stringify({ note: 'Nothing has been sent to an LLM in this session.' }, null, 2);
      const doc = await vscode.workspace.openTextDocument({ language: 'json', content });
      await vscode.window.showTextDocument(doc, { preview: true });
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('skilltrace.llm')) resetLlm();
    }),
  );

  function resetLlm(): void {
    llmPart.reset();
    changed();
  }

  context.subscriptions.push(
    persistence,
    vscode.commands.registerCommand('skilltrace.exportProfile', () => persistence.exportProfile()),
    vscode.commands.registerCommand('skilltrace.importProfile', () => persistence.importProfile()),
    vscode.commands.registerCommand('skilltrace.resetProfile', () => persistence.resetProfile()),
  );

  // Everything that reads state happens after activation returns: the profile first, then the watchers.
  const ready = (async () => {
    await persistence.load().catch((e: unknown) => logger.error('Could not load the profile', e));
    pipeline.start();
    considerNudge();
    changed();
  })();

  const teamSync = registerTeamSync({ context, logger, ready, model: getModel, modelOptions: getModelOptions, conceptTitle: (id) => conceptInfo(id)?.title, focus: () => controller.focusView() });
  syncHook.note = (o) => teamSync.sync.noteObservation(o);
  flushOnDeactivate = () => Promise.all([persistence.saveNow(), flow?.flush(), teamSync.sync.flushOnDeactivate()]).then(() => undefined);

  const ended = performance.now();
  const loadedOnActivation = LazyPart.loadedNames();
  const activationMs = ended - started;
  const loadAndActivateMs = typeof __skilltraceLoadStart === 'number' ? ended - __skilltraceLoadStart : activationMs;
  logger.info(`Activated in ${activationMs.toFixed(2)} ms (${loadAndActivateMs.toFixed(2)} ms including module load).`);

  return {
    activationMs,
    loadAndActivateMs,
    getPanelState: buildState,
    onDidChangePanelState: stateEmitter.event,
    isPanelReady: () => view.isReady,
    loadedParts: () => LazyPart.loadedNames(),
    loadedOnActivation,
    recentObservations: (limit = 50, conceptId) => observationLog.filter((o) => !conceptId || o.conceptId === conceptId).slice(-limit),
    handlePanelMessage: async (raw) => {
      const { panelToHostSchema } = await import('../shared/webviewProtocol');
      const parsed = panelToHostSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`Invalid panel message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      await onPanelMessage(parsed.data);
    },
    lastSent: () => lastSent,
    whenReady: () => ready,
    saveProfile: () => persistence.saveNow(),
    reloadProfile: async () => {
      base = { ...base, notice: '' };
      await persistence.load();
    },
    profilePath: persistence.store.path,
    sync: teamSync.api,
  };
}

let flushOnDeactivate: (() => Promise<void>) | undefined;

/** Saves the profile and the sync queue one last time; everything else is disposed through context.subscriptions. */
export function deactivate(): Promise<void> | undefined {
  return flushOnDeactivate?.();
}

function llmConfigured(): boolean {
  const provider = vscode.workspace.getConfiguration('skilltrace.llm').get<string>('provider', 'none');
  return provider !== 'none' && provider !== '';
}

function llmLabel(): string {
  const c = vscode.workspace.getConfiguration('skilltrace.llm');
  const model = c.get<string>('model', '');
  return `${c.get<string>('provider', 'none')}${model ? ` (${model})` : ''}`;
}

function severityRank(severity: PanelDiagnostic['severity']): number {
  return { error: 0, warning: 1, info: 2, hint: 3 }[severity];
}

function toPanelDiagnostic(uri: vscode.Uri, d: vscode.Diagnostic, index: number, conceptIds: string[]): PanelDiagnostic {
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
    conceptIds: conceptIds.slice(0, 16),
  };
}

async function openLocation(file: string, line: number, character: number): Promise<void> {
  const uri = vscode.Uri.parse(file, true);
  if (uri.scheme !== 'file' && uri.scheme !== 'untitled') throw new Error(`Refusing to open a ${uri.scheme}: location from the panel`);
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preserveFocus: false });
}
