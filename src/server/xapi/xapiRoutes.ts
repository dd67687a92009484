import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AccountStore, Principal } from '../accounts/accountStore';
import { HttpError, authenticate } from '../http/requestAuth';
import { buildMultipart } from './multipartMixed';
import { attachmentsOf, isMultipartBody, matchAttachmentData, readMultipartStatements, type AttachmentData, type MultipartBody } from './statementAttachments';
import { acceptedLanguages, formatStatement } from './statementFormat';
import { actorKey } from './statementIndex';
import { actorSchema, describeIssues, iriSchema, statementSchema, timestampSchema, uuidSchema, type XapiStatement } from './statementSchema';
import { checkStatementSignature } from './statementSignature';
import { StatementStore, type StatementQuery } from './statementStore';
import { parseTimestamp } from './timestamps';

/** The xAPI version this LRS speaks, announced in every response and at /about. */
export const xapiVersion = '2.0.0';

const booleanParam = z.enum(['true', 'false']).transform((value) => value === 'true');

const queryParamsSchema = z.strictObject({
  statementId: uuidSchema.optional(),
  voidedStatementId: uuidSchema.optional(),
  agent: z.string().optional(),
  verb: iriSchema.optional(),
  activity: iriSchema.optional(),
  registration: uuidSchema.optional(),
  related_activities: booleanParam.optional(),
  related_agents: booleanParam.optional(),
  since: timestampSchema.optional(),
  until: timestampSchema.optional(),
  limit: z.string().regex(/^\d+$/, 'must be a non-negative integer').transform(Number).optional(),
  format: z.enum(['ids', 'exact', 'canonical']).optional(),
  attachments: booleanParam.optional(),
  ascending: booleanParam.optional(),
  more: z.string().max(2000).optional(),
});

const cursorSchema = z.object({ q: z.record(z.string(), z.string()), after: z.number() });

/** Options of the LRS routes. */
export interface XapiRouteOptions {
  accounts: AccountStore;
  statements: StatementStore;
  maxPageSize: number;
  /** How far back of "now" every committed statement is guaranteed visible (X-Experience-API-Consistent-Through). */
  consistencyMarginMs: number;
  maxBatch: number;
  maxBodyBytes: number;
  /** Called when an admin credential (an LMS, an analyst) reads statements, which may be anyone's: for the audit log. */
  onForeignRead?: (principal: Principal, query: Record<string, string>) => Promise<void>;
}

function singleValued(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (typeof value !== 'string') throw new HttpError(400, `query parameter "${key}" must be given once`);
    out[key] = value;
  }
  return out;
}

function checkVersionHeader(request: FastifyRequest): void {
  const header = request.headers['x-experience-api-version'];
  if (typeof header !== 'string') throw new HttpError(400, 'the X-Experience-API-Version header is required (send 2.0.0)');
  if (!/^(2\.0(\.\d+)?|1\.0(\.\d+)?)$/.test(header.trim())) {
    throw new HttpError(400, `X-Experience-API-Version "${header}" is not supported; this LRS speaks 2.0.0 (1.0.x accepted)`);
  }
}

/** Statements of a PUT or POST, validated, with the attachment bytes that came with them (by sha2). */
interface ParsedStatements {
  list: XapiStatement[];
  attachmentData: Map<string, AttachmentData>;
}

function parseStatements(rawBody: unknown, allowArray: boolean, maxBatch: number): ParsedStatements {
  let body = rawBody;
  let data: AttachmentData[] = [];
  if (isMultipartBody(rawBody)) ({ statements: body, data } = readMultipartStatements(rawBody));
  if (body === undefined || body === null) throw new HttpError(400, 'the request has no statement body');
  const list = Array.isArray(body) ? (body as unknown[]) : [body];
  if (Array.isArray(body) && !allowArray) throw new HttpError(400, 'PUT takes exactly one statement, not an array');
  if (list.length === 0) throw new HttpError(400, 'the statement array is empty');
  if (list.length > maxBatch) throw new HttpError(413, `at most ${maxBatch} statements per request; split the batch`);
  const statements = list.map((item, index) => {
    const parsed = statementSchema.safeParse(item);
    if (!parsed.success) throw new HttpError(400, describeIssues(parsed.error, Array.isArray(body) ? `statement[${index}].` : ''));
    return item as XapiStatement;
  });
  const attachmentData = matchAttachmentData(statements, data);
  for (const statement of statements) checkStatementSignature(statement, attachmentData);
  return { list: statements, attachmentData };
}

const statementsPath = /^\/xapi\/statements\/?(\?|$)/;

/** Sends statements (one, or a StatementResult) as multipart/mixed with the attachment bytes the LRS holds for them. */
async function sendWithAttachments(reply: FastifyReply, statements: StatementStore, payload: Record<string, unknown>, included: Record<string, unknown>[]): Promise<Buffer> {
  const sha2s = included.flatMap((statement) => attachmentsOf(statement).map((attachment) => String(attachment.sha2)));
  const data = await statements.attachmentData(sha2s);
  const { boundary, body } = buildMultipart([
    { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) },
    ...data.map((part) => ({
      headers: { 'Content-Type': part.contentType, 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': part.sha2 },
      body: part.content,
    })),
  ]);
  void reply.type(`multipart/mixed; boundary=${boundary}`);
  return body;
}

/** Registers the xAPI 2.0 statements resource and the about resource under `/xapi`. */
export function registerXapiRoutes(app: FastifyInstance, options: XapiRouteOptions): void {
  const { accounts, statements } = options;

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/xapi')) return;
    void reply.header('x-experience-api-version', xapiVersion);
    // Every answer to a statement read carries Consistent-Through, refusals included (xAPI-Communication 2.1.3).
    if ((request.method === 'GET' || request.method === 'HEAD') && statementsPath.test(request.url)) {
      void reply.header('x-experience-api-consistent-through', new Date(Date.now() - options.consistencyMarginMs).toISOString());
    }
    if (request.url.startsWith('/xapi/about')) return;
    checkVersionHeader(request);
  });

  // Refusals raised before this hook runs (the rate limiter's 429) still carry the headers every xAPI answer must.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/xapi')) return payload;
    if (!reply.hasHeader('x-experience-api-version')) void reply.header('x-experience-api-version', xapiVersion);
    if ((request.method === 'GET' || request.method === 'HEAD') && statementsPath.test(request.url) && !reply.hasHeader('x-experience-api-consistent-through')) {
      void reply.header('x-experience-api-consistent-through', new Date(Date.now() - options.consistencyMarginMs).toISOString());
    }
    return payload;
  });

  // xAPI accepts statements as application/json or multipart/mixed (with attachment bytes) and nothing else: 400, not 415.
  app.addContentTypeParser('multipart/mixed', { parseAs: 'buffer', bodyLimit: options.maxBodyBytes }, (request, bytes, done) => {
    const body: MultipartBody = { kind: 'multipart/mixed', contentType: String(request.headers['content-type']), bytes: bytes as Buffer };
    done(null, body);
  });
  // fastify's own text/plain parser would hand a string to the statement validator, with a less useful error.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('*', (request, _payload, done) => {
    const type = request.headers['content-type'] ?? '(none)';
    if (request.url.startsWith('/xapi')) done(new HttpError(400, `Content-Type ${type} is not accepted; send application/json, or multipart/mixed with attachments`));
    else done(new HttpError(415, `Content-Type ${type} is not accepted; send application/json`));
  });

  app.get('/xapi/about', async () => ({ version: [xapiVersion, '1.0.3'], extensions: {} }));

  const write = async (principal: Principal, parsed: ParsedStatements, putId?: string): Promise<string[]> => {
    const result = await statements.store(principal, parsed.list, putId, parsed.attachmentData);
    return result.ids;
  };

  app.put('/xapi/statements', { bodyLimit: options.maxBodyBytes }, async (request, reply) => {
    const principal = await authenticate(accounts, request, reply);
    const query = singleValued(request.query);
    const statementId = query.statementId;
    if (!statementId) throw new HttpError(400, 'PUT /statements needs the statementId parameter');
    if (!uuidSchema.safeParse(statementId).success) throw new HttpError(400, 'statementId must be a UUID');
    const extra = Object.keys(query).filter((key) => key !== 'statementId');
    if (extra.length > 0) throw new HttpError(400, `unexpected parameter(s) for PUT: ${extra.join(', ')}`);
    await write(principal, parseStatements(request.body, false, 1), statementId);
    return reply.code(204).send();
  });

  app.post('/xapi/statements', { bodyLimit: options.maxBodyBytes }, async (request, reply) => {
    const principal = await authenticate(accounts, request, reply);
    const query = singleValued(request.query);
    if (Object.keys(query).length > 0) throw new HttpError(400, `POST /statements takes no parameters (got ${Object.keys(query).join(', ')})`);
    const ids = await write(principal, parseStatements(request.body, true, options.maxBatch));
    return reply.code(200).send(ids);
  });

  app.get('/xapi/statements', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin', 'engineer']);
    const scope = principal.role === 'admin' ? {} : { ownerId: principal.userId };
    if (principal.role === 'admin') await options.onForeignRead?.(principal, singleValued(request.query));
    let raw = singleValued(request.query);
    let afterSeq: number | undefined;
    if (raw.more !== undefined) {
      if (Object.keys(raw).length > 1) throw new HttpError(400, 'a "more" request takes no other parameters');
      const cursor = cursorSchema.safeParse(decodeCursor(raw.more));
      if (!cursor.success) throw new HttpError(400, 'the "more" cursor is not one this LRS issued');
      raw = cursor.data.q;
      afterSeq = cursor.data.after;
    }
    const parsed = queryParamsSchema.safeParse(raw);
    if (!parsed.success) throw new HttpError(400, describeIssues(parsed.error, 'parameter '));
    const params = parsed.data;
    const languages = acceptedLanguages(request.headers['accept-language']);
    const format = params.format ?? 'exact';

    if (params.statementId !== undefined || params.voidedStatementId !== undefined) {
      const allowed = new Set(['statementId', 'voidedStatementId', 'format', 'attachments']);
      const extra = Object.keys(raw).filter((key) => !allowed.has(key));
      if (extra.length > 0 || (params.statementId !== undefined && params.voidedStatementId !== undefined)) {
        throw new HttpError(400, `statementId/voidedStatementId cannot be combined with ${[...extra, 'each other'].slice(0, extra.length || 1).join(', ')}`);
      }
      const voided = params.voidedStatementId !== undefined;
      const found = await statements.get((params.statementId ?? params.voidedStatementId)!, voided, scope);
      if (!found) throw new HttpError(404, `no ${voided ? 'voided ' : ''}statement with that id${voided ? '' : ' (voided statements are fetched with voidedStatementId)'}`);
      void reply.header('last-modified', new Date(parseTimestamp(String(found.stored))).toUTCString());
      const formatted = formatStatement(found, format, languages);
      return params.attachments ? sendWithAttachments(reply, statements, formatted, [found]) : formatted;
    }

    let agentKey: string | undefined;
    if (params.agent !== undefined) {
      let agentJson: unknown;
      try {
        agentJson = JSON.parse(params.agent);
      } catch {
        throw new HttpError(400, 'parameter agent must be a JSON Agent or identified Group');
      }
      const agent = actorSchema.safeParse(agentJson);
      agentKey = agent.success ? actorKey(agent.data) : undefined;
      if (!agentKey) throw new HttpError(400, 'parameter agent must be an Agent or identified Group with one IFI');
    }
    const limit = params.limit === undefined || params.limit === 0 ? options.maxPageSize : Math.min(params.limit, options.maxPageSize);
    const query: StatementQuery = {
      agentKey,
      verb: params.verb,
      activity: params.activity,
      registration: params.registration,
      relatedActivities: params.related_activities ?? false,
      relatedAgents: params.related_agents ?? false,
      sinceMs: params.since === undefined ? undefined : parseTimestamp(params.since),
      untilMs: params.until === undefined ? undefined : parseTimestamp(params.until),
      limit,
      ascending: params.ascending ?? false,
      afterSeq,
    };
    const page = await statements.query(query, scope);
    const more = page.nextAfterSeq === undefined ? '' : `/xapi/statements?more=${encodeCursor({ q: raw, after: page.nextAfterSeq })}`;
    const newestStored = Math.max(...page.statements.map((statement) => parseTimestamp(String(statement.stored))));
    if (Number.isFinite(newestStored)) void reply.header('last-modified', new Date(newestStored).toUTCString());
    const result = { statements: page.statements.map((statement) => formatStatement(statement, format, languages)), more };
    return params.attachments ? sendWithAttachments(reply, statements, result, page.statements) : result;
  });

  // The Activities and Agents resources, read-only, as statement clients use them to look up what statements describe.
  app.get('/xapi/activities', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin', 'engineer']);
    const query = z.strictObject({ activityId: iriSchema }).safeParse(singleValued(request.query));
    if (!query.success) throw new HttpError(400, `GET /activities needs exactly one parameter, activityId, an IRI (${describeIssues(query.error, 'parameter ')})`);
    const definition = await statements.activityDefinition(query.data.activityId, principal.role === 'admin' ? {} : { ownerId: principal.userId });
    return { objectType: 'Activity', id: query.data.activityId, ...(definition ? { definition } : {}) };
  });

  app.get('/xapi/agents', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin', 'engineer']);
    const query = z.strictObject({ agent: z.string() }).safeParse(singleValued(request.query));
    if (!query.success) throw new HttpError(400, 'GET /agents needs exactly one parameter, agent, a JSON Agent');
    let agentJson: unknown;
    try {
      agentJson = JSON.parse(query.data.agent);
    } catch {
      throw new HttpError(400, 'parameter agent must be a JSON Agent');
    }
    const agent = actorSchema.safeParse(agentJson);
    const key = agent.success && agent.data.objectType !== 'Group' ? actorKey(agent.data) : undefined;
    if (!agent.success || !key) throw new HttpError(400, 'parameter agent must be an Agent with one IFI (mbox, mbox_sha1sum, openid or account)');
    const names = await statements.agentNames(key, principal.role === 'admin' ? {} : { ownerId: principal.userId });
    const { objectType: _objectType, name, ...ifi } = agent.data as Record<string, unknown>;
    const person: Record<string, unknown> = { objectType: 'Person' };
    const allNames = [...new Set([...(typeof name === 'string' ? [name] : []), ...names])];
    if (allNames.length > 0) person.name = allNames;
    for (const [property, value] of Object.entries(ifi)) person[property] = [value];
    return person;
  });

  app.route({ method: ['DELETE', 'PATCH'], url: '/xapi/statements', handler: async (request) => {
    throw new HttpError(405, `${request.method} is not supported on /xapi/statements (use GET, HEAD, PUT or POST)`);
  } });

  app.all('/xapi/*', async (request) => {
    throw new HttpError(404, `${request.url.split('?')[0]} is not implemented by this LRS (statements, activities, agents and about are)`);
  });
}

function encodeCursor(value: z.infer<typeof cursorSchema>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeCursor(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
