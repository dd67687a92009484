import { readSkillReport } from '../../shared/syncSchemas';
import type { SqlDatabase, SqlExecutor } from '../database/sqlDatabase';
import { lockEngineers, refreshEngineerWeeks, weekOf, type EngineerWeekKey } from './skillRollup';

/**
 * Skill reports are rolled up into the engineer rows and team cells after they are stored, not while: ingest
 * appends one `rollup_queue` row per request (the sequence numbers of the reports it stored) in the same statement
 * that stores them, and this worker folds queued rows into `mastery_reports`, `engineer_concept_weeks` and
 * `team_concept_weeks`, many requests per transaction.
 *
 * Correctness does not depend on the worker being quick:
 * - Every read of the aggregates first calls `catchUp`, which rolls up whatever was queued before the read (waiting
 *   for rows another instance is rolling up at that moment), so a report never misses a committed statement.
 * - Queue rows are taken with `FOR UPDATE` (background: `SKIP LOCKED`) and deleted in the transaction that rolls
 *   them up, so several server instances share the work and each row is applied once; a crash rolls back and the
 *   row is taken again.
 * - The per-engineer advisory lock (`lockEngineers`) is taken before reports are read, the same lock voiding and
 *   deletion take, so a statement voided while queued is never counted: it is skipped as voided, or its report is
 *   forgotten by the voiding that waited for the lock.
 */
export class SkillRollups {
  private timer: NodeJS.Timeout | undefined;
  private scheduled: NodeJS.Timeout | undefined;
  private firstUnrolledAt: number | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly db: SqlDatabase,
    private readonly options: {
      /** How long writes must pause before the background roll-up starts. */
      quietMs: number;
      /** The longest a written report waits for the background roll-up under sustained writes. */
      maxDelayMs: number;
      /** How often queued rows are looked for even without a write here (other instances, crashes). */
      intervalMs: number;
      /** Queue rows (requests) rolled up per transaction. */
      rowsPerTransaction: number;
      log: (message: string) => void;
    },
  ) {}

  start(): void {
    const tick = (): void => {
      this.runInBackground();
      if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs).unref();
    };
    this.timer = setTimeout(tick, this.options.intervalMs).unref();
  }

  /**
   * Called after a write committed reports. The background roll-up starts once writes pause for `quietMs`, and
   * under sustained writes at the latest `maxDelayMs` after the first unrolled write, so it batches many
   * requests and does not compete with ingest for the database while a burst is arriving.
   */
  notify(): void {
    if (this.stopped) return;
    const now = Date.now();
    this.firstUnrolledAt ??= now;
    clearTimeout(this.scheduled);
    const wait = Math.max(0, Math.min(this.options.quietMs, this.firstUnrolledAt + this.options.maxDelayMs - now));
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.firstUnrolledAt = undefined;
      this.runInBackground();
    }, wait);
  }

  /**
   * Rolls up everything queued before this call (for one team, or all), waiting for rows another transaction is
   * rolling up; afterwards the aggregates include every report committed before the call.
   */
  async catchUp(teamId?: number): Promise<void> {
    const [bound] = await this.db.query<{ last: number | null }>(
      'SELECT max(id)::float8 AS last FROM rollup_queue WHERE ($1::integer IS NULL OR team_id = $1)',
      [teamId ?? null],
    );
    if (bound?.last === null || bound?.last === undefined) return;
    while ((await this.rollUpSome({ teamId, upToId: bound.last, skipLocked: false })) > 0) {
      // Each pass takes at most rowsPerTransaction rows; rows committed after the bound are left to the background.
    }
  }

  /** Stops the timers and waits for a roll-up in progress; what is still queued stays queued for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
    await this.running;
  }

  /** Rows waiting (status and tests). */
  async pending(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM rollup_queue');
    return row?.n ?? 0;
  }

  private runInBackground(): void {
    if (this.running || this.stopped) return;
    this.running = (async () => {
      while (!this.stopped && (await this.rollUpSome({ skipLocked: true })) > 0) {
        // Keep going while there is work; other instances take other rows (SKIP LOCKED).
      }
    })()
      .catch((error: unknown) => this.options.log(`skill roll-up failed (queued reports stay queued and are retried): ${String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
  }

  /** One transaction: takes queued rows, rolls their reports up, deletes them; returns how many rows it took. */
  private async rollUpSome(filter: { teamId?: number; upToId?: number; skipLocked: boolean }): Promise<number> {
    return this.db.transaction(async (tx) => {
      const queued = await tx.query<{ id: number; user_id: number; team_id: number; statement_seqs: number[] }>(
        `SELECT id::float8 AS id, user_id, team_id, statement_seqs::float8[] AS statement_seqs FROM rollup_queue
         WHERE ($1::integer IS NULL OR team_id = $1) AND ($2::float8 IS NULL OR id <= $2)
         ORDER BY id LIMIT $3 FOR UPDATE${filter.skipLocked ? ' SKIP LOCKED' : ''}`,
        [filter.teamId ?? null, filter.upToId ?? null, this.options.rowsPerTransaction],
      );
      if (queued.length === 0) return 0;
      await lockEngineers(tx, queued.map((row) => row.user_id));
      await rollUpReports(tx, queued);
      await tx.query('DELETE FROM rollup_queue WHERE id = ANY($1::bigint[])', [queued.map((row) => row.id)]);
      return queued.length;
    });
  }
}

/**
 * Turns queued statements into mastery reports and refreshes the engineer rows and team cells they touch. Reads the
 * statements as stored (the queue carries only sequence numbers), skipping voided and deleted ones; the caller
 * holds the engineers' advisory locks.
 */
async function rollUpReports(tx: SqlExecutor, queued: { user_id: number; team_id: number; statement_seqs: number[] }[]): Promise<void> {
  const owner = new Map<number, { userId: number; teamId: number }>();
  for (const row of queued) for (const seq of row.statement_seqs) owner.set(seq, { userId: row.user_id, teamId: row.team_id });
  const stored = await tx.query<{ seq: number; statement: Record<string, unknown> }>(
    'SELECT seq::float8 AS seq, statement FROM statements WHERE seq = ANY($1::bigint[]) AND NOT voided',
    [[...owner.keys()]],
  );
  const reports: { seq: number; userId: number; teamId: number; conceptId: string; week: number; atMs: number; mastery: number }[] = [];
  for (const { seq, statement } of stored) {
    const report = readSkillReport(statement);
    const who = owner.get(seq);
    if (!report || !who) continue;
    reports.push({ seq, ...who, conceptId: report.conceptId, week: weekOf(report.timestampMs), atMs: report.timestampMs, mastery: report.mastery });
  }
  if (reports.length === 0) return;
  await tx.query(
    `INSERT INTO mastery_reports (statement_seq, user_id, team_id, concept_id, week, at_ms, mastery)
     SELECT * FROM unnest($1::bigint[], $2::integer[], $3::integer[], $4::text[], $5::integer[], $6::float8[], $7::real[])
     ON CONFLICT (statement_seq) DO NOTHING`,
    [
      reports.map((r) => r.seq),
      reports.map((r) => r.userId),
      reports.map((r) => r.teamId),
      reports.map((r) => r.conceptId),
      reports.map((r) => r.week),
      reports.map((r) => r.atMs),
      reports.map((r) => r.mastery),
    ],
  );
  const keys: EngineerWeekKey[] = reports.map((r) => ({ userId: r.userId, conceptId: r.conceptId, week: r.week }));
  await refreshEngineerWeeks(tx, keys);
}
