import { z } from 'zod';
import { engineerAgentSchema, skillReportStatementSchema, type EngineerAgent, type SkillReportStatement } from '../../shared/syncSchemas';
import { emptyPlannerState, type PlannerState } from './skillReportPlanner';

/** A statement waiting to be sent, exactly as it will be sent (its id was assigned when it was planned). */
export const queuedStatementSchema = z.object({
  id: z.uuid(),
  conceptId: z.string().min(1).max(128),
  statement: skillReportStatementSchema,
  enqueuedAt: z.number(),
  attempts: z.number().int().min(0),
});
export type QueuedStatement = z.infer<typeof queuedStatementSchema>;

/** A statement the server refused for good, kept aside (not retried, not lost) with the server's reason. */
export const quarantinedStatementSchema = queuedStatementSchema.extend({
  quarantinedAt: z.number(),
  reason: z.string().max(2000),
});
export type QuarantinedStatement = z.infer<typeof quarantinedStatementSchema>;

/** Where delivery stands: failures in a row, when to try next, and a stop that needs the engineer. */
export const deliveryStateSchema = z.object({
  failures: z.number().int().min(0),
  nextAttemptAt: z.number(),
  lastError: z.string().max(2000).optional(),
  blocked: z.object({ problem: z.enum(['auth', 'config']), reason: z.string().max(2000), since: z.number() }).optional(),
  deliveredTotal: z.number().int().min(0),
  lastDeliveredAt: z.number().optional(),
});
export type DeliveryState = z.infer<typeof deliveryStateSchema>;

/** The whole queue as the queue file stores it. */
export interface SyncQueueSnapshot {
  planner: PlannerState;
  delivery: DeliveryState;
  pending: QueuedStatement[];
  quarantined: QuarantinedStatement[];
}

export function emptyQueueSnapshot(): SyncQueueSnapshot {
  return { planner: emptyPlannerState(), delivery: { failures: 0, nextAttemptAt: 0, deliveredTotal: 0 }, pending: [], quarantined: [] };
}

/**
 * The sync queue in memory, used by the outbox (which persists every change before acting on it): statements in
 * planning order, quarantined ones, the planner's memory and the delivery state. No I/O.
 */
export class SyncQueue {
  private state: SyncQueueSnapshot;

  constructor(snapshot: SyncQueueSnapshot = emptyQueueSnapshot()) {
    this.state = structuredClone(snapshot);
  }

  get planner(): PlannerState {
    return this.state.planner;
  }

  get delivery(): DeliveryState {
    return this.state.delivery;
  }

  pending(): readonly QueuedStatement[] {
    return this.state.pending;
  }

  quarantined(): readonly QuarantinedStatement[] {
    return this.state.quarantined;
  }

  snapshot(): SyncQueueSnapshot {
    return structuredClone(this.state);
  }

  setPlanner(planner: PlannerState): void {
    this.state.planner = planner;
  }

  /** Appends statements; ids already queued or quarantined are ignored, so a replayed plan cannot duplicate. */
  enqueue(statements: readonly SkillReportStatement[], conceptOf: (s: SkillReportStatement) => string, now: number): number {
    const known = new Set([...this.state.pending, ...this.state.quarantined].map((entry) => entry.id));
    let added = 0;
    for (const statement of statements) {
      const id = statement.id.toLowerCase();
      if (known.has(id)) continue;
      known.add(id);
      this.state.pending.push({ id, conceptId: conceptOf(statement), statement: { ...statement, id }, enqueuedAt: now, attempts: 0 });
      added++;
    }
    return added;
  }

  /** Removes delivered statements and resets the backoff. */
  markDelivered(ids: readonly string[], now: number): void {
    const done = new Set(ids.map((id) => id.toLowerCase()));
    const before = this.state.pending.length;
    this.state.pending = this.state.pending.filter((entry) => !done.has(entry.id));
    const delivered = before - this.state.pending.length;
    this.state.delivery = { ...this.state.delivery, failures: 0, nextAttemptAt: 0, lastError: undefined, deliveredTotal: this.state.delivery.deliveredTotal + delivered, lastDeliveredAt: now };
  }

  /** Moves statements aside with the server's reason. */
  quarantine(ids: readonly string[], reason: string, now: number): void {
    const aside = new Set(ids.map((id) => id.toLowerCase()));
    for (const entry of this.state.pending) if (aside.has(entry.id)) this.state.quarantined.push({ ...entry, quarantinedAt: now, reason: reason.slice(0, 2000) });
    this.state.pending = this.state.pending.filter((entry) => !aside.has(entry.id));
  }

  /** Counts a failed attempt on these statements and schedules the next one. */
  recordFailure(ids: readonly string[], reason: string, delayMs: number, now: number): void {
    const tried = new Set(ids.map((id) => id.toLowerCase()));
    for (const entry of this.state.pending) if (tried.has(entry.id)) entry.attempts++;
    this.state.delivery = { ...this.state.delivery, failures: this.state.delivery.failures + 1, nextAttemptAt: now + delayMs, lastError: reason.slice(0, 2000) };
  }

  /** Stops delivery until `unblock` (a new token, a corrected URL). */
  block(problem: 'auth' | 'config', reason: string, now: number): void {
    this.state.delivery = { ...this.state.delivery, blocked: { problem, reason: reason.slice(0, 2000), since: now }, lastError: reason.slice(0, 2000) };
  }

  unblock(): void {
    this.state.delivery = { ...this.state.delivery, blocked: undefined, failures: 0, nextAttemptAt: 0 };
  }

  /** Drops queued (never sent) statements about these concepts, e.g. newly excluded ones; returns how many. */
  dropConcepts(conceptIds: ReadonlySet<string>): number {
    const before = this.state.pending.length + this.state.quarantined.length;
    this.state.pending = this.state.pending.filter((entry) => !conceptIds.has(entry.conceptId));
    this.state.quarantined = this.state.quarantined.filter((entry) => !conceptIds.has(entry.conceptId));
    return before - this.state.pending.length - this.state.quarantined.length;
  }

  /** Puts quarantined statements back in the queue (after the engineer fixed the cause). */
  requeueQuarantined(): number {
    const back = this.state.quarantined.map(({ quarantinedAt: _at, reason: _reason, ...entry }) => ({ ...entry, attempts: 0 }));
    this.state.pending.push(...back);
    this.state.quarantined = [];
    return back.length;
  }

  /** Gives every queued statement a new actor (the same engineer on another server), keeping ids and content. */
  retarget(actor: EngineerAgent): void {
    const agent = engineerAgentSchema.parse(actor);
    for (const entry of [...this.state.pending, ...this.state.quarantined]) entry.statement = { ...entry.statement, actor: agent };
  }

  /** Forgets everything (revocation): nothing queued, nothing remembered. */
  clear(): void {
    this.state = emptyQueueSnapshot();
  }
}
