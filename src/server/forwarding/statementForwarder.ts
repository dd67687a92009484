import type { SqlDatabase, SqlExecutor } from '../database/sqlDatabase';
import { buildMultipart } from '../xapi/multipartMixed';
import { attachmentsOf } from '../xapi/statementAttachments';

/** A remote LRS statements are copied to, as admins configure it (the password is never returned by the API). */
export interface ForwardTarget {
  id: number;
  endpoint: string;
  username: string;
}

/** Copies every stored statement to the configured LRSs, in batches, with retries and backoff; at-least-once. */
export class StatementForwarder {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: SqlDatabase,
    private readonly options: { intervalMs: number; batchSize: number; timeoutMs: number; log: (message: string) => void },
  ) {}

  async addTarget(endpoint: string, username: string, password: string): Promise<ForwardTarget> {
    const url = new URL(endpoint);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('the forwarding endpoint must be an http(s) URL');
    const normalised = url.toString().endsWith('/') ? url.toString() : `${url.toString()}/`;
    const [row] = await this.db.query<{ id: number }>(
      'INSERT INTO forward_targets (endpoint, username, password, created_ms) VALUES ($1, $2, $3, $4) RETURNING id',
      [normalised, username, password, Date.now()],
    );
    return { id: row!.id, endpoint: normalised, username };
  }

  async listTargets(): Promise<(ForwardTarget & { pending: number; lastError: string | null })[]> {
    return this.db.query(
      `SELECT t.id, t.endpoint, t.username,
         (SELECT count(*) FROM forward_outbox o WHERE o.target_id = t.id)::integer
           + (SELECT count(*) FROM forward_erasures e WHERE e.target_id = t.id)::integer AS pending,
         (SELECT max(last_error) FROM (SELECT last_error FROM forward_outbox o WHERE o.target_id = t.id
           UNION ALL SELECT last_error FROM forward_erasures e WHERE e.target_id = t.id) errors) AS "lastError"
       FROM forward_targets t ORDER BY t.id`,
    );
  }

  async removeTarget(id: number): Promise<boolean> {
    return (await this.db.query('DELETE FROM forward_targets WHERE id = $1 RETURNING id', [id])).length > 0;
  }

  start(): void {
    const tick = (): void => {
      this.running = this.flush()
        .then(() => undefined)
        .catch((error: unknown) => this.options.log(`forwarding failed: ${String(error)}`))
        .finally(() => {
          if (this.timer !== undefined) this.timer = setTimeout(tick, this.options.intervalMs);
        });
    };
    this.timer = setTimeout(tick, this.options.intervalMs);
  }

  async stop(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    clearTimeout(timer);
    await this.running;
  }

  /** Sends one due batch per target, and the voiding statements owed after deletions; returns how many were delivered. */
  async flush(): Promise<number> {
    const targets = await this.db.query<Target>('SELECT * FROM forward_targets');
    let delivered = 0;
    for (const target of targets) {
      delivered += await this.db.transaction(async (tx) => {
        // SKIP LOCKED lets several server instances share one outbox without sending a batch twice at once.
        const due = await tx.query<{ seq: number; attempts: number; statement: Record<string, unknown> }>(
          `SELECT o.statement_seq::float8 AS seq, o.attempts, s.statement FROM forward_outbox o JOIN statements s ON s.seq = o.statement_seq
           WHERE o.target_id = $1 AND o.next_attempt_ms <= $2 ORDER BY o.statement_seq LIMIT $3 FOR UPDATE OF o SKIP LOCKED`,
          [target.id, Date.now(), this.options.batchSize],
        );
        if (due.length === 0) return 0;
        const seqs = due.map((row) => row.seq);
        const body = due.map((row) => {
          const { stored: _stored, ...statement } = row.statement;
          return statement;
        });
        const error = await this.send(tx, target, body);
        if (error === undefined) {
          await tx.query('DELETE FROM forward_outbox WHERE target_id = $1 AND statement_seq = ANY($2::bigint[])', [target.id, seqs]);
          return due.length;
        }
        const retry = this.retryAfter(target, due, error);
        await tx.query(
          `UPDATE forward_outbox SET attempts = attempts + 1, next_attempt_ms = $3, last_error = $4
           WHERE target_id = $1 AND statement_seq = ANY($2::bigint[])`,
          [target.id, seqs, retry, error],
        );
        return 0;
      });
      delivered += await this.db.transaction(async (tx) => {
        const owed = await tx.query<{ statement_id: string; attempts: number; statement: Record<string, unknown> }>(
          `SELECT statement_id::text AS statement_id, attempts, statement FROM forward_erasures
           WHERE target_id = $1 AND next_attempt_ms <= $2 ORDER BY statement_id LIMIT $3 FOR UPDATE SKIP LOCKED`,
          [target.id, Date.now(), this.options.batchSize],
        );
        if (owed.length === 0) return 0;
        const ids = owed.map((row) => row.statement_id);
        const error = await this.send(tx, target, owed.map((row) => row.statement));
        if (error === undefined) {
          // Delivered: the last copy of the engineer's identity this server held for them goes with the row.
          await tx.query('DELETE FROM forward_erasures WHERE target_id = $1 AND statement_id = ANY($2::uuid[])', [target.id, ids]);
          return owed.length;
        }
        await tx.query(
          `UPDATE forward_erasures SET attempts = attempts + 1, next_attempt_ms = $3, last_error = $4
           WHERE target_id = $1 AND statement_id = ANY($2::uuid[])`,
          [target.id, ids, this.retryAfter(target, owed, error), error],
        );
        return 0;
      });
    }
    return delivered;
  }

  /** POSTs statements to a target; returns the error, or undefined when the target accepted them. */
  private async send(tx: SqlExecutor, target: Target, statements: Record<string, unknown>[]): Promise<string | undefined> {
    try {
      const { contentType, payload } = await requestBody(tx, statements);
      const response = await fetch(new URL('statements', target.endpoint), {
        method: 'POST',
        headers: {
          'content-type': contentType,
          'x-experience-api-version': '2.0.0',
          authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString('base64')}`,
        },
        body: payload,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      return response.ok ? undefined : `HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`;
    } catch (failure) {
      return String(failure).slice(0, 200);
    }
  }

  /** When a failed batch is tried again (exponential backoff, at most 10 minutes); logs the failure. */
  private retryAfter(target: Target, batch: { attempts: number }[], error: string): number {
    const attempts = Math.max(...batch.map((row) => row.attempts)) + 1;
    const backoffMs = Math.min(600_000, 1000 * 2 ** Math.min(attempts, 10));
    this.options.log(`forwarding to ${target.endpoint} failed (attempt ${attempts}), retrying in ${backoffMs / 1000}s: ${error}`);
    return Date.now() + backoffMs;
  }
}

type Target = { id: number; endpoint: string; username: string; password: string };

// Statements whose attachments were sent as bytes go on as multipart/mixed with those bytes, or the target would refuse them.
async function requestBody(tx: SqlExecutor, statements: Record<string, unknown>[]): Promise<{ contentType: string; payload: string | Uint8Array<ArrayBuffer> }> {
  const sha2s = [...new Set(statements.flatMap((statement) => attachmentsOf(statement).map((attachment) => String(attachment.sha2).toLowerCase())))];
  const data =
    sha2s.length === 0
      ? []
      : await tx.query<{ sha2: string; content_type: string; content: Uint8Array }>(
          'SELECT sha2, content_type, content FROM attachment_data WHERE sha2 = ANY($1::text[]) ORDER BY sha2',
          [sha2s],
        );
  if (data.length === 0) return { contentType: 'application/json', payload: JSON.stringify(statements) };
  const { boundary, body } = buildMultipart([
    { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(statements) },
    ...data.map((row) => ({
      headers: { 'Content-Type': row.content_type, 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': row.sha2 },
      body: Buffer.from(row.content),
    })),
  ]);
  const payload = new Uint8Array(new ArrayBuffer(body.length));
  payload.set(body);
  return { contentType: `multipart/mixed; boundary=${boundary}`, payload };
}
