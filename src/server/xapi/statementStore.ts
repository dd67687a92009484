import { randomUUID } from 'node:crypto';
import { readSkillReport } from '../../shared/syncSchemas';
import type { Principal } from '../accounts/accountStore';
import { lockEngineers, refreshEngineerWeek } from '../aggregates/skillRollup';
import type { SqlDatabase, SqlExecutor } from '../database/sqlDatabase';
import type { AttachmentData } from './statementAttachments';
import { statementsMatch } from './statementComparison';
import { actorKey, indexStatement } from './statementIndex';
import { voidedVerbId, type XapiStatement } from './statementSchema';

type Json = Record<string, unknown>;

/** Rows per INSERT statement (a request may carry more; they are stored in the same transaction). */
const maxRowsPerInsert = 500;
/** SQLSTATE unique_violation. */
const uniqueViolation = '23505';

/** A refusal of a write or query with its HTTP status, raised before anything is stored. */
export class StatementError extends Error {
  constructor(readonly status: 400 | 403 | 404 | 409, message: string) {
    super(message);
  }
}

/** The query filters of GET /statements (xAPI 2.0 communication 2.1.3), already parsed and validated. */
export interface StatementQuery {
  agentKey?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  relatedActivities: boolean;
  relatedAgents: boolean;
  sinceMs?: number;
  untilMs?: number;
  limit: number;
  ascending: boolean;
  /** Paging cursor: the last sequence number already returned. */
  afterSeq?: number;
}

/** Who may see what: admins every statement, engineers only those they own. */
export interface StatementScope {
  ownerId?: number;
}

/** The Agent the server names as authority for a principal, and as the engineer's own identity. */
export function principalAgent(principal: Principal, homePage: string): Json {
  return { objectType: 'Agent', name: principal.name, account: { homePage, name: principal.name } };
}

interface StoredRow {
  seq: number;
  statement: Json;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The LRS must return every contextActivities value as an array, even one that arrived as a single Activity
// (xAPI-Data 2.4.6.2); storing it that way also lets a repeat in either shape compare equal.
function withContextActivityArrays(statement: Json): Json {
  let out = statement;
  const context = statement.context;
  if (isObject(context) && isObject(context.contextActivities)) {
    const lists: Json = {};
    for (const [name, list] of Object.entries(context.contextActivities)) lists[name] = Array.isArray(list) ? list : [list];
    out = { ...out, context: { ...context, contextActivities: lists } };
  }
  const object = statement.object;
  if (isObject(object) && object.objectType === 'SubStatement') out = { ...out, object: withContextActivityArrays(object) };
  return out;
}

function attachmentSha2s(statement: Json): string[] {
  const own = Array.isArray(statement.attachments) ? statement.attachments.filter(isObject).map((a) => String(a.sha2).toLowerCase()) : [];
  const object = statement.object;
  return isObject(object) && object.objectType === 'SubStatement' ? [...own, ...attachmentSha2s(object)] : own;
}

type PreparedRow = { id: string; complete: Json; index: ReturnType<typeof indexStatement> };

/**
 * One statement per batch (round trips, not rows, dominate ingest cost): inserts the statements, voided on arrival
 * when an earlier voiding statement its sender could have sent targets them (xAPI-Data 2.3.2), queues them for
 * every forwarding target, and queues the skill reports among them for the team roll-up. `onConflict` is empty
 * (a stored id fails the statement) or ON CONFLICT DO NOTHING (stored ids are skipped); `answer` reads `inserted`
 * and `queued`. Parameters: `ingestParams`.
 */
function ingestSql(onConflict: string, answer: string): string {
  return `WITH input AS (
       SELECT r.id, $2::integer AS owner_id, r.agent_keys, r.related_agent_keys, r.verb_id, r.activity_id, r.related_activity_ids,
         r.registration, r.ref_id, $1::float8 AS stored_ms, r.verb_id = $6 AS is_voiding, r.statement
       FROM jsonb_to_recordset($5::jsonb) AS r(id uuid, agent_keys text[], related_agent_keys text[], verb_id text, activity_id text,
         related_activity_ids text[], registration uuid, ref_id uuid, statement jsonb)),
     inserted AS (
       INSERT INTO statements (id, owner_id, agent_keys, related_agent_keys, verb_id, activity_id, related_activity_ids,
         registration, ref_id, stored_ms, is_voiding, statement, voided)
       SELECT i.*, NOT i.is_voiding AND EXISTS (
         SELECT 1 FROM statements v LEFT JOIN users u ON u.id = v.owner_id
         WHERE v.is_voiding AND v.ref_id = i.id AND v.id <> i.id AND (u.role = 'admin' OR v.owner_id = i.owner_id))
       FROM input i
       ${onConflict}
       RETURNING seq, id, voided),
     forwarded AS (
       INSERT INTO forward_outbox (target_id, statement_seq, next_attempt_ms)
       SELECT t.id, s.seq, $1::float8 FROM forward_targets t CROSS JOIN inserted s),
     queued AS (
       INSERT INTO rollup_queue (user_id, team_id, statement_seqs, queued_ms)
       SELECT $2::integer, $3::integer, array_agg(s.seq ORDER BY s.seq), $1::float8 FROM inserted s
       WHERE s.id = ANY($4::uuid[]) AND NOT s.voided HAVING count(*) > 0
       RETURNING id)
     ${answer}`;
}

/** The common write: fails as a whole when any id is already stored. */
const insertNewSql = ingestSql('', 'SELECT (SELECT count(*) FROM inserted)::integer AS stored, (SELECT count(*) FROM queued)::integer AS queued');
/** The careful write, inside a transaction: skips ids already stored, answers what it inserted. */
const insertSkippingStoredSql = ingestSql('ON CONFLICT (id) DO NOTHING', 'SELECT seq::float8 AS seq, id::text AS id, voided FROM inserted');

/**
 * The batch travels as one JSON document that PostgreSQL parses into rows, not 12 parameters per row: the SQL text
 * stays constant and small, and neither side encodes or decodes thousands of parameters.
 */
function ingestParams(principal: Principal, rows: PreparedRow[], reportIds: string[], nowMs: number): unknown[] {
  const batch = JSON.stringify(
    rows.map(({ id, complete, index }) => ({
      id,
      agent_keys: index.agentKeys,
      related_agent_keys: index.relatedAgentKeys,
      verb_id: index.verbId,
      activity_id: index.activityId,
      related_activity_ids: index.relatedActivityIds,
      registration: index.registration,
      ref_id: index.refId,
      statement: complete,
    })),
  );
  return [nowMs, principal.userId, principal.teamId, reportIds, batch, voidedVerbId];
}

/** Writes, voids and reads statements in the database; the LRS routes and the admin tools use it. */
export class StatementStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly accountHomePage: string,
    /** Called after a write that queued skill reports committed (the roll-up worker's cue). */
    private readonly onReportsQueued: () => void = () => undefined,
  ) {}

  /**
   * Stores a batch atomically: either every new statement is stored or none is. Statements whose id is already
   * stored with matching content are accepted without change; a differing one rejects the batch with 409.
   */
  async store(
    principal: Principal,
    incoming: XapiStatement[],
    putId?: string,
    attachmentData: ReadonlyMap<string, AttachmentData> = new Map(),
  ): Promise<{ ids: string[]; queuedReports: boolean }> {
    const authority = principalAgent(principal, this.accountHomePage);
    const ownKey = actorKey(authority);
    const seen = new Set<string>();
    const prepared = incoming.map((statement) => {
      const id = (putId ?? statement.id ?? randomUUID()).toLowerCase();
      if (statement.id !== undefined && putId !== undefined && statement.id.toLowerCase() !== putId.toLowerCase()) {
        throw new StatementError(400, `the statement's id ${statement.id} differs from the statementId parameter ${putId}`);
      }
      if (seen.has(id)) throw new StatementError(400, `the batch contains statement id ${id} more than once`);
      seen.add(id);
      if (principal.role === 'engineer' && actorKey(statement.actor as Json) !== ownKey) {
        throw new StatementError(403, `engineers may only send statements about themselves: use actor ${JSON.stringify(authority)}`);
      }
      if (principal.role === 'lead') throw new StatementError(403, 'team leads read aggregates; they do not write statements');
      return { id, statement: withContextActivityArrays(statement as Json) };
    });

    const nowMs = Date.now();
    const storedIso = new Date(nowMs).toISOString();
    const rows = prepared.map(({ id, statement }) => {
      const complete: Json = {
        ...statement,
        id,
        timestamp: statement.timestamp ?? storedIso,
        stored: storedIso,
        authority,
        version: statement.version ?? '2.0.0',
      };
      return { id, statement, complete, index: indexStatement(complete) };
    });
    // Skill reports of engineers in a team are queued for the team roll-up (aggregates/rollupQueue.ts).
    const reportIds = principal.teamId !== null && principal.role === 'engineer' ? rows.filter((row) => readSkillReport(row.complete)).map((row) => row.id) : [];

    // The common write (new statements, no voiding, no attachment bytes) is one statement in autocommit. If any id
    // is already stored (a retry after a lost reply, or another instance storing it this moment) the unique index
    // fails that statement, so nothing of it is stored, and the careful transaction below decides.
    const simple = rows.length <= maxRowsPerInsert && attachmentData.size === 0 && rows.every((row) => row.index.verbId !== voidedVerbId);
    if (simple) {
      const stored = await this.db
        .query<{ stored: number; queued: number }>(
          insertNewSql,
          ingestParams(principal, rows, reportIds, nowMs),
          { prepareAs: 'skilltrace-ingest-new' },
        )
        .catch((error: unknown) => {
          if ((error as { code?: unknown }).code === uniqueViolation) return undefined;
          throw error;
        });
      if (stored) {
        if (stored[0]!.queued > 0) this.onReportsQueued();
        return { ids: prepared.map((p) => p.id), queuedReports: stored[0]!.queued > 0 };
      }
    }

    const result = await this.db.transaction(async (tx) => {
      const seqById = new Map<string, number>();
      const voidedOnArrival = new Set<string>();
      for (let first = 0; first < rows.length; first += maxRowsPerInsert) {
        const chunk = rows.slice(first, first + maxRowsPerInsert);
        const inserted = await tx.query<{ seq: number; id: string; voided: boolean }>(
          insertSkippingStoredSql,
          ingestParams(principal, chunk, reportIds, nowMs),
        );
        for (const row of inserted) {
          seqById.set(row.id, row.seq);
          if (row.voided) voidedOnArrival.add(row.id);
        }
      }
      // Ids not inserted were already stored (before, or by another instance just now): accepted only unchanged.
      const repeated = rows.filter((row) => !seqById.has(row.id));
      if (repeated.length > 0) {
        const stored = await tx.query<{ id: string; statement: Json }>('SELECT id::text AS id, statement FROM statements WHERE id = ANY($1::uuid[])', [
          repeated.map((row) => row.id),
        ]);
        const byId = new Map(stored.map((row) => [row.id, row.statement]));
        for (const { id, statement } of repeated) {
          const winner = byId.get(id);
          if (winner && !statementsMatch(winner, statement)) throw new StatementError(409, `statement ${id} is already stored with different content`);
        }
      }
      const voidTargets: string[] = [];
      const attachmentLinks: { seq: number; sha2: string }[] = [];
      for (const { id, complete, index } of rows) {
        const seq = seqById.get(id);
        if (seq === undefined) continue;
        for (const sha2 of new Set(attachmentSha2s(complete))) if (attachmentData.has(sha2)) attachmentLinks.push({ seq, sha2 });
        if (!voidedOnArrival.has(id) && index.verbId === voidedVerbId && index.refId) voidTargets.push(index.refId);
      }
      if (attachmentLinks.length > 0) {
        const used = [...new Set(attachmentLinks.map((link) => link.sha2))].map((sha2) => attachmentData.get(sha2)!);
        await tx.query(
          // Hex text, not bytea[] parameters: the two drivers serialise arrays of binary values differently.
          `INSERT INTO attachment_data (sha2, content_type, content, created_ms)
           SELECT h, t, decode(c, 'hex'), $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS d(h, t, c) ON CONFLICT (sha2) DO NOTHING`,
          [used.map((d) => d.sha2), used.map((d) => d.contentType), used.map((d) => d.content.toString('hex')), nowMs],
        );
        await tx.query('INSERT INTO statement_attachments (statement_seq, sha2) SELECT * FROM unnest($1::bigint[], $2::text[])', [
          attachmentLinks.map((link) => link.seq),
          attachmentLinks.map((link) => link.sha2),
        ]);
      }
      for (const target of voidTargets) await this.voidTarget(tx, principal, target);
      return { ids: prepared.map((p) => p.id), queuedReports: reportIds.some((id) => seqById.has(id) && !voidedOnArrival.has(id)) };
    });
    if (result.queuedReports) this.onReportsQueued();
    return result;
  }

  private async voidTarget(tx: SqlExecutor, principal: Principal, targetId: string): Promise<void> {
    // A voiding statement cannot itself be voided, and engineers may void only their own statements.
    const rows = await tx.query<{ seq: number; owner_id: number | null }>(
      `UPDATE statements SET voided = true WHERE id = $1 AND NOT is_voiding AND ($2::integer IS NULL OR owner_id = $2)
       RETURNING seq::float8 AS seq, owner_id`,
      [targetId, principal.role === 'admin' ? null : principal.userId],
    );
    await lockEngineers(tx, rows.flatMap((row) => (row.owner_id === null ? [] : [row.owner_id])));
    for (const row of rows) await this.forgetReport(tx, row.seq);
  }

  private async forgetReport(tx: SqlExecutor, seq: number): Promise<void> {
    const reports = await tx.query<{ user_id: number; concept_id: string; week: number }>(
      'DELETE FROM mastery_reports WHERE statement_seq = $1 RETURNING user_id, concept_id, week',
      [seq],
    );
    for (const report of reports) await refreshEngineerWeek(tx, report.user_id, report.concept_id, report.week);
  }

  /** Deletes everything an engineer sent (revoking consent), keeping the team cells consistent. */
  async deleteOwnedBy(userId: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      await lockEngineers(tx, [userId]);
      const reports = await tx.query<{ concept_id: string; week: number }>(
        'DELETE FROM mastery_reports WHERE user_id = $1 RETURNING concept_id, week',
        [userId],
      );
      const keys = new Set(reports.map((r) => `${r.week}\u0000${r.concept_id}`));
      for (const key of keys) {
        const [week, conceptId] = key.split('\u0000');
        await refreshEngineerWeek(tx, userId, conceptId!, Number(week));
      }
      await this.oweErasuresToForwardTargets(tx, userId);
      const deleted = await tx.query('DELETE FROM statements WHERE owner_id = $1 RETURNING seq', [userId]);
      // Attachment bytes are shared by hash; delete those no remaining statement uses.
      await tx.query('DELETE FROM attachment_data a WHERE NOT EXISTS (SELECT 1 FROM statement_attachments l WHERE l.sha2 = a.sha2)');
      return deleted.length;
    });
  }

  /**
   * Deleting here must not leave the engineer's statements live in the LRSs they were forwarded to: each target is
   * owed the engineer's voiding statements it has not been sent yet (deleting the statements would drop them from
   * the outbox), and a voiding statement for each statement it received that nobody voided. Statements it has not
   * been sent are simply never sent.
   */
  private async oweErasuresToForwardTargets(tx: SqlExecutor, userId: number): Promise<void> {
    const nowMs = Date.now();
    await tx.query(
      `INSERT INTO forward_erasures (target_id, statement_id, statement, next_attempt_ms)
       SELECT o.target_id, s.id, s.statement - 'stored', $2 FROM forward_outbox o JOIN statements s ON s.seq = o.statement_seq
       WHERE s.owner_id = $1 AND s.is_voiding ON CONFLICT DO NOTHING`,
      [userId, nowMs],
    );
    await tx.query(
      `INSERT INTO forward_erasures (target_id, statement_id, statement, next_attempt_ms)
       SELECT t.id, v.id, jsonb_build_object(
           'id', v.id, 'actor', s.statement->'actor', 'verb', jsonb_build_object('id', $3::text, 'display', jsonb_build_object('en-US', 'voided')),
           'object', jsonb_build_object('objectType', 'StatementRef', 'id', s.id), 'timestamp', $4::text, 'version', '2.0.0'), $2
       FROM statements s CROSS JOIN forward_targets t CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id) v
       WHERE s.owner_id = $1 AND NOT s.is_voiding AND NOT s.voided AND s.stored_ms >= t.created_ms
         AND NOT EXISTS (SELECT 1 FROM forward_outbox o WHERE o.target_id = t.id AND o.statement_seq = s.seq)`,
      [userId, nowMs, voidedVerbId, new Date(nowMs).toISOString()],
    );
  }

  /** The stored bytes of the given attachments (by sha2); those stored with a fileUrl only are simply absent. */
  async attachmentData(sha2s: string[]): Promise<AttachmentData[]> {
    if (sha2s.length === 0) return [];
    const rows = await this.db.query<{ sha2: string; content_type: string; content: Uint8Array }>(
      'SELECT sha2, content_type, content FROM attachment_data WHERE sha2 = ANY($1::text[]) ORDER BY sha2',
      [[...new Set(sha2s.map((sha2) => sha2.toLowerCase()))]],
    );
    return rows.map((row) => ({ sha2: row.sha2, contentType: row.content_type, content: Buffer.from(row.content) }));
  }

  /** The definition of an Activity as the latest statement about it (in scope) gave it, if any did. */
  async activityDefinition(activityId: string, scope: StatementScope): Promise<Json | undefined> {
    const [row] = await this.db.query<{ definition: Json | null }>(
      `SELECT statement->'object'->'definition' AS definition FROM statements
       WHERE activity_id = $1 AND statement->'object' ? 'definition' AND ($2::integer IS NULL OR owner_id = $2)
       ORDER BY seq DESC LIMIT 1`,
      [activityId, scope.ownerId ?? null],
    );
    return row?.definition ?? undefined;
  }

  /** The names an Agent (by IFI key) was given as actor in the latest statements in scope. */
  async agentNames(agentKey: string, scope: StatementScope): Promise<string[]> {
    const rows = await this.db.query<{ name: string | null }>(
      `SELECT statement->'actor'->>'name' AS name FROM statements
       WHERE $1::text[] <@ agent_keys AND ($2::integer IS NULL OR owner_id = $2) ORDER BY seq DESC LIMIT 50`,
      [[agentKey], scope.ownerId ?? null],
    );
    return [...new Set(rows.flatMap((row) => (row.name ? [row.name] : [])))];
  }

  /** One statement by id; `voided` selects the voidedStatementId lookup. */
  async get(id: string, voided: boolean, scope: StatementScope): Promise<Json | undefined> {
    const [row] = await this.db.query<StoredRow>(
      `SELECT statement FROM statements WHERE id = $1 AND voided = $2 AND ($3::integer IS NULL OR owner_id = $3)`,
      [id.toLowerCase(), voided, scope.ownerId ?? null],
    );
    return row?.statement;
  }

  /** Runs a statement query; returns one page and the cursor of the next one when more match. */
  async query(query: StatementQuery, scope: StatementScope): Promise<{ statements: Json[]; nextAfterSeq?: number }> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    // Filters other than time and limit also match statements whose StatementRef targets a matching statement.
    const matchConditions = (alias: string): string[] => {
      const conditions: string[] = [];
      if (query.agentKey) conditions.push(`${param([query.agentKey])}::text[] <@ ${alias}.${query.relatedAgents ? 'related_agent_keys' : 'agent_keys'}`);
      if (query.verb) conditions.push(`${alias}.verb_id = ${param(query.verb)}`);
      if (query.activity) {
        conditions.push(query.relatedActivities ? `${param([query.activity])}::text[] <@ ${alias}.related_activity_ids` : `${alias}.activity_id = ${param(query.activity)}`);
      }
      if (query.registration) conditions.push(`${alias}.registration = ${param(query.registration.toLowerCase())}`);
      return conditions;
    };
    const where: string[] = ['NOT s.voided'];
    const direct = matchConditions('s');
    if (direct.length > 0) {
      const viaTarget = matchConditions('t');
      where.push(`((${direct.join(' AND ')}) OR s.ref_id IN (SELECT t.id FROM statements t WHERE ${viaTarget.join(' AND ')}))`);
    }
    if (scope.ownerId !== undefined) where.push(`s.owner_id = ${param(scope.ownerId)}`);
    if (query.sinceMs !== undefined) where.push(`s.stored_ms > ${param(query.sinceMs)}`);
    if (query.untilMs !== undefined) where.push(`s.stored_ms <= ${param(query.untilMs)}`);
    if (query.afterSeq !== undefined) where.push(`s.seq ${query.ascending ? '>' : '<'} ${param(query.afterSeq)}`);
    const rows = await this.db.query<StoredRow>(
      `SELECT s.seq::float8 AS seq, s.statement FROM statements s WHERE ${where.join(' AND ')}
       ORDER BY s.seq ${query.ascending ? 'ASC' : 'DESC'} LIMIT ${param(query.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    return {
      statements: page.map((row) => row.statement),
      nextAfterSeq: rows.length > query.limit ? page[page.length - 1]!.seq : undefined,
    };
  }
}
