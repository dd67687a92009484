import { z } from 'zod';
import {
  conceptIdSchema,
  hintRungSchema,
  hintSchema,
  quizItemSchema,
  reviewQuestionSchema,
  tutorialDraftSchema,
  tutorialLevelSchema,
  tutorialSchema,
} from './tutorialSchema';

/**
 * The typed protocol between the extension host and the tutor panel (webview). Declared once, parsed on
 * both sides: the host sends full state snapshots (`state/didChange`), the panel sends requests. Requests are
 * named noun/verb, notifications noun/didChange.
 */

/** A diagnostic as the panel shows it (already filtered and mapped by the host). */
export const panelDiagnosticSchema = z.object({
  id: z.string().max(256),
  file: z.string().max(1024),
  /** The path shown to the engineer, relative to the workspace. */
  label: z.string().max(1024),
  line: z.number().int().min(0),
  character: z.number().int().min(0),
  severity: z.enum(['error', 'warning', 'info', 'hint']),
  source: z.string().max(128).optional(),
  code: z.string().max(128).optional(),
  message: z.string().max(2000),
  conceptIds: z.array(z.string().max(128)).max(16),
});
export type PanelDiagnostic = z.infer<typeof panelDiagnosticSchema>;

/** The tabs of the panel. */
export const panelViewSchema = z.enum(['now', 'skills', 'review', 'history']);
export type PanelView = z.infer<typeof panelViewSchema>;

/** One piece of evidence behind an estimate, in words an engineer understands. */
export const panelEvidenceSchema = z.object({
  text: z.string().max(600),
  /** Signed effect on mastery, in percentage points; positive helped, negative hurt. */
  effect: z.number(),
  at: z.number().int().min(0),
  file: z.string().max(1024).optional(),
  label: z.string().max(1024).optional(),
  line: z.number().int().min(0).optional(),
});
export type PanelEvidence = z.infer<typeof panelEvidenceSchema>;

/** A concept as the Skills tab lists it. */
export const panelSkillSchema = z.object({
  conceptId: conceptIdSchema,
  title: z.string().max(200),
  languages: z.array(z.string().max(32)).max(16),
  /** 0..1. */
  mastery: z.number().min(0).max(1),
  /** 0..1: how unsure the model is (wide means little evidence). */
  uncertainty: z.number().min(0).max(1),
  trend: z.enum(['up', 'down', 'flat']),
  struggling: z.boolean(),
  evidenceCount: z.number().int().min(0),
  muted: z.boolean(),
});
export type PanelSkill = z.infer<typeof panelSkillSchema>;

/** The state of the tutorial shown for the focused concept. */
export const panelTutorialSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('loading'), providerLabel: z.string().max(200), draft: tutorialDraftSchema.optional() }),
  z.object({
    status: z.literal('ready'),
    tutorial: tutorialSchema,
    provenance: z.enum(['llm', 'library']),
    providerLabel: z.string().max(200),
    /** Per quiz item: undefined until answered, then whether the answer was right. */
    answers: z.array(z.object({ index: z.number().int().min(0), correct: z.boolean(), given: z.string().max(600) })).max(3),
    /** Shown when the LLM failed and the library stepped in. */
    notice: z.string().max(600).optional(),
  }),
  z.object({ status: z.literal('failed'), message: z.string().max(600), action: z.string().max(600).optional() }),
]);
export type PanelTutorial = z.infer<typeof panelTutorialSchema>;

/** The concept in focus: why the model picked it, and how to learn it. */
export const panelFocusSchema = z.object({
  conceptId: conceptIdSchema,
  title: z.string().max(200),
  description: z.string().max(2000),
  misconception: z.string().max(600).optional(),
  /** Why this concept is shown: "ranked first: 3 errors in 10 minutes", "you asked", "from a code action". */
  reason: z.string().max(600),
  mastery: z.number().min(0).max(1).optional(),
  uncertainty: z.number().min(0).max(1).optional(),
  evidence: z.array(panelEvidenceSchema).max(20),
  tutorial: panelTutorialSchema,
  hints: z.array(hintSchema).max(5),
  nextRung: hintRungSchema.optional(),
  hintStatus: z.enum(['idle', 'loading']),
  hintNotice: z.string().max(600).optional(),
});
export type PanelFocus = z.infer<typeof panelFocusSchema>;

/** One item of the spaced-review queue. */
export const panelReviewSchema = z.object({
  conceptId: conceptIdSchema,
  title: z.string().max(200),
  dueAt: z.number().int().min(0),
  due: z.boolean(),
  question: reviewQuestionSchema.optional(),
  answered: z.object({ correct: z.boolean(), given: z.string().max(600) }).optional(),
});
export type PanelReview = z.infer<typeof panelReviewSchema>;

/** One line of the History tab. */
export const panelHistorySchema = z.object({
  at: z.number().int().min(0),
  kind: z.enum(['tutorial', 'quiz', 'hint', 'feedback', 'review']),
  conceptId: conceptIdSchema,
  title: z.string().max(200),
  detail: z.string().max(600),
});
export type PanelHistory = z.infer<typeof panelHistorySchema>;

/** Which changes "Review my changes" reads. */
export const codeReviewTargetSchema = z.enum(['working-tree', 'staged', 'branch']);
export type CodeReviewTarget = z.infer<typeof codeReviewTargetSchema>;

/** One review hint placed in an editor, as the Review tab lists it. */
export const panelReviewHintSchema = z.object({
  /** Names the hint in messages back to the host (file, detector and line text; never shown). */
  key: z.string().max(2400),
  /** Editor URI of the file. */
  file: z.string().max(1024),
  label: z.string().max(1024),
  /** 0-based line where the finding is now. */
  line: z.number().int().min(0),
  conceptId: conceptIdSchema,
  title: z.string().max(200),
  message: z.string().max(1200),
  severity: z.enum(['error', 'warning', 'info']),
  origin: z.enum(['detector', 'llm']),
  accepted: z.boolean(),
});
export type PanelReviewHint = z.infer<typeof panelReviewHintSchema>;

/** The last code review: its state, what it covered, its hints, and a lesson when findings keep coming back. */
export const panelCodeReviewSchema = z.object({
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  target: codeReviewTargetSchema,
  /** "Working tree", "Staged changes", "Branch feature vs main (merge base 1a2b3c4)". */
  targetLabel: z.string().max(300),
  at: z.number().int().min(0),
  /** One sentence: what was reviewed and found, or what went wrong and what to do. */
  message: z.string().max(600),
  hints: z.array(panelReviewHintSchema).max(100),
  heldBack: z.number().int().min(0),
  filesReviewed: z.number().int().min(0),
  addedLinesReviewed: z.number().int().min(0),
  truncated: z.boolean(),
  /** Files left out (binary, too large, no detector language), the first few by name. */
  notReviewed: z.array(z.string().max(1024)).max(20),
  notReviewedCount: z.number().int().min(0),
  llm: z.object({
    status: z.enum(['off', 'used', 'failed', 'cancelled', 'nothing-to-send']),
    label: z.string().max(200).optional(),
    notice: z.string().max(600).optional(),
  }),
  lesson: z.object({ conceptId: conceptIdSchema, title: z.string().max(200), findings: z.number().int().min(0), reviews: z.number().int().min(0) }).optional(),
});
export type PanelCodeReview = z.infer<typeof panelCodeReviewSchema>;

/** One concept of the "From your history" summary. */
export const panelHistoryConceptSchema = z.object({
  conceptId: conceptIdSchema,
  title: z.string().max(200),
  usedIn: z.number().int().min(0),
  fixedIn: z.number().int().min(0),
  introduced: z.number().int().min(0),
  examples: z.array(z.object({ commit: z.string().max(40), subject: z.string().max(200), kind: z.enum(['used', 'fixed', 'introduced']) })).max(3),
});
export type PanelHistoryConcept = z.infer<typeof panelHistoryConceptSchema>;

/** What "Analyze my history" found in the engineer's own commits, and what it fed to the model. */
export const panelFromHistorySchema = z.object({
  analyzedAt: z.number().int().min(0),
  /** The identity matched, e.g. "Alice <alice@example.com>". */
  author: z.string().max(300),
  repository: z.string().max(1024),
  commits: z.number().int().min(0),
  from: z.number().int().min(0).optional(),
  to: z.number().int().min(0).optional(),
  truncated: z.boolean(),
  /** Observations (source history) this run gave the model; 0 when every commit had been analyzed before. */
  newEvidence: z.number().int().min(0),
  concepts: z.array(panelHistoryConceptSchema).max(40),
});
export type PanelFromHistory = z.infer<typeof panelFromHistorySchema>;

/** One concept's "recurrence after help". */
export const panelOutcomeSchema = z.object({
  conceptId: conceptIdSchema,
  title: z.string().max(200),
  verdict: z.enum(['too-early', 'none-since', 'fewer', 'same', 'more', 'no-errors']),
  summary: z.string().max(600),
  helpCount: z.number().int().min(0),
  /** "a tutorial and 2 hints" */
  helpLabel: z.string().max(200),
  lastHelpAt: z.number().int().min(0),
  errorsBefore: z.number().int().min(0),
  errorsAfter: z.number().int().min(0),
});
export type PanelOutcome = z.infer<typeof panelOutcomeSchema>;

/** The learning outcome section: a headline across concepts and one line per concept. */
export const panelOutcomesSchema = z.object({
  headline: z.string().max(600),
  concepts: z.array(panelOutcomeSchema).max(100),
});
export type PanelOutcomes = z.infer<typeof panelOutcomesSchema>;

/** The passive "explain it back" offer after a large paste, and its one question. */
export const panelPasteCheckSchema = z.object({
  id: z.string().max(64),
  /** Where the code was pasted (workspace-relative). */
  label: z.string().max(1024),
  lines: z.number().int().min(0),
  status: z.enum(['offered', 'loading', 'question', 'answered']),
  question: z
    .object({
      conceptId: conceptIdSchema,
      title: z.string().max(200),
      reminder: z.string().max(600),
      item: quizItemSchema,
      origin: z.enum(['detector', 'library', 'llm']),
    })
    .optional(),
  answer: z.object({ correct: z.boolean(), given: z.string().max(600) }).optional(),
  notice: z.string().max(600).optional(),
});
export type PanelPasteCheck = z.infer<typeof panelPasteCheckSchema>;

/** Everything the panel renders, sent whole on every change so the panel never reconciles diffs. */
export const panelStateSchema = z.object({
  view: panelViewSchema,
  diagnostics: z.array(panelDiagnosticSchema).max(500),
  /** How many diagnostics the host is tracking in total (the list above may be truncated). */
  diagnosticCount: z.number().int().min(0),
  llm: z.object({ configured: z.boolean(), label: z.string().max(200) }),
  focus: panelFocusSchema.optional(),
  skills: z.array(panelSkillSchema).max(1000),
  skillFilter: z.string().max(64),
  review: z.array(panelReviewSchema).max(200),
  history: z.array(panelHistorySchema).max(200),
  /** A one-line notice for the engineer (e.g. "Profile restored from backup"), or empty. */
  notice: z.string().max(600),
  codeReview: panelCodeReviewSchema.optional(),
  fromHistory: panelFromHistorySchema.optional(),
  /** A history analysis in progress, or the last one's failure with what to do. */
  historyRun: z.object({ state: z.enum(['running', 'failed']), message: z.string().max(600) }).optional(),
  outcomes: panelOutcomesSchema,
  pasteCheck: panelPasteCheckSchema.optional(),
});
export type PanelState = z.infer<typeof panelStateSchema>;

/** Messages from the host to the panel. */
export const hostToPanelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state/didChange'), state: panelStateSchema }),
]);
export type HostToPanel = z.infer<typeof hostToPanelSchema>;

/** The engineer's choice about a concept, which feeds the model. */
export const conceptChoiceSchema = z.enum(['teach-me', 'know-this', 'just-fix']);
export type ConceptChoice = z.infer<typeof conceptChoiceSchema>;

/** Messages from the panel to the host. */
export const panelToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('webview/ready') }),
  z.object({ type: z.literal('view/select'), view: panelViewSchema }),
  z.object({
    type: z.literal('location/open'),
    file: z.string().max(1024),
    line: z.number().int().min(0),
    character: z.number().int().min(0),
  }),
  z.object({ type: z.literal('concept/open'), conceptId: conceptIdSchema }),
  z.object({ type: z.literal('concept/choose'), conceptId: conceptIdSchema, choice: conceptChoiceSchema }),
  z.object({ type: z.literal('tutorial/request'), conceptId: conceptIdSchema, level: tutorialLevelSchema.optional() }),
  z.object({
    type: z.literal('quiz/answer'),
    conceptId: conceptIdSchema,
    index: z.number().int().min(0).max(2),
    answer: z.string().max(600),
  }),
  z.object({ type: z.literal('hint/next'), conceptId: conceptIdSchema }),
  z.object({ type: z.literal('review/answer'), conceptId: conceptIdSchema, answer: z.string().max(600) }),
  z.object({ type: z.literal('skills/filter'), language: z.string().max(64) }),
  z.object({ type: z.literal('sent/show') }),
  /** Runs "Review my changes"; without a target the host asks which changes. */
  z.object({ type: z.literal('codeReview/run'), target: codeReviewTargetSchema.optional() }),
  z.object({ type: z.literal('codeReview/hint'), file: z.string().max(1024), key: z.string().max(2400), action: z.enum(['open', 'learn', 'dismiss', 'fixed']) }),
  z.object({ type: z.literal('history/analyze') }),
  z.object({ type: z.literal('pasteCheck/start'), id: z.string().max(64) }),
  z.object({ type: z.literal('pasteCheck/answer'), id: z.string().max(64), answer: z.string().max(600) }),
  z.object({ type: z.literal('pasteCheck/dismiss'), id: z.string().max(64) }),
]);
export type PanelToHost = z.infer<typeof panelToHostSchema>;

/** An empty panel state, used before the host has anything to say. */
export function emptyPanelState(): PanelState {
  return {
    view: 'now',
    diagnostics: [],
    diagnosticCount: 0,
    llm: { configured: false, label: 'Built-in library (offline)' },
    skills: [],
    skillFilter: '',
    review: [],
    history: [],
    notice: '',
    outcomes: { headline: '', concepts: [] },
  };
}
