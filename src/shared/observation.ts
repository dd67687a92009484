import { z } from 'zod';

/**
 * One observation of the engineer's work, produced by the watchers (diagnostics, edits, structure,
 * quizzes, reviews, history) and consumed by the skill model. Shared by every producer and consumer.
 */
export const observationKindSchema = z.enum(['opportunity', 'failure', 'recovery', 'success']);
export type ObservationKind = z.infer<typeof observationKindSchema>;

/** Where an observation came from; the skill model weighs sources differently. */
export const observationSourceSchema = z.enum([
  'diagnostic',
  'edit',
  'structure',
  'quiz',
  'review',
  'history',
  'feedback',
]);
export type ObservationSource = z.infer<typeof observationSourceSchema>;

/** Zero-based line/character range, as in the editor. */
export const rangeSchema = z.object({
  startLine: z.number().int().min(0),
  startCharacter: z.number().int().min(0),
  endLine: z.number().int().min(0),
  endCharacter: z.number().int().min(0),
});
export type Range = z.infer<typeof rangeSchema>;

/** What the engineer can be shown to explain why an observation was made. */
export const evidenceSchema = z.object({
  file: z.string().max(1024).optional(),
  language: z.string().max(64).optional(),
  range: rangeSchema.optional(),
  diagnosticSource: z.string().max(128).optional(),
  diagnosticCode: z.string().max(128).optional(),
  messageExcerpt: z.string().max(300).optional(),
  nodeKind: z.string().max(128).optional(),
  ruleId: z.string().max(256).optional(),
  timeToFixMs: z.number().min(0).optional(),
  repeatCount: z.number().int().min(0).optional(),
  note: z.string().max(300).optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** The typed observation stream's element. */
export const observationSchema = z.object({
  conceptId: z.string().min(1).max(128),
  kind: observationKindSchema,
  /** 0..1: how strongly this observation speaks about the concept. */
  strength: z.number().min(0).max(1),
  source: observationSourceSchema,
  /** Milliseconds since the epoch. */
  timestamp: z.number().int().min(0),
  evidence: evidenceSchema,
});
export type Observation = z.infer<typeof observationSchema>;
