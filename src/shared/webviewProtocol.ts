import { z } from 'zod';
import {
  conceptIdSchema,
  hintRungSchema,
  hintSchema,
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
  };
}
