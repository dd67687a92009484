import { z } from 'zod';

// The skill-report payloads the extension's sync client sends to the team server as xAPI statements, shared by
// both ends so they agree on verbs, the concept activity type and the extension IRIs.

/** The xAPI verbs a skill report may use (ADL vocabulary). */
export const skillReportVerbs = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  mastered: 'http://adlnet.gov/expapi/verbs/mastered',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;
export type SkillReportVerb = keyof typeof skillReportVerbs;

/** Activity type of a programming concept (our own); concept activities have ids under `conceptActivityIdPrefix`. */
export const conceptActivityType = 'https://skilltrace.dev/xapi/activity-types/concept';
export const conceptActivityIdPrefix = 'https://skilltrace.dev/xapi/concepts/';

/** Result extension IRIs carrying the skill model's estimate. */
export const skillReportExtensions = {
  mastery: 'https://skilltrace.dev/xapi/extensions/mastery',
  uncertainty: 'https://skilltrace.dev/xapi/extensions/uncertainty',
  modelVersion: 'https://skilltrace.dev/xapi/extensions/model-version',
  explanation: 'https://skilltrace.dev/xapi/extensions/explanation',
} as const;

/** Below this mastery an engineer counts as struggling with a concept in the team aggregates. */
export const strugglingMasteryThreshold = 0.5;

/** A concept mastery summary as the extension produces it, before it becomes a statement. */
export const skillReportSchema = z.object({
  /** Client-generated so retries after an outage never duplicate a report. */
  id: z.uuid(),
  conceptId: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,127}$/i, 'concept ids are letters, digits, dot, dash, underscore'),
  conceptName: z.string().min(1).max(200),
  verb: z.enum(['attempted', 'progressed', 'mastered', 'answered', 'completed']),
  mastery: z.number().min(0).max(1),
  uncertainty: z.number().min(0).max(1),
  modelVersion: z.string().min(1).max(64),
  explanation: z.string().max(500),
  /** ISO 8601 time the estimate was made. */
  timestamp: z.iso.datetime({ offset: true }),
});
export type SkillReport = z.infer<typeof skillReportSchema>;

/** The engineer's xAPI identity on a server: an account whose home page the server announces at /api/me. */
export const engineerAgentSchema = z.object({
  objectType: z.literal('Agent'),
  account: z.object({ homePage: z.url(), name: z.string().min(1) }),
});
export type EngineerAgent = z.infer<typeof engineerAgentSchema>;

/** The statement the sync client sends for one report; the server recognises it by the concept activity type. */
export const skillReportStatementSchema = z.object({
  id: z.uuid(),
  actor: engineerAgentSchema,
  verb: z.object({ id: z.string(), display: z.record(z.string(), z.string()) }),
  object: z.object({
    objectType: z.literal('Activity'),
    id: z.string().startsWith(conceptActivityIdPrefix),
    definition: z.object({ type: z.literal(conceptActivityType), name: z.record(z.string(), z.string()) }),
  }),
  result: z.object({
    extensions: z.object({
      [skillReportExtensions.mastery]: z.number().min(0).max(1),
      [skillReportExtensions.uncertainty]: z.number().min(0).max(1),
      [skillReportExtensions.modelVersion]: z.string(),
      [skillReportExtensions.explanation]: z.string(),
    }),
  }),
  timestamp: z.string(),
});
export type SkillReportStatement = z.infer<typeof skillReportStatementSchema>;

/** Builds the xAPI statement for a report; used by the extension's sync client (and the server's tests). */
export function skillReportToStatement(report: SkillReport, actor: EngineerAgent): SkillReportStatement {
  return {
    id: report.id,
    actor,
    verb: { id: skillReportVerbs[report.verb], display: { 'en-US': report.verb } },
    object: {
      objectType: 'Activity',
      id: `${conceptActivityIdPrefix}${encodeURIComponent(report.conceptId)}`,
      definition: { type: conceptActivityType, name: { 'en-US': report.conceptName } },
    },
    result: {
      extensions: {
        [skillReportExtensions.mastery]: report.mastery,
        [skillReportExtensions.uncertainty]: report.uncertainty,
        [skillReportExtensions.modelVersion]: report.modelVersion,
        [skillReportExtensions.explanation]: report.explanation,
      },
    },
    timestamp: report.timestamp,
  };
}

/**
 * What the server reads from a statement that carries a skill report; undefined for any other statement. The
 * server calls it on every stored statement after full xAPI validation, so it checks only what makes a statement a
 * skill report, by hand: a zod parse here cost more than the rest of ingest.
 */
export function readSkillReport(statement: unknown): { conceptId: string; mastery: number; timestampMs: number } | undefined {
  const s = statement as { verb?: { id?: unknown }; object?: { id?: unknown; definition?: { type?: unknown } }; result?: { extensions?: Record<string, unknown> }; timestamp?: unknown };
  if (typeof s !== 'object' || s === null) return undefined;
  if (s.object?.definition?.type !== conceptActivityType) return undefined;
  const objectId = s.object.id;
  if (typeof objectId !== 'string' || !objectId.startsWith(conceptActivityIdPrefix)) return undefined;
  const verbId = s.verb?.id;
  if (typeof verbId !== 'string' || !(Object.values(skillReportVerbs) as string[]).includes(verbId)) return undefined;
  const mastery = s.result?.extensions?.[skillReportExtensions.mastery];
  if (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1)) return undefined;
  const timestampMs = typeof s.timestamp === 'string' ? Date.parse(s.timestamp) : Number.NaN;
  if (Number.isNaN(timestampMs)) return undefined;
  let conceptId: string;
  try {
    conceptId = decodeURIComponent(objectId.slice(conceptActivityIdPrefix.length));
  } catch {
    return undefined;
  }
  return conceptId.length > 0 ? { conceptId, mastery, timestampMs } : undefined;
}
