import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { batchSize, classifyDelivery, defaultBackoff, defaultDeliveryLimits, retryDelay, type BackoffPolicy, type DeliveryLimits } from '../../core/sync/deliveryPolicy';
import { noteQuizAnswer, planReports, type ConceptEstimate, type PlannerState, type ReportThresholds } from '../../core/sync/skillReportPlanner';
import { SyncQueue, type DeliveryState, type QuarantinedStatement, type QueuedStatement } from '../../core/sync/syncQueue';
import { skillReportToStatement, type EngineerAgent, type SkillReportStatement } from '../../shared/syncSchemas';
import { QueueFileLock } from './queueFileLock';
import { SyncQueueFile, type SyncQueueLoadResult } from './syncQueueFile';
import type { XapiSyncClient } from './xapiSyncClient';

/** Something the outbox did that the log (and sometimes the engineer) should hear about. */
export type OutboxEvent =
  | { type: 'delivered'; count: number }
  | { type: 'quarantined'; count: number; reason: string }
  | { type: 'retrying'; reason: string; delayMs: number }
  | { type: 'blocked'; problem: 'auth' | 'config'; reason: string }
  /** The queue file was found damaged (by another window's read or a later operation) and rebuilt. */
  | { type: 'recovered'; warnings: string[] }
  | { type: 'note'; message: string };

/** Options of the outbox; the defaults are what the extension uses, tests shorten the backoff. */
export interface SyncOutboxOptions {
  clock?: () => number;
  random?: () => number;
  limits?: DeliveryLimits;
  backoff?: BackoffPolicy;
  thresholds?: ReportThresholds;
  onEvent?: (event: OutboxEvent) => void;
  /** How long an operation waits for another window holding the queue (a flush can take a while). */
  lockTimeoutMs?: number;
}

/** A planned but not yet committed set of reports, shown to the engineer for consent before it is queued. */
export interface PlanDraft {
  statements: SkillReportStatement[];
  skipped: { conceptId: string; reason: string }[];
  readonly planner: PlannerState;
  readonly revision: number;
}

/** How a flush ended. */
export interface FlushResult {
  outcome: 'empty' | 'delivered' | 'waiting' | 'retrying' | 'blocked' | 'cancelled';
  delivered: number;
  quarantined: number;
  reason?: string;
  nextAttemptAt?: number;
}

/** Inputs of one planning run. */
export interface PlanInput {
  estimates: readonly ConceptEstimate[];
  actor: EngineerAgent;
  modelVersion: string;
  excluded: ReadonlySet<string>;
  newId: () => string;
}

/**
 * The sync client's outbox: plans skill reports into the on-disk queue (ids assigned and written before anything
 * is sent) and delivers it in batches, following the delivery policy (split, quarantine, back off, stop). One
 * operation at a time, across VS Code windows too (a lock file; each operation starts from what is on disk);
 * every change is written before the next request goes out, so an editor or server dying at any point loses
 * nothing and, since the server keeps one statement per id, duplicates nothing.
 */
export class SyncOutbox {
  private queue: SyncQueue;
  private revision = 0;
  private lock: Promise<unknown> = Promise.resolve();
  private readonly fileLock: QueueFileLock;
  private stamp = '';
  /** Quiz answers noted since the last operation, folded into the planner state by the next one. */
  private notes: { conceptId: string; completed: boolean }[] = [];
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly limits: DeliveryLimits;
  private readonly backoff: BackoffPolicy;

  private constructor(
    readonly file: SyncQueueFile,
    loaded: SyncQueueLoadResult,
    private readonly options: SyncOutboxOptions,
  ) {
    this.queue = new SyncQueue(loaded.snapshot);
    this.fileLock = new QueueFileLock(`${file.path}.lock`);
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.limits = options.limits ?? defaultDeliveryLimits;
    this.backoff = options.backoff ?? defaultBackoff;
  }

  /** Opens (or creates) the queue at `path`; the load result carries recovery warnings for the engineer. */
  static async open(path: string, options: SyncOutboxOptions = {}): Promise<{ outbox: SyncOutbox; load: SyncQueueLoadResult }> {
    await mkdir(dirname(path), { recursive: true });
    const file = new SyncQueueFile(path, options.clock);
    const lock = new QueueFileLock(`${path}.lock`);
    const { load, stamp } = await lock.run(options.lockTimeoutMs ?? 60_000, async () => ({ load: await file.load(), stamp: await file.stamp() }));
    const outbox = new SyncOutbox(file, load, options);
    outbox.stamp = stamp;
    return { outbox, load };
  }

  get path(): string {
    return this.file.path;
  }

  pending(): readonly QueuedStatement[] {
    return this.queue.pending();
  }

  quarantined(): readonly QuarantinedStatement[] {
    return this.queue.quarantined();
  }

  delivery(): DeliveryState {
    return this.queue.delivery;
  }

  /** Notes a quiz or review answer for the next report's verb (kept in memory, written with the next operation). */
  noteQuizAnswer(conceptId: string, completedTutorial: boolean): void {
    this.notes.push({ conceptId, completed: completedTutorial });
  }

  /** Plans reports without queueing them: what the next plan would add, for the preview and the consent dialog. */
  draft(input: PlanInput): PlanDraft {
    const planner = this.notes.reduce((state, note) => noteQuizAnswer(state, note.conceptId, note.completed), this.queue.planner);
    const plan = planReports(planner, input.estimates, {
      now: this.clock(),
      modelVersion: input.modelVersion,
      excluded: input.excluded,
      newId: input.newId,
      thresholds: this.options.thresholds,
    });
    const statements: SkillReportStatement[] = [];
    const skipped = [...plan.skipped];
    for (const report of plan.reports) {
      const statement = skillReportToStatement(report, input.actor);
      const bytes = Buffer.byteLength(JSON.stringify(statement));
      if (bytes > this.limits.maxStatementBytes) skipped.push({ conceptId: report.conceptId, reason: `the report would be ${bytes} bytes, over the ${this.limits.maxStatementBytes}-byte limit` });
      else statements.push(statement);
    }
    return { statements, skipped, planner: plan.state, revision: this.revision };
  }

  /**
   * Queues a draft exactly as drafted (same ids, same content: what the engineer was shown) and writes the queue
   * before returning. A draft made before another plan or change is refused (`stale`), never queued twice.
   */
  commit(draft: PlanDraft): Promise<{ added: number; stale: boolean }> {
    return this.exclusive(async () => {
      if (draft.revision !== this.revision) return { added: 0, stale: true };
      return { added: await this.enqueueDraft(draft), stale: false };
    });
  }

  /** Plans and queues in one step (the timer and natural breaks). */
  plan(input: PlanInput): Promise<{ added: number; skipped: PlanDraft['skipped'] }> {
    return this.exclusive(async () => {
      const draft = this.draft(input);
      return { added: await this.enqueueDraft(draft), skipped: draft.skipped };
    });
  }

  private async enqueueDraft(draft: PlanDraft): Promise<number> {
    const before = this.queue.snapshot();
    const added = this.queue.enqueue(draft.statements, conceptIdOf, this.clock());
    // Quiz answers noted since the draft on concepts it does not report stay noted for the next report.
    const reported = new Set(draft.statements.map(conceptIdOf));
    const activity = { ...draft.planner.activity };
    for (const [conceptId, noted] of Object.entries(this.queue.planner.activity)) if (!reported.has(conceptId)) activity[conceptId] = noted;
    this.queue.setPlanner({ reported: draft.planner.reported, activity });
    try {
      await this.persist();
    } catch (error) {
      // Nothing may be sent that is not on disk: undo in memory what could not be written.
      this.queue = new SyncQueue(before);
      throw error;
    }
    this.revision++;
    return added;
  }

  /**
   * Sends the queue, oldest first, until it is empty, the server asks to wait, or delivery is blocked. Does nothing
   * before the scheduled retry time unless `force` (the engineer asked to sync now).
   */
  flush(client: XapiSyncClient, options: { signal?: AbortSignal; force?: boolean } = {}): Promise<FlushResult> {
    return this.exclusive(async () => {
      const result: FlushResult = { outcome: 'empty', delivered: 0, quarantined: 0 };
      const state = this.queue.delivery;
      if (state.blocked) return { ...result, outcome: 'blocked', reason: state.blocked.reason };
      if (this.queue.pending().length === 0) return result;
      if (!options.force && state.nextAttemptAt > this.clock()) return { ...result, outcome: 'waiting', reason: state.lastError, nextAttemptAt: state.nextAttemptAt };
      await this.quarantineOversized(result);
      while (this.queue.pending().length > 0) {
        const pending = this.queue.pending();
        const sizes = pending.slice(0, this.limits.maxStatements).map((entry) => Buffer.byteLength(JSON.stringify(entry.statement)));
        const batch = pending.slice(0, batchSize(sizes, this.limits));
        const halted = await this.deliver(batch, client, options.signal, result);
        if (halted) return result;
      }
      result.outcome = result.delivered > 0 || result.quarantined > 0 ? 'delivered' : 'empty';
      return result;
    });
  }

  /** Drops queued statements about concepts the engineer excluded; returns how many were dropped. */
  dropConcepts(conceptIds: ReadonlySet<string>): Promise<number> {
    // A draft made before the exclusion may report those concepts: it must not be committed.
    return this.mutate(() => this.queue.dropConcepts(conceptIds), { invalidatesDrafts: true });
  }

  /** Gives queued statements the engineer's agent on a (new) server. */
  retarget(actor: EngineerAgent): Promise<void> {
    return this.mutate(() => this.queue.retarget(actor));
  }

  /** Lifts a stop (after a new token or URL) so the next flush sends again. */
  unblock(): Promise<void> {
    return this.mutate(() => this.queue.unblock());
  }

  /** Puts quarantined statements back in the queue. */
  requeueQuarantined(): Promise<number> {
    return this.mutate(() => this.queue.requeueQuarantined());
  }

  /** Forgets everything and removes the files (revocation). */
  clear(): Promise<void> {
    return this.exclusive(async () => {
      this.queue.clear();
      this.revision++;
      await this.file.remove();
      await this.persist();
    });
  }

  /** Writes the queue now (deactivation: keeps noted quiz answers). */
  save(): Promise<void> {
    return this.exclusive(() => this.persist());
  }

  private async deliver(batch: readonly QueuedStatement[], client: XapiSyncClient, signal: AbortSignal | undefined, result: FlushResult): Promise<boolean> {
    const ids = batch.map((entry) => entry.id);
    const response = await client.postStatements(batch.map((entry) => entry.statement), signal);
    const now = this.clock();
    const verdict = classifyDelivery(response, ids, now);
    switch (verdict.action) {
      case 'delivered':
        this.queue.markDelivered(ids, now);
        await this.persist();
        result.delivered += ids.length;
        if (verdict.note) this.emit({ type: 'note', message: verdict.note });
        this.emit({ type: 'delivered', count: ids.length });
        return false;
      case 'split': {
        const middle = Math.ceil(batch.length / 2);
        for (const half of [batch.slice(0, middle), batch.slice(middle)]) if (await this.deliver(half, client, signal, result)) return true;
        return false;
      }
      case 'quarantine':
        this.queue.quarantine(ids, verdict.reason, now);
        await this.persist();
        result.quarantined += ids.length;
        this.emit({ type: 'quarantined', count: ids.length, reason: verdict.reason });
        return false;
      case 'retry': {
        const delayMs = retryDelay(this.queue.delivery.failures + 1, this.random, verdict.retryAfterMs, this.backoff);
        this.queue.recordFailure(ids, verdict.reason, delayMs, now);
        await this.persist();
        Object.assign(result, { outcome: 'retrying', reason: verdict.reason, nextAttemptAt: now + delayMs });
        this.emit({ type: 'retrying', reason: verdict.reason, delayMs });
        return true;
      }
      case 'stop':
        this.queue.block(verdict.problem, verdict.reason, now);
        await this.persist();
        Object.assign(result, { outcome: 'blocked', reason: verdict.reason });
        this.emit({ type: 'blocked', problem: verdict.problem, reason: verdict.reason });
        return true;
      case 'cancelled':
        result.outcome = 'cancelled';
        return true;
    }
  }

  private async quarantineOversized(result: FlushResult): Promise<void> {
    const tooLarge = this.queue.pending().filter((entry) => Buffer.byteLength(JSON.stringify(entry.statement)) > this.limits.maxStatementBytes);
    if (tooLarge.length === 0) return;
    const reason = `larger than the ${this.limits.maxStatementBytes}-byte limit for one statement; not sent`;
    this.queue.quarantine(tooLarge.map((entry) => entry.id), reason, this.clock());
    await this.persist();
    result.quarantined += tooLarge.length;
    this.emit({ type: 'quarantined', count: tooLarge.length, reason });
  }

  private mutate<T>(change: () => T, options: { invalidatesDrafts?: boolean } = {}): Promise<T> {
    return this.exclusive(async () => {
      const value = change();
      if (options.invalidatesDrafts) this.revision++;
      await this.persist();
      return value;
    });
  }

  private async persist(): Promise<void> {
    // The file on disk is the one this outbox last wrote or read when its stamp is unchanged: intact, as far as
    // this outbox can tell, so it can become the backup without being parsed again.
    const previousIntact = this.stamp !== '' && this.stamp !== 'missing' && (await this.file.stamp()) === this.stamp;
    await this.file.save(this.queue.snapshot(), { previousIntact });
    this.stamp = await this.file.stamp();
  }

  /** Runs `work` alone: after this window's earlier operations, holding the lock file, from the queue on disk. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const locked = (): Promise<T> =>
      this.fileLock.run(this.options.lockTimeoutMs ?? 60_000, async () => {
        await this.refresh();
        return work();
      });
    const run = this.lock.then(locked, locked);
    this.lock = run.catch(() => undefined);
    return run;
  }

  /** Reloads the queue when another window wrote it since, and folds in the quiz answers noted meanwhile. */
  private async refresh(): Promise<void> {
    const stamp = await this.file.stamp();
    if (stamp !== this.stamp) {
      const loaded = await this.file.load();
      if (loaded.warnings.length > 0) this.emit({ type: 'recovered', warnings: loaded.warnings });
      this.queue = new SyncQueue(loaded.snapshot);
      this.revision++;
      this.stamp = await this.file.stamp();
    }
    if (this.notes.length > 0) {
      const notes = this.notes.splice(0);
      this.queue.setPlanner(notes.reduce((state, note) => noteQuizAnswer(state, note.conceptId, note.completed), this.queue.planner));
      await this.persist();
    }
  }

  private emit(event: OutboxEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A listener's failure must not stop delivery.
    }
  }
}

function conceptIdOf(statement: SkillReportStatement): string {
  const id = statement.object.id.slice(statement.object.id.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
