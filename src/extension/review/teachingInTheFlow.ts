import * as vscode from 'vscode';
import type { OfflineLibrary } from '../../core/library/offlineLibrary';
import type { CodeReviewLlm } from '../../core/review/llmReview';
import type { EditEvent } from '../../core/signals/editTracker';
import type { StructureAnalyzer } from '../../core/structure/structureAnalyzer';
import type { SentRecord } from '../../core/tutor/tutorProvider';
import type { Observation } from '../../shared/observation';
import type { PanelState, PanelToHost, PanelView } from '../../shared/webviewProtocol';
import { LazyPart } from '../lazyParts';
import type { Logger } from '../logger';
import type { TutorController } from '../tutorController';
import { CodeReviewFeature } from './codeReviewFeature';
import { ExplainBackOffers } from './explainBackOffer';
import { HistoryFeature } from './historyFeature';
import { LearningOutcomeTracker } from './learningOutcomeTracker';
import { createReviewLlm, reviewLlmAvailability } from './reviewLlm';

/** The panel messages this module answers. */
export type FlowMessage = Extract<PanelToHost, { type: 'codeReview/run' | 'codeReview/hint' | 'history/analyze' | 'pasteCheck/start' | 'pasteCheck/answer' | 'pasteCheck/dismiss' }>;

/** The parts of the panel state this module fills. */
export type FlowPanelState = Pick<PanelState, 'codeReview' | 'fromHistory' | 'historyRun' | 'outcomes' | 'pasteCheck'>;

/** What activate() hands over; everything else the module builds itself. */
export interface TeachingInTheFlowDeps {
  context: vscode.ExtensionContext;
  logger: Logger;
  /** The model's observation entry point (the one the panel log and persistence see). */
  observe(observation: Observation): void;
  mastery(): Record<string, number>;
  conceptTitle(conceptId: string): string;
  mutedConcepts(): ReadonlySet<string>;
  controller: TutorController;
  library: OfflineLibrary;
  structure(): Promise<StructureAnalyzer>;
  isTypingBurst(now: number): boolean;
  /** Switches the panel to a tab and reveals it (keeping the editor's focus). */
  showPanel(view: PanelView): Promise<void>;
  /** Where the LLM API key lives in SecretStorage. */
  secretKey: string;
  onSent(record: SentRecord): void;
  changed(): void;
}

/** What activate() gets back: panel state, panel messages, the observation and edit hooks, and a final save. */
export interface TeachingInTheFlow extends vscode.Disposable {
  panelState(): FlowPanelState;
  handlePanelMessage(message: FlowMessage): Promise<void>;
  observe(observation: Observation): void;
  editEvent(event: EditEvent): void;
  flush(): Promise<void>;
  readonly review: CodeReviewFeature;
  readonly history: HistoryFeature;
  readonly outcome: LearningOutcomeTracker;
}

/**
 * Wires "teaching in the flow" into the extension with one call: code-review hints on the working diff, the history
 * cold start, the learning outcome and the paste check. Nothing here runs during activation beyond registering
 * commands and listeners; git, tree-sitter and the LLM client load on first use.
 */
export function registerTeachingInTheFlow(deps: TeachingInTheFlowDeps): TeachingInTheFlow {
  const now = (): number => Date.now();
  const outcome = new LearningOutcomeTracker(deps.context.globalState, (m) => deps.logger.warn(m), now);
  const llmPart = new LazyPart<CodeReviewLlm | undefined>('llm-review-client', () => createReviewLlm(deps.context.secrets, deps.secretKey, deps.logger, deps.onSent));
  const reviewLlm = (): Promise<CodeReviewLlm | undefined> => llmPart.get();
  const recordHelp = (conceptId: string, kind: Parameters<LearningOutcomeTracker['recordHelp']>[1]): void => outcome.recordHelp(conceptId, kind);

  const review = new CodeReviewFeature({
    context: deps.context,
    logger: deps.logger,
    observe: deps.observe,
    mastery: deps.mastery,
    conceptTitle: deps.conceptTitle,
    mutedConcepts: deps.mutedConcepts,
    structure: deps.structure,
    llmAvailability: reviewLlmAvailability,
    reviewLlm,
    openLesson: async (conceptId, reason, reveal) => {
      deps.controller.open(conceptId, reason);
      if (!reveal) return;
      await deps.showPanel('now');
      await deps.controller.requestTutorial(conceptId);
    },
    learn: async (conceptId, reason) => {
      await vscode.commands.executeCommand('skilltrace.learnConcept', { conceptId, reason });
    },
    recordHelp,
    recordError: (conceptId, at) => outcome.recordError(conceptId, at),
    changed: deps.changed,
    now,
  });
  const history = new HistoryFeature({
    context: deps.context,
    logger: deps.logger,
    observe: deps.observe,
    conceptTitle: deps.conceptTitle,
    structure: deps.structure,
    showHistory: () => deps.showPanel('history'),
    changed: deps.changed,
    now,
  });
  const paste = new ExplainBackOffers({
    logger: deps.logger,
    observe: deps.observe,
    mastery: deps.mastery,
    conceptTitle: deps.conceptTitle,
    structure: deps.structure,
    isTypingBurst: deps.isTypingBurst,
    llmAvailability: reviewLlmAvailability,
    reviewLlm,
    library: (conceptId, seed) => deps.library.reviewQuestion(conceptId, seed),
    recordHelp,
    changed: deps.changed,
    now,
  });
  const configListener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('skilltrace.llm')) llmPart.reset();
  });
  const secretListener = deps.context.secrets.onDidChange((e) => {
    if (e.key === deps.secretKey) llmPart.reset();
  });

  return {
    review,
    history,
    outcome,
    panelState: () => {
      // The tutor's history is the record of the tutorials and hints it showed: count them as help.
      outcome.syncFromTutorHistory(deps.controller.history());
      const codeReview = review.panelState();
      const pasteCheck = paste.panelState();
      return { ...(codeReview ? { codeReview } : {}), ...history.panelState(), outcomes: outcome.panel(deps.conceptTitle), ...(pasteCheck ? { pasteCheck } : {}) };
    },
    handlePanelMessage: async (message) => {
      switch (message.type) {
        case 'codeReview/run':
          await review.run(message.target);
          return;
        case 'codeReview/hint': {
          const args = { uri: message.file, key: message.key };
          if (message.action === 'open') await review.open(message.file, message.key);
          else await review.feedback(args, message.action === 'learn' ? 'accepted' : message.action === 'dismiss' ? 'dismissed' : 'fixed');
          return;
        }
        case 'history/analyze':
          await history.analyze();
          return;
        case 'pasteCheck/start':
          await paste.start(message.id);
          return;
        case 'pasteCheck/answer':
          paste.answer(message.id, message.answer);
          return;
        case 'pasteCheck/dismiss':
          paste.dismiss(message.id);
          return;
        default: {
          const unreachable: never = message;
          deps.logger.warn(`Unhandled review message ${JSON.stringify(unreachable)}`);
        }
      }
    },
    observe: (observation) => outcome.observe(observation),
    editEvent: (event) => paste.onEditEvent(event),
    flush: () => outcome.saveNow().catch((e: unknown) => deps.logger.error('Could not save the learning outcome', e)),
    dispose: () => {
      configListener.dispose();
      secretListener.dispose();
      review.dispose();
      history.dispose();
      paste.dispose();
      outcome.dispose();
    },
  };
}
