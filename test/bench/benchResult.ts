/** One measured figure, produced by a `*.bench.ts` module and written to BENCHMARKS.md by the bench runner. */
export interface BenchResult {
  /** Section of BENCHMARKS.md this figure belongs to, e.g. "Skill model". */
  group: string;
  /** What was measured, e.g. "per-event update (p50)". */
  name: string;
  value: number;
  unit: string;
  /** The target, in words, e.g. "< 1 µs". */
  goal?: string;
  /** Whether the goal was met; omitted when there is no goal. */
  met?: boolean;
  /** A baseline measured in the same run, for side-by-side figures. */
  baseline?: { name: string; value: number };
  note?: string;
}

/** A benchmark module: `test/bench/<name>.bench.ts` exports `run`. */
export type BenchModule = { run(): Promise<BenchResult[]> };
