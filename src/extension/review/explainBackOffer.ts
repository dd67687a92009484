import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { HelpKind } from '../../core/outcome/learningOutcome';
import {
  EXPLAIN_BACK_MAX_LINES,
  explainBackCandidates,
  explainBackFromLlm,
  explainBackObservation,
  gradeExplainBack,
  offlineExplainBack,
  type ExplainBackCandidates,
  type ExplainBackQuestion,
  type PastedBlock,
} from '../../core/review/explainBack';
import type { CodeReviewLlm } from '../../core/review/llmReview';
import { reviewLanguageForPath } from '../../core/review/reviewHint';
import type { EditEvent } from '../../core/signals/editTracker';
import type { StructureAnalyzer } from '../../core/structure/structureAnalyzer';
import type { Observation } from '../../shared/observation';
import type { ReviewQuestion } from '../../shared/tutorialSchema';
import type { PanelPasteCheck } from '../../shared/webviewProtocol';
import type { Logger } from '../logger';
import type { ReviewLlmAvailability } from './reviewLlm';
import { conceptsIn, withStructure } from './structureProbe';
import { conceptLanguageOf } from '../../core/concepts/concept';

/** What the paste check needs from the rest of the extension. */
export interface ExplainBackDeps {
  logger: Logger;
  observe(observation: Observation): void;
  mastery(): Record<string, number>;
  conceptTitle(conceptId: string): string;
  structure(): Promise<StructureAnalyzer>;
  isTypingBurst(now: number): boolean;
  llmAvailability(): ReviewLlmAvailability;
  reviewLlm(): Promise<CodeReviewLlm | undefined>;
  library(conceptId: string, seed: number): ReviewQuestion | undefined;
  recordHelp(conceptId: string, kind: HelpKind): void;
  changed(): void;
  now(): number;
}

/** Quiet time after the paste before the offer appears (never in the middle of typing). */
const SETTLE_MS = 1500;
const MAX_SETTLE_TRIES = 8;
/** After an answered or dismissed check, no new offer for this long: one check at a time, not a quiz show. */
const OFFER_GAP_MS = 5 * 60_000;
const MAX_BLOCK_CHARS = 12_000;
const LLM_CODE_LINES = 80;

interface Offer {
  id: string;
  block: PastedBlock;
  editorLanguage: string;
  lines: number;
  candidates: ExplainBackCandidates;
  offline?: ExplainBackQuestion;
  status: PanelPasteCheck['status'];
  question?: ExplainBackQuestion;
  answer?: { correct: boolean; given: string };
  notice?: string;
}

/**
 * The comprehension check on pasted code: after a large insertion (edit watcher), once typing has settled, a passive
 * offer appears in the panel ("Explain this pasted code"); never a toast. Starting it asks one question (LLM when
 * allowed, else detectors and the library); the graded answer feeds the model.
 */
export class ExplainBackOffers implements vscode.Disposable {
  private offer: Offer | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closedAt = -Infinity;
  private abort: AbortController | undefined;

  constructor(private readonly deps: ExplainBackDeps) {}

  /** Called for every edit event of a watched document; only large insertions matter. */
  onEditEvent(event: EditEvent): void {
    if (event.type !== 'large-insertion') return;
    if (vscode.workspace.getConfiguration('skilltrace.explainBack').get<boolean>('enabled', true) === false) return;
    if (this.offer && (this.offer.status === 'loading' || this.offer.status === 'question')) return;
    if (this.deps.now() - this.closedAt < OFFER_GAP_MS) return;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === event.docId);
    if (!document) return;
    const range = new vscode.Range(event.range.startLine, 0, Math.min(event.range.endLine, event.range.startLine + EXPLAIN_BACK_MAX_LINES), Number.MAX_SAFE_INTEGER);
    const text = document.getText(document.validateRange(range)).slice(0, MAX_BLOCK_CHARS);
    const file = document.uri.scheme === 'file' ? vscode.workspace.asRelativePath(document.uri, false) : document.uri.path;
    const language = reviewLanguageForPath(file) ?? conceptLanguageOf(document.languageId);
    const block: PastedBlock = { file, ...(language ? { language } : {}), startLine: event.range.startLine, text };
    if (this.timer) clearTimeout(this.timer);
    this.settle(block, document.languageId, 0);
  }

  private settle(block: PastedBlock, editorLanguage: string, tries: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.deps.isTypingBurst(this.deps.now()) && tries < MAX_SETTLE_TRIES) {
        this.settle(block, editorLanguage, tries + 1);
        return;
      }
      void this.prepare(block, editorLanguage).catch((e: unknown) => this.deps.logger.warn(`Explain-back check skipped: ${e instanceof Error ? e.message : String(e)}`));
    }, SETTLE_MS);
  }

  private async prepare(block: PastedBlock, editorLanguage: string): Promise<void> {
    const lineCount = block.text.split('\n').length;
    const analyzer = await this.deps.structure().catch(() => undefined);
    const structureConcepts = analyzer ? ((await withStructure(analyzer, editorLanguage, block.text, (key) => conceptsIn(analyzer, key, lineCount))) ?? []) : [];
    const candidates = explainBackCandidates(block, { structureConcepts, mastery: this.deps.mastery() });
    const offline = offlineExplainBack(block, candidates, (id, seed) => this.deps.library(id, seed), this.deps.now());
    const askable = offline !== undefined || (this.deps.llmAvailability().use && (candidates.findings.length > 0 || candidates.concepts.length > 0));
    if (!askable) return;
    if (this.offer && (this.offer.status === 'loading' || this.offer.status === 'question')) return;
    this.offer = { id: randomBytes(8).toString('hex'), block, editorLanguage, lines: lineCount, candidates, ...(offline ? { offline } : {}), status: 'offered' };
    this.deps.changed();
  }

  panelState(): PanelPasteCheck | undefined {
    const offer = this.offer;
    if (!offer) return undefined;
    return {
      id: offer.id,
      label: offer.block.file.slice(0, 1024),
      lines: offer.lines,
      status: offer.status,
      ...(offer.question
        ? {
            question: {
              conceptId: offer.question.conceptId,
              title: this.deps.conceptTitle(offer.question.conceptId).slice(0, 200),
              reminder: offer.question.reminder.slice(0, 600),
              item: offer.question.item,
              origin: offer.question.origin,
            },
          }
        : {}),
      ...(offer.answer ? { answer: offer.answer } : {}),
      ...(offer.notice ? { notice: offer.notice.slice(0, 600) } : {}),
    };
  }

  /** "Check my understanding": builds the question (LLM first when allowed, the offline one as the fallback). */
  async start(id: string): Promise<void> {
    const offer = this.offer;
    if (!offer || offer.id !== id || offer.status !== 'offered') return;
    const availability = this.deps.llmAvailability();
    const llm = availability.use ? await this.deps.reviewLlm().catch(() => undefined) : undefined;
    if (llm) {
      offer.status = 'loading';
      this.deps.changed();
      this.abort = new AbortController();
      const conceptIds = [...new Set([...offer.candidates.findings.map((f) => f.conceptId), ...offer.candidates.concepts])];
      const outcome = await llm.explainBack(
        {
          language: offer.editorLanguage,
          code: offer.block.text.split('\n').slice(0, LLM_CODE_LINES).join('\n'),
          candidates: conceptIds.map((conceptId) => ({ conceptId, title: this.deps.conceptTitle(conceptId) })),
        },
        { signal: this.abort.signal },
      );
      if (this.offer !== offer) return;
      const generated = outcome.ok ? explainBackFromLlm(outcome.value, offer.block, conceptIds) : undefined;
      if (generated) offer.question = generated;
      else if (!outcome.ok && outcome.kind === 'cancelled') return;
      else offer.notice = outcome.ok ? `${llm.label} asked about a concept this code does not use; here is a question from the built-in library.` : `The LLM could not write a question: ${outcome.message} Here is one from the built-in library.`;
    }
    offer.question ??= offer.offline;
    if (!offer.question) {
      this.offer = undefined;
      this.closedAt = this.deps.now();
      this.deps.logger.info('Explain-back check: no question could be made for this code.');
    } else offer.status = 'question';
    this.deps.changed();
  }

  /** Grades the answer and feeds the model. */
  answer(id: string, answer: string): void {
    const offer = this.offer;
    if (!offer || offer.id !== id || offer.status !== 'question' || !offer.question) return;
    const grade = gradeExplainBack(offer.question, answer);
    offer.answer = grade;
    offer.status = 'answered';
    const now = this.deps.now();
    this.deps.observe(explainBackObservation(offer.question, grade, offer.block, now));
    this.deps.recordHelp(offer.question.conceptId, 'explain-back');
    this.closedAt = now;
    this.deps.changed();
  }

  /** "Not now" (or "Done" after the answer): the card goes away. */
  dismiss(id: string): void {
    if (!this.offer || this.offer.id !== id) return;
    this.abort?.abort();
    this.offer = undefined;
    this.closedAt = this.deps.now();
    this.deps.changed();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.abort?.abort();
  }
}
