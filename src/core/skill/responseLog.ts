/**
 * A log of graded answers in columnar form: what the dataset readers produce and every knowledge tracer fits on and
 * scores. Rows are grouped by learner and in time order within a learner.
 */
export interface ResponseLog {
  /** Learner index per row (into `learners`). */
  learner: Int32Array;
  /** Concept index per row (into `concepts`). */
  concept: Int32Array;
  /** 1 correct, 0 incorrect. */
  correct: Uint8Array;
  /** Milliseconds; answers known only by order get one minute per step. */
  time: Float64Array;
  /** Whether `time` holds real clock times (forgetting can be learned) or stands for order only. */
  timeKind: 'timestamp' | 'order';
  learners: string[];
  concepts: string[];
  /** Value of the slicing column per row (index into `groups`), when the reader was asked for one. */
  group?: Int32Array;
  groups?: string[];
  /** Readable notes from the reader about rows it had to interpret (e.g. answers without a skill). */
  notes?: string[];
}

/** One answer as the readers collect it before ordering. */
export interface ResponseRow {
  learner: string;
  concept: string;
  correct: number;
  time: number;
  group?: string;
}

/**
 * Builds a log from rows: groups by learner (in first-seen order) and sorts each learner's answers by time, keeping
 * the file order for ties. Used by the dataset readers and tests.
 */
export function buildResponseLog(rows: readonly ResponseRow[], timeKind: ResponseLog['timeKind'] = 'order'): ResponseLog {
  const learnerIds = new Map<string, number>();
  const conceptIds = new Map<string, number>();
  const groupIds = new Map<string, number>();
  const byLearner: number[][] = [];
  rows.forEach((row, i) => {
    let l = learnerIds.get(row.learner);
    if (l === undefined) {
      l = learnerIds.size;
      learnerIds.set(row.learner, l);
      byLearner.push([]);
    }
    byLearner[l].push(i);
    if (!conceptIds.has(row.concept)) conceptIds.set(row.concept, conceptIds.size);
    if (row.group !== undefined && !groupIds.has(row.group)) groupIds.set(row.group, groupIds.size);
  });
  const n = rows.length;
  const hasGroups = rows.some((r) => r.group !== undefined);
  const log: ResponseLog = {
    learner: new Int32Array(n),
    concept: new Int32Array(n),
    correct: new Uint8Array(n),
    time: new Float64Array(n),
    timeKind,
    learners: [...learnerIds.keys()],
    concepts: [...conceptIds.keys()],
  };
  if (hasGroups) {
    log.group = new Int32Array(n);
    log.groups = [...groupIds.keys()];
  }
  let out = 0;
  byLearner.forEach((indices, l) => {
    indices.sort((a, b) => rows[a].time - rows[b].time || a - b);
    for (const i of indices) {
      const row = rows[i];
      log.learner[out] = l;
      log.concept[out] = conceptIds.get(row.concept) ?? 0;
      log.correct[out] = row.correct ? 1 : 0;
      log.time[out] = row.time;
      if (log.group) log.group[out] = row.group === undefined ? -1 : (groupIds.get(row.group) ?? -1);
      out++;
    }
  });
  return log;
}

/** A knowledge tracer as the evaluation tool sees it: fit population parameters, then predict held-out learners. */
export interface KnowledgeTracer {
  readonly name: string;
  /** Fits population parameters on a training log. */
  fit(log: ResponseLog): void;
  /** Probability of each answer being correct, predicted before the learner's own answer is seen. */
  predict(log: ResponseLog): Float64Array;
}

/** The rows of the learners for which `keep(learnerIndex)` is true, as a log of their own (concept names kept). */
export function selectLearners(log: ResponseLog, keep: (learner: number) => boolean): ResponseLog {
  const rows: number[] = [];
  for (let i = 0; i < log.learner.length; i++) if (keep(log.learner[i])) rows.push(i);
  const pick = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(rows.length);
    rows.forEach((r, k) => (out[k] = a[r]));
    return out;
  };
  return {
    ...log,
    learner: pick(log.learner),
    concept: pick(log.concept),
    correct: pick(log.correct),
    time: pick(log.time),
    group: log.group ? pick(log.group) : undefined,
  };
}

/**
 * Calls `visit(start, end)` for each answer in order: a run of rows of one learner at the same time is one answer
 * tagged with several concepts, and every tracer predicts all its rows before updating on any, so that no row
 * leaks into another's prediction.
 */
export function forEachAnswer(log: ResponseLog, visit: (start: number, end: number, newLearner: boolean) => void): void {
  const n = log.correct.length;
  let i = 0;
  while (i < n) {
    let end = i + 1;
    while (end < n && log.learner[end] === log.learner[i] && log.time[end] === log.time[i]) end++;
    visit(i, end, i === 0 || log.learner[i] !== log.learner[i - 1]);
    i = end;
  }
}
