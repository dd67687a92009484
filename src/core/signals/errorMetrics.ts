/**
 * A "compile event" in the sense of the novice-programming literature, adapted to an editor: one diagnostic
 * snapshot taken after the engineer edited the document. The diagnostic tracker builds these; the metrics read them.
 */
export interface CompileEvent {
  /** True when the snapshot holds at least one error-severity diagnostic. */
  hasError: boolean;
  /** `source|code` of the first error in document order (what a compiler that stops at one error would show). */
  firstErrorKey?: string;
  /** Line of that error, in the coordinates of the next event (the tracker shifts it through the edits in between). */
  firstErrorLine?: number;
  /** First line edited since the previous snapshot, shifted like `firstErrorLine`. */
  editLine?: number;
}

/** Jadud's (2006) maximum pair score: both in error 2, same error type 3, same error line 3, same edit location 1. */
export const JADUD_MAX_PAIR_SCORE = 9;

/**
 * Scores one consecutive pair of compile events for Jadud's Error Quotient, normalized to 0..1. Used by the
 * diagnostic tracker on every new snapshot. The type, line and edit-location terms only count when both are in error,
 * as in Jadud's algorithm: the quotient measures how much the engineer keeps hitting the same wall.
 */
export function jadudPairScore(previous: CompileEvent, next: CompileEvent): number {
  if (!previous.hasError || !next.hasError) return 0;
  let score = 2;
  if (previous.firstErrorKey !== undefined && previous.firstErrorKey === next.firstErrorKey) score += 3;
  if (previous.firstErrorLine !== undefined && previous.firstErrorLine === next.firstErrorLine) score += 3;
  if (previous.editLine !== undefined && previous.editLine === next.editLine) score += 1;
  return score / JADUD_MAX_PAIR_SCORE;
}

/**
 * Becker's (2016) contribution of one string of repeated errors: a run of `runLength` consecutive compile events
 * whose first error has the same type holds r = runLength − 1 repeats and adds r² / (r + 1) to the density.
 */
export function repeatedErrorContribution(runLength: number): number {
  const r = Math.max(0, runLength - 1);
  return (r * r) / (r + 1);
}

/** Running mean over the last `capacity` values in O(1) memory; the tracker keeps the recent Error Quotient with it. */
export class RollingMean {
  private readonly values: Float64Array;
  private next = 0;
  private filled = 0;
  private sum = 0;

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.values = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.filled === this.values.length) this.sum -= this.values[this.next];
    else this.filled++;
    this.values[this.next] = value;
    this.sum += value;
    this.next = (this.next + 1) % this.values.length;
  }

  get count(): number {
    return this.filled;
  }

  /** Mean of the kept values, or undefined before the first one. */
  get mean(): number | undefined {
    return this.filled === 0 ? undefined : Math.max(0, this.sum / this.filled);
  }
}

/** Per error type totals of Becker's Repeated Error Density, as the tracker's metrics expose them. */
export interface RepeatedErrorDensity {
  key: string;
  /** Σ r²/(r+1) over the finished and current strings of this error type. */
  density: number;
  /** Compile events whose first error had this type. */
  occurrences: number;
}

/**
 * Accumulates Repeated Error Density per error type from one document's sequence of compile events, with a cap on
 * the number of error types kept (the least recently seen is evicted) so a long session stays bounded.
 */
export class RepeatedErrorDensityCounter {
  private readonly totals = new Map<string, { density: number; occurrences: number }>();
  private runKey: string | undefined;
  private runLength = 0;
  private evicted = 0;

  constructor(private readonly maxKeys = 500) {}

  /** Feeds the first error type of the next compile event (undefined when it had no error). */
  record(key: string | undefined): void {
    if (key !== undefined && key === this.runKey) {
      this.runLength++;
    } else {
      this.closeRun();
      this.runKey = key;
      this.runLength = key === undefined ? 0 : 1;
    }
    if (key !== undefined) {
      const entry = this.totals.get(key) ?? { density: 0, occurrences: 0 };
      entry.occurrences++;
      this.totals.delete(key);
      this.totals.set(key, entry);
      while (this.totals.size > this.maxKeys) {
        const oldest = this.totals.keys().next().value;
        if (oldest === undefined || oldest === this.runKey) break;
        this.totals.delete(oldest);
        this.evicted++;
      }
    }
  }

  private closeRun(): void {
    if (this.runKey === undefined) return;
    const entry = this.totals.get(this.runKey);
    if (entry) entry.density += repeatedErrorContribution(this.runLength);
  }

  /** Densities per error type, the string still running included, highest first. */
  densities(): RepeatedErrorDensity[] {
    const out: RepeatedErrorDensity[] = [];
    for (const [key, entry] of this.totals) {
      const running = key === this.runKey ? repeatedErrorContribution(this.runLength) : 0;
      out.push({ key, density: entry.density + running, occurrences: entry.occurrences });
    }
    return out.sort((a, b) => b.density - a.density || a.key.localeCompare(b.key));
  }

  /** Error types dropped by the cap, so a caller can tell the figures are partial. */
  get evictedKeys(): number {
    return this.evicted;
  }
}
