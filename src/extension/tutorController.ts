import type { Observation } from '../shared/observation';
import type { ConceptChoice, PanelEvidence, PanelFocus, PanelHistory, PanelReview, PanelSkill, PanelTutorial } from '../shared/webviewProtocol';
import { hintRungSchema, type Hint, type HintRung, type ReviewQuestion, type TutorialLevel } from '../shared/tutorialSchema';
import type { CodeContext, TutorFailure, TutorProvider } from '../core/tutor/tutorProvider';
import { gradeQuizAnswer, quizObservation } from '../core/session/quizGrading';
import { ReviewSchedule, type ReviewItem } from '../core/session/reviewSchedule';

/** What the controller needs to know about a concept (from the catalog). */
export interface ConceptInfo {
  id: string;
  title: string;
  description: string;
  misconception?: string;
  languages: string[];
}

/** The skill model as the controller sees it: observations in, summaries and explanations out. */
export interface SkillModelPort {
  observe(observation: Observation): void;
  skills(now: number): Omit<PanelSkill, 'title' | 'languages' | 'muted'>[];
  /** Ranked concepts to teach now, best first, with the reason in words. */
  ranked(now: number): { conceptId: string; reason: string }[];
  explain(conceptId: string, now: number): PanelEvidence[];
  estimate(conceptId: string, now: number): { mastery: number; uncertainty: number } | undefined;
}

/** The controller's collaborators, injected by activate() so the controller can be driven by tests. */
export interface TutorControllerDeps {
  concept(id: string): ConceptInfo | undefined;
  model: SkillModelPort;
  /** The built-in library: always there. */
  library: TutorProvider & { reviewQuestion(conceptId: string, seed: number): ReviewQuestion | undefined };
  /** The configured LLM provider, loaded on first need; undefined when none is configured. */
  llm(): Promise<TutorProvider | undefined>;
  /** The language and code around the focused concept's latest evidence, when there is an editor to read. */
  codeContext(conceptId: string): { language: string; context?: CodeContext } | undefined;
  now(): number;
  onChange(): void;
  log(message: string): void;
}

interface FocusState {
  conceptId: string;
  reason: string;
  tutorial: PanelTutorial;
  hints: Hint[];
  hintStatus: 'idle' | 'loading';
  hintNotice?: string;
  /** Cancels the in-flight tutorial or hint when the focus moves on. */
  abort: AbortController;
}

const HISTORY_LIMIT = 200;

/**
 * Runs the tutoring session behind the panel: which concept is in focus and why, its tutorial (LLM first, the
 * built-in library as the fallback), the hint ladder, quiz and review answers (which feed the model), and the
 * history. Holds no vscode objects, so integration tests can drive it through the extension's API.
 */
export class TutorController {
  private focusState: FocusState | undefined;
  private readonly historyItems: PanelHistory[] = [];
  private readonly reviewAnswers = new Map<string, { correct: boolean; given: string }>();
  readonly reviews: ReviewSchedule;

  constructor(
    private readonly deps: TutorControllerDeps,
    saved: { history?: PanelHistory[]; reviews?: ReviewItem[] } = {},
  ) {
    this.historyItems.push(...(saved.history ?? []).slice(0, HISTORY_LIMIT));
    this.reviews = new ReviewSchedule(saved.reviews ?? []);
  }

  /** Puts a concept in focus (from the panel, a code action or the ranking) and resets its hint ladder. */
  open(conceptId: string, reason: string, options: { startHints?: boolean } = {}): void {
    if (!this.deps.concept(conceptId)) {
      this.deps.log(`Ignored a request to open unknown concept ${conceptId}`);
      return;
    }
    if (this.focusState?.conceptId === conceptId) {
      this.focusState.reason = reason;
    } else {
      this.focusState?.abort.abort();
      this.focusState = { conceptId, reason, tutorial: { status: 'idle' }, hints: [], hintStatus: 'idle', abort: new AbortController() };
    }
    this.deps.onChange();
    if (options.startHints && this.focusState.hints.length === 0) void this.nextHint(conceptId);
  }

  /** When nothing is focused, focuses the model's top-ranked concept. */
  focusTopRanked(): void {
    if (this.focusState) return;
    const top = this.deps.model.ranked(this.deps.now())[0];
    if (top) this.open(top.conceptId, top.reason);
  }

  get focusedConceptId(): string | undefined {
    return this.focusState?.conceptId;
  }

  /** The engineer's choice: "teach me" asks for the tutorial, "I know this" is evidence, "just fix it" climbs to the fix. */
  async choose(conceptId: string, choice: ConceptChoice): Promise<void> {
    const now = this.deps.now();
    const title = this.deps.concept(conceptId)?.title ?? conceptId;
    if (choice === 'teach-me') {
      this.record({ at: now, kind: 'feedback', conceptId, title, detail: 'Asked to be taught' });
      await this.requestTutorial(conceptId);
    } else if (choice === 'know-this') {
      this.deps.model.observe({ conceptId, kind: 'success', strength: 0.35, source: 'feedback', timestamp: now, evidence: { note: 'You said you know this' } });
      this.record({ at: now, kind: 'feedback', conceptId, title, detail: 'Said "I know this"' });
    } else {
      this.record({ at: now, kind: 'feedback', conceptId, title, detail: 'Asked for the fix' });
      this.open(conceptId, this.focusState?.reason ?? 'You asked for the fix');
      await this.nextHint(conceptId, 'fix');
    }
    this.deps.onChange();
  }

  /** Requests the tutorial for a concept at the level its mastery calls for, streaming drafts into the panel. */
  async requestTutorial(conceptId: string, level?: TutorialLevel): Promise<void> {
    const concept = this.deps.concept(conceptId);
    if (!concept) return;
    if (this.focusState?.conceptId !== conceptId) this.open(conceptId, 'You asked for this tutorial');
    const focus = this.focusState as FocusState;
    const now = this.deps.now();
    const estimate = this.deps.model.estimate(conceptId, now);
    const chosenLevel: TutorialLevel = level ?? (estimate && estimate.mastery >= 0.6 ? 'advanced' : 'fundamentals');
    const where = this.deps.codeContext(conceptId);
    const request = {
      conceptId,
      conceptTitle: concept.title,
      language: where?.language ?? concept.languages.find((l) => l !== '*') ?? 'typescript',
      level: chosenLevel,
      codeContext: where?.context,
      mastery: estimate?.mastery,
    };
    const llm = await this.deps.llm().catch((e: unknown) => {
      this.deps.log(`The LLM provider could not start: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    });
    let notice: string | undefined;
    if (llm) {
      focus.tutorial = { status: 'loading', providerLabel: llm.label };
      this.deps.onChange();
      const outcome = await llm.generateTutorial(request, {
        signal: focus.abort.signal,
        onPartial: (draft) => {
          if (this.focusState !== focus || focus.tutorial.status !== 'loading') return;
          focus.tutorial = { status: 'loading', providerLabel: llm.label, draft };
          this.deps.onChange();
        },
      });
      if (this.focusState !== focus) return;
      if (outcome.ok) {
        focus.tutorial = { status: 'ready', tutorial: outcome.value, provenance: outcome.provenance, providerLabel: llm.label, answers: [] };
        this.record({ at: this.deps.now(), kind: 'tutorial', conceptId, title: concept.title, detail: `${outcome.value.title} (${chosenLevel}, ${llm.label})` });
        this.deps.onChange();
        return;
      }
      if (outcome.kind === 'cancelled') return;
      notice = failureNotice(outcome);
      this.deps.log(`Tutorial from ${llm.label} failed (${outcome.kind}): ${outcome.message}`);
    }
    const fallback = await this.deps.library.generateTutorial(request, { signal: focus.abort.signal });
    if (this.focusState !== focus) return;
    if (fallback.ok) {
      focus.tutorial = { status: 'ready', tutorial: fallback.value, provenance: 'library', providerLabel: this.deps.library.label, answers: [], notice: notice?.slice(0, 600) };
      this.record({ at: this.deps.now(), kind: 'tutorial', conceptId, title: concept.title, detail: `${fallback.value.title} (${chosenLevel}, built-in library)` });
    } else {
      focus.tutorial = { status: 'failed', message: (notice ?? fallback.message).slice(0, 600), action: fallback.action?.slice(0, 600) };
    }
    this.deps.onChange();
  }

  /** Grades an answer to the focused tutorial's quiz and feeds the model. */
  answerQuiz(conceptId: string, index: number, answer: string): void {
    const focus = this.focusState;
    if (!focus || focus.conceptId !== conceptId || focus.tutorial.status !== 'ready') return;
    const item = focus.tutorial.tutorial.quiz[index];
    if (!item || focus.tutorial.answers.some((a) => a.index === index)) return;
    const grade = gradeQuizAnswer(item, answer);
    const now = this.deps.now();
    focus.tutorial = { ...focus.tutorial, answers: [...focus.tutorial.answers, { index, ...grade }] };
    this.deps.model.observe(quizObservation(conceptId, grade, now, 'tutorial'));
    this.reviews.enqueue(conceptId, now);
    this.record({ at: now, kind: 'quiz', conceptId, title: this.deps.concept(conceptId)?.title ?? conceptId, detail: `Question ${index + 1}: ${grade.correct ? 'right' : 'wrong'}` });
    this.deps.onChange();
  }

  /** Climbs one rung of the hint ladder (or straight to `target`, for "just fix it"). */
  async nextHint(conceptId: string, target?: HintRung): Promise<void> {
    const focus = this.focusState;
    if (!focus || focus.conceptId !== conceptId || focus.hintStatus === 'loading') return;
    const rung = target ?? nextRungAfter(focus.hints);
    if (!rung) return;
    const concept = this.deps.concept(conceptId);
    if (!concept) return;
    const where = this.deps.codeContext(conceptId);
    const request = {
      conceptId,
      conceptTitle: concept.title,
      language: where?.language ?? 'typescript',
      level: 'fundamentals' as const,
      codeContext: where?.context,
      rung,
      previousHints: focus.hints,
    };
    focus.hintStatus = 'loading';
    focus.hintNotice = undefined;
    this.deps.onChange();
    const llm = await this.deps.llm().catch(() => undefined);
    let outcome = llm ? await llm.generateHint(request, { signal: focus.abort.signal }) : undefined;
    if (this.focusState !== focus) return;
    let notice: string | undefined;
    if (outcome && !outcome.ok && outcome.kind !== 'cancelled') notice = failureNotice(outcome);
    if (!outcome || !outcome.ok) outcome = await this.deps.library.generateHint(request, { signal: focus.abort.signal });
    if (this.focusState !== focus) return;
    focus.hintStatus = 'idle';
    if (outcome.ok) {
      focus.hints = [...focus.hints.filter((h) => h.rung !== outcome.value.rung), outcome.value].sort((a, b) => rungIndex(a.rung) - rungIndex(b.rung));
      focus.hintNotice = notice;
      this.record({ at: this.deps.now(), kind: 'hint', conceptId, title: concept.title, detail: `Hint: ${rung}` });
    } else {
      focus.hintNotice = [notice, outcome.action ? `${outcome.message} ${outcome.action}` : outcome.message].filter(Boolean).join(' ');
    }
    this.deps.onChange();
  }

  /** Grades a review answer, moves the concept along its schedule and feeds the model. */
  answerReview(conceptId: string, answer: string): void {
    const now = this.deps.now();
    const item = this.reviews.due(now).find((r) => r.conceptId === conceptId);
    if (!item || this.reviewAnswers.has(conceptId)) return;
    const question = this.deps.library.reviewQuestion(conceptId, item.seed);
    if (!question) return;
    const grade = gradeQuizAnswer(question.item, answer);
    this.reviewAnswers.set(conceptId, grade);
    this.deps.model.observe(quizObservation(conceptId, grade, now, 'review'));
    this.record({ at: now, kind: 'review', conceptId, title: this.deps.concept(conceptId)?.title ?? conceptId, detail: `Review: ${grade.correct ? 'right' : 'wrong'}` });
    this.deps.onChange();
  }

  /** Applies answered reviews to the schedule (called when the panel moves on), so the next question rotates. */
  settleReviews(): void {
    const now = this.deps.now();
    for (const [conceptId, grade] of this.reviewAnswers) this.reviews.answer(conceptId, grade.correct, now);
    this.reviewAnswers.clear();
  }

  focusView(): PanelFocus | undefined {
    const f = this.focusState;
    if (!f) return undefined;
    const concept = this.deps.concept(f.conceptId);
    if (!concept) return undefined;
    const now = this.deps.now();
    const estimate = this.deps.model.estimate(f.conceptId, now);
    return {
      conceptId: f.conceptId,
      title: concept.title,
      description: concept.description,
      misconception: concept.misconception,
      reason: f.reason.slice(0, 600),
      mastery: estimate?.mastery,
      uncertainty: estimate?.uncertainty,
      evidence: this.deps.model.explain(f.conceptId, now).slice(0, 20),
      tutorial: f.tutorial,
      hints: f.hints,
      nextRung: nextRungAfter(f.hints),
      hintStatus: f.hintStatus,
      hintNotice: f.hintNotice?.slice(0, 600),
    };
  }

  reviewView(): PanelReview[] {
    const now = this.deps.now();
    return this.reviews.all().map((item) => {
      const due = item.dueAt <= now;
      return {
        conceptId: item.conceptId,
        title: this.deps.concept(item.conceptId)?.title ?? item.conceptId,
        dueAt: item.dueAt,
        due,
        question: due ? this.deps.library.reviewQuestion(item.conceptId, item.seed) : undefined,
        answered: this.reviewAnswers.get(item.conceptId),
      };
    });
  }

  history(): PanelHistory[] {
    return this.historyItems;
  }

  private record(entry: PanelHistory): void {
    this.historyItems.unshift(entry);
    if (this.historyItems.length > HISTORY_LIMIT) this.historyItems.length = HISTORY_LIMIT;
  }

  dispose(): void {
    this.focusState?.abort.abort();
  }
}

const RUNGS = hintRungSchema.options;

function rungIndex(rung: HintRung): number {
  return RUNGS.indexOf(rung);
}

/** The next rung to offer: one above the highest shown, never past the fix. */
function nextRungAfter(hints: readonly Hint[]): HintRung | undefined {
  const top = hints.reduce((max, h) => Math.max(max, rungIndex(h.rung)), -1);
  return RUNGS[top + 1];
}

function failureNotice(failure: TutorFailure): string {
  return `The LLM could not answer: ${failure.message}${failure.action ? ` ${failure.action}` : ''} Showing the built-in library instead.`;
}
