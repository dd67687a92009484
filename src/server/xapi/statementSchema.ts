import { z } from 'zod';
import { isLanguageTag } from './languageTags';
import { timestampProblem } from './timestamps';

// Validation of xAPI 2.0 statements as the spec's LRS requirements describe (xAPI-Data 2.2: reject nulls outside
// extensions, strings where numbers or booleans belong, malformed IRIs/UUIDs/mailto, unknown keys, wrong-case keys).

const iriPattern = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// An Internet media type (RFC 6838 names, optional parameters), as attachments' contentType must be.
const mediaTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}(?:\s*;\s*[a-z0-9!#$&^_.+-]+=(?:[^\s;"]+|"[^"]*"))*$/i;
// Weeks stand alone in ISO 8601:2004 4.4.3.2 (P4W, never P4W1D); the alternative time-point format is not allowed.
const durationPattern = /^P(?:\d+(?:\.\d+)?W|(?!$)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?)$/;

/** An IRI with a scheme, as the spec's "best-effort" IRI validation allows. */
export const iriSchema = z.string().regex(iriPattern, 'must be an IRI with a scheme');
/** A UUID of RFC 4122's variant, as statement ids and registrations must be. */
export const uuidSchema = z.string().regex(uuidPattern, 'must be a UUID (RFC 4122 variant)');
/** An ISO 8601 timestamp with a time zone (extended, RFC 3339 or basic form); "-00:00" is not allowed. */
export const timestampSchema = z.string().superRefine((value, ctx) => {
  const problem = timestampProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const languageTagSchema = z.string().refine(isLanguageTag, 'must be an RFC 5646 language tag');
const languageMapSchema = z.record(languageTagSchema, z.string());
// Extension values are free JSON; a depth cap keeps hostile, deeply nested payloads out of storage and queries.
function jsonDepth(value: unknown, depth = 0): number {
  if (depth > 32 || typeof value !== 'object' || value === null) return depth;
  let deepest = depth;
  for (const child of Object.values(value)) deepest = Math.max(deepest, jsonDepth(child, depth + 1));
  return deepest;
}
const extensionsSchema = z.record(iriSchema, z.unknown()).refine((value) => jsonDepth(value) <= 32, 'extensions may nest at most 32 levels deep');
const mboxSchema = z.string().regex(/^mailto:[^@\s:]+@[^@\s]+$/, 'must be a mailto IRI');
const sha1Schema = z.string().regex(/^[0-9a-f]{40}$/i, 'must be a hex SHA-1 sum');
const accountSchema = z.strictObject({ homePage: iriSchema, name: z.string() });

const ifiShape = {
  mbox: mboxSchema.optional(),
  mbox_sha1sum: sha1Schema.optional(),
  openid: iriSchema.optional(),
  account: accountSchema.optional(),
};

function ifiCount(value: { mbox?: unknown; mbox_sha1sum?: unknown; openid?: unknown; account?: unknown }): number {
  return [value.mbox, value.mbox_sha1sum, value.openid, value.account].filter((ifi) => ifi !== undefined).length;
}

/** An Agent: exactly one inverse functional identifier. */
export const agentSchema = z
  .strictObject({ objectType: z.literal('Agent').optional(), name: z.string().optional(), ...ifiShape })
  .refine((agent) => ifiCount(agent) === 1, 'an Agent must have exactly one of mbox, mbox_sha1sum, openid, account');

/** A Group: identified (one IFI) or anonymous (members and no IFI). */
export const groupSchema = z
  .strictObject({ objectType: z.literal('Group'), name: z.string().optional(), member: z.array(agentSchema).optional(), ...ifiShape })
  .refine((group) => {
    const count = ifiCount(group);
    return count === 1 || (count === 0 && group.member !== undefined && group.member.length > 0);
  }, 'a Group must have exactly one IFI, or no IFI and at least one member');

/** The actor of a statement (or an instructor, or an object that is an Agent/Group). */
export const actorSchema = z.union([groupSchema, agentSchema]);

// An authority is an Agent, or (OAuth 3-legged) an anonymous Group of exactly two Agents (xAPI-Data 2.4.9).
const authoritySchema = z.union([
  agentSchema,
  z
    .strictObject({ objectType: z.literal('Group'), name: z.string().optional(), member: z.array(agentSchema), ...ifiShape })
    .refine((group) => ifiCount(group) === 0 && group.member.length === 2, 'a Group authority must be anonymous with exactly two Agent members'),
]);

const verbSchema = z.strictObject({ id: iriSchema, display: languageMapSchema.optional() });

const interactionComponentSchema = z.strictObject({ id: z.string().min(1), description: languageMapSchema.optional() });
const activityDefinitionSchema = z.strictObject({
  name: languageMapSchema.optional(),
  description: languageMapSchema.optional(),
  type: iriSchema.optional(),
  moreInfo: iriSchema.optional(),
  extensions: extensionsSchema.optional(),
  interactionType: z
    .enum(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'])
    .optional(),
  correctResponsesPattern: z.array(z.string()).optional(),
  choices: z.array(interactionComponentSchema).optional(),
  scale: z.array(interactionComponentSchema).optional(),
  source: z.array(interactionComponentSchema).optional(),
  target: z.array(interactionComponentSchema).optional(),
  steps: z.array(interactionComponentSchema).optional(),
});

/** An Activity object. */
export const activitySchema = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: iriSchema,
  definition: activityDefinitionSchema.optional(),
});

const statementRefSchema = z.strictObject({ objectType: z.literal('StatementRef'), id: uuidSchema });

const scoreSchema = z
  .strictObject({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, 'score.min must be less than score.max')
  .refine((s) => s.raw === undefined || s.min === undefined || s.raw >= s.min, 'score.raw must not be below score.min')
  .refine((s) => s.raw === undefined || s.max === undefined || s.raw <= s.max, 'score.raw must not be above score.max');

const resultSchema = z.strictObject({
  score: scoreSchema.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: z.string().regex(durationPattern, 'must be an ISO 8601 duration').optional(),
  extensions: extensionsSchema.optional(),
});

const contextActivityListSchema = z.union([activitySchema, z.array(activitySchema)]);
const contextSchema = z.strictObject({
  registration: uuidSchema.optional(),
  instructor: actorSchema.optional(),
  team: groupSchema.optional(),
  contextActivities: z
    .strictObject({
      parent: contextActivityListSchema.optional(),
      grouping: contextActivityListSchema.optional(),
      category: contextActivityListSchema.optional(),
      other: contextActivityListSchema.optional(),
    })
    .optional(),
  revision: z.string().optional(),
  platform: z.string().optional(),
  language: languageTagSchema.optional(),
  statement: statementRefSchema.optional(),
  extensions: extensionsSchema.optional(),
  contextAgents: z
    .array(z.strictObject({ objectType: z.literal('contextAgent'), agent: agentSchema, relevantTypes: z.array(iriSchema).min(1).optional() }))
    .optional(),
  contextGroups: z
    .array(z.strictObject({ objectType: z.literal('contextGroup'), group: groupSchema, relevantTypes: z.array(iriSchema).min(1).optional() }))
    .optional(),
});

const attachmentSchema = z.strictObject({
  usageType: iriSchema,
  display: languageMapSchema,
  description: languageMapSchema.optional(),
  contentType: z.string().regex(mediaTypePattern, 'must be an Internet media type such as text/plain'),
  length: z.number().int().min(0),
  sha2: z.string().regex(/^[0-9a-f]{56,128}$/i, 'must be a hex SHA-2 hash'),
  fileUrl: iriSchema.optional(),
});

const objectTypeGuard = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'objectType' in value ? String((value as { objectType: unknown }).objectType) : undefined;

// Picking the branch by objectType gives errors about the right shape instead of a union's every failure.
function objectSchemaFor(allowSubStatement: boolean): z.ZodType {
  return z.unknown().superRefine((value, ctx) => {
    const kind = objectTypeGuard(value) ?? 'Activity';
    const schema =
      kind === 'Activity' ? activitySchema
      : kind === 'Agent' ? agentSchema
      : kind === 'Group' ? groupSchema
      : kind === 'StatementRef' ? statementRefSchema
      : kind === 'SubStatement' && allowSubStatement ? subStatementSchema
      : undefined;
    if (!schema) {
      ctx.addIssue({ code: 'custom', message: `objectType "${kind}" is not allowed here` });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path });
  });
}

function refuseRevisionWithoutActivity(statement: { object: unknown; context?: { revision?: unknown; platform?: unknown } }, ctx: z.RefinementCtx): void {
  const objectKind = objectTypeGuard(statement.object) ?? 'Activity';
  if (objectKind !== 'Activity' && statement.context && (statement.context.revision !== undefined || statement.context.platform !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['context'], message: 'context.revision and context.platform are only allowed when the object is an Activity' });
  }
}

const subStatementSchema = z
  .strictObject({
    objectType: z.literal('SubStatement'),
    actor: actorSchema,
    verb: verbSchema,
    object: objectSchemaFor(false),
    result: resultSchema.optional(),
    context: contextSchema.optional(),
    timestamp: timestampSchema.optional(),
    attachments: z.array(attachmentSchema).optional(),
  })
  .superRefine(refuseRevisionWithoutActivity);

const voidedVerb = 'http://adlnet.gov/expapi/verbs/voided';

/** A statement as an LRS accepts it from a client (xAPI 2.0, 1.0.x version values accepted too). */
export const statementSchema = z
  .strictObject({
    id: uuidSchema.optional(),
    actor: actorSchema,
    verb: verbSchema,
    object: objectSchemaFor(true),
    result: resultSchema.optional(),
    context: contextSchema.optional(),
    timestamp: timestampSchema.optional(),
    stored: timestampSchema.optional(),
    authority: authoritySchema.optional(),
    version: z.string().regex(/^[12]\.0(\.\d+)?$/, 'must be a 1.0.x or 2.0.x version').optional(),
    attachments: z.array(attachmentSchema).optional(),
  })
  .superRefine((statement, ctx) => {
    const objectKind = objectTypeGuard(statement.object) ?? 'Activity';
    if (statement.verb.id === voidedVerb && objectKind !== 'StatementRef') {
      ctx.addIssue({ code: 'custom', path: ['object'], message: 'a voiding statement must have a StatementRef object' });
    }
    refuseRevisionWithoutActivity(statement, ctx);
  });

/** A statement that passed validation. */
export type XapiStatement = z.infer<typeof statementSchema> & Record<string, unknown>;
/** An Agent or Group as validated. */
export type XapiActor = z.infer<typeof actorSchema>;

/** The verb id that marks a voiding statement. */
export const voidedVerbId = voidedVerb;

/** Turns zod issues into one readable message for a 400 response. */
export function describeIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${prefix}${issue.path.length > 0 ? issue.path.join('.') : '(statement)'}: ${issue.message}`)
    .join('; ');
}
