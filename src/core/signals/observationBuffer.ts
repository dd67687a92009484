import { observationSchema, type Observation, type ObservationKind } from '../../shared/observation';

/** Running totals for one concept over the whole session, kept after the observations themselves roll out of the ring. */
export interface ConceptAggregate {
  conceptId: string;
  /** Observations per kind. */
  counts: Record<ObservationKind, number>;
  /** Sum of strengths per kind. */
  strength: Record<ObservationKind, number>;
  firstAt: number;
  lastAt: number;
}

/** Limits of the observation buffer. */
export interface ObservationBufferOptions {
  /** Most recent observations kept in full. */
  capacity?: number;
  /** Concepts with aggregates; the least recently observed is dropped beyond this. */
  maxConcepts?: number;
}

/** What `push` did with an observation. */
export type PushResult = { accepted: true } | { accepted: false; error: string };

/** Counters that show whether anything was rejected or rolled out, so nothing is lost unnoticed. */
export interface ObservationBufferStats {
  size: number;
  capacity: number;
  accepted: number;
  rejected: number;
  /** Observations that rolled out of the ring (still counted in their concept's aggregate). */
  overwritten: number;
  concepts: number;
  evictedConcepts: number;
  lastRejection?: string;
}

const zeroKinds = (): Record<ObservationKind, number> => ({ opportunity: 0, failure: 0, recovery: 0, success: 0 });

/**
 * The watchers' output stream in memory: a ring of the most recent observations plus per-concept aggregates, both
 * bounded, so memory stays flat over a long session. Observations are validated on the way in; a bad one is
 * rejected with a readable reason and counted, never thrown. Read by the skill model and the panel's evidence view.
 */
export class ObservationBuffer {
  private readonly ring: (Observation | undefined)[];
  private next = 0;
  private filled = 0;
  private readonly aggregates = new Map<string, ConceptAggregate>();
  private readonly maxConcepts: number;
  private accepted = 0;
  private rejected = 0;
  private overwritten = 0;
  private evictedConcepts = 0;
  private lastRejection: string | undefined;

  constructor(options: ObservationBufferOptions = {}) {
    const capacity = options.capacity ?? 5_000;
    const maxConcepts = options.maxConcepts ?? 1_000;
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    if (!Number.isInteger(maxConcepts) || maxConcepts < 1) throw new RangeError(`maxConcepts must be a positive integer, got ${maxConcepts}`);
    this.ring = new Array<Observation | undefined>(capacity).fill(undefined);
    this.maxConcepts = maxConcepts;
  }

  /** Adds one observation; invalid ones are rejected with the schema's reason. */
  push(candidate: unknown): PushResult {
    const parsed = observationSchema.safeParse(candidate);
    if (!parsed.success) {
      this.rejected++;
      const issue = parsed.error.issues[0];
      this.lastRejection = `${issue?.path.join('.') || 'observation'}: ${issue?.message ?? 'invalid'}`;
      return { accepted: false, error: this.lastRejection };
    }
    const observation = parsed.data;
    if (this.ring[this.next] !== undefined) this.overwritten++;
    this.ring[this.next] = observation;
    this.next = (this.next + 1) % this.ring.length;
    this.filled = Math.min(this.filled + 1, this.ring.length);
    this.accepted++;
    this.accumulate(observation);
    return { accepted: true };
  }

  /** Adds several; returns the rejections with their index in the input. */
  pushAll(candidates: readonly unknown[]): { index: number; error: string }[] {
    const errors: { index: number; error: string }[] = [];
    candidates.forEach((candidate, index) => {
      const result = this.push(candidate);
      if (!result.accepted) errors.push({ index, error: result.error });
    });
    return errors;
  }

  /** The most recent observations, newest first, optionally only one concept's. */
  recent(limit = 50, conceptId?: string): Observation[] {
    const out: Observation[] = [];
    const n = this.ring.length;
    for (let i = 1; i <= this.filled && out.length < limit; i++) {
      const observation = this.ring[(this.next - i + n) % n];
      if (observation && (conceptId === undefined || observation.conceptId === conceptId)) out.push(observation);
    }
    return out;
  }

  /** Observations at or after a time, oldest first (what a consumer catching up after a pause reads). */
  since(timestamp: number): Observation[] {
    const out: Observation[] = [];
    const n = this.ring.length;
    for (let i = this.filled; i >= 1; i--) {
      const observation = this.ring[(this.next - i + n) % n];
      if (observation && observation.timestamp >= timestamp) out.push(observation);
    }
    return out;
  }

  /** One concept's totals, or undefined when never observed (or evicted). */
  conceptAggregate(conceptId: string): ConceptAggregate | undefined {
    const found = this.aggregates.get(conceptId);
    return found && { ...found, counts: { ...found.counts }, strength: { ...found.strength } };
  }

  private accumulate(arg: Observation): void {
    let entry = this.aggregates.get(arg.conceptId);
    if (entry) {
      this.aggregates.delete(arg.conceptId);
    } else {
      entry = { conceptId: arg.conceptId, counts: zeroKinds(), strength: zeroKinds(), firstAt: arg.timestamp, lastAt: arg.timestamp };
    }
    entry.counts[arg.kind]++;
    entry.strength[arg.kind] += arg.strength;
    entry.firstAt = Math.min(entry.firstAt, arg.timestamp);
    entry.lastAt = Math.max(entry.lastAt, arg.timestamp);
    this.aggregates.set(arg.conceptId, entry);
    while (this.aggregates.size > this.maxConcepts) {
      const oldest = this.aggregates.keys().next().value;
      if (oldest === undefined) break;
      this.aggregates.delete(oldest);
      this.evictedConcepts++;
    }
  }

  /** All concept totals, most recently observed first. */
  concepts(): ConceptAggregate[] {
    return [...this.aggregates.keys()].reverse().map((id) => this.conceptAggregate(id)).filter((a): a is ConceptAggregate => a !== undefined);
  }

  stats(): ObservationBufferStats {
    const stats: ObservationBufferStats = {
      size: this.filled,
      capacity: this.ring.length,
      accepted: this.accepted,
      rejected: this.rejected,
      overwritten: this.overwritten,
      concepts: this.aggregates.size,
      evictedConcepts: this.evictedConcepts,
    };
    if (this.lastRejection !== undefined) stats.lastRejection = this.lastRejection;
    return stats;
  }
}
