import type { SqlDatabase } from '../database/sqlDatabase';

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
      `SELECT t.id, t.endpoint, t.username, count(o.statement_seq)::integer AS pending, max(o.last_error) AS "lastError"
       FROM forward_targets t LEFT JOIN forward_outbox o ON o.target_id = t.id GROUP BY t.id ORDER BY t.id`,
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

  /** Sends one due batch per target; returns how many statements were delivered. */
  async flush(): Promise<number> {
    const targets = await this.db.query<{ id: number; endpoint: string; username: string; password: string }>('SELECT * FROM forward_targets');
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
        let error: string | undefined;
        try {
          const response = await fetch(new URL('statements', target.endpoint), {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-experience-api-version': '2.0.0',
              authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString('base64')}`,
            },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(this.options.timeoutMs),
          });
          if (!response.ok) error = `HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`;
        } catch (failure) {
          error = String(failure).slice(0, 200);
        }
        if (error === undefined) {
          await tx.query('DELETE FROM forward_outbox WHERE target_id = $1 AND statement_seq = ANY($2::bigint[])', [target.id, seqs]);
          return due.length;
        }
        const attempts = Math.max(...due.map((row) => row.attempts)) + 1;
        const backoffMs = Math.min(600_000, 1000 * 2 ** Math.min(attempts, 10));
        await tx.query(
          `UPDATE forward_outbox SET attempts = attempts + 1, next_attempt_ms = $3, last_error = $4
           WHERE target_id = $1 AND statement_seq = ANY($2::bigint[])`,
          [target.id, seqs, Date.now() + backoffMs, error],
        );
        this.options.log(`forwarding to ${target.endpoint} failed (attempt ${attempts}), retrying in ${backoffMs / 1000}s: ${error}`);
        return 0;
      });
    }
    return delivered;
  }
}
