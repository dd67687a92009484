import { z } from 'zod';
import { evidenceSchema, observationKindSchema, observationSourceSchema, type Evidence, type Observation } from '../../shared/observation';
import { evidenceWeight, observationOutcome, PREREQUISITE_SHARE } from './evidenceWeights';
import { ConceptTrace, DENSE_FEATURES, forgettingFactor, LearnerTrace, logitParts, personalLogit, updateConceptTrace, updateLearnerTrace, writeFeatures, type TraceSettings } from './learnerTrace';
import { sigmoid } from './logisticFit';
import type { ConceptParameters, PopulationParameters } from './populationParameters';
import { DEFAULT_STRUGGLE_SETTINGS, nextStruggleState, type StruggleReason, type StruggleSettings, type StruggleState } from './struggleDetector';

/** The prerequisite graph, owned by the concept catalog; the skill model only asks for a concept's prerequisites. */
export interface ConceptGraph {
  prerequisitesOf(conceptId: string): readonly string[];
}

/** A graph without edges: valid, and what tests and the eval tool use. */
export const EMPTY_CONCEPT_GRAPH: ConceptGraph = { prerequisitesOf: () => [] };

/** Mastery of one concept as the panel shows it. */
export interface MasteryEstimate {
  conceptId: string;
  /** Probability (0..1) the engineer gets the concept right at the next opportunity. */
  mastery: number;
  /** One standard deviation (0..0.5): shrinks with evidence, grows again as evidence fades. */
  uncertainty: number;
  /** Effective amount of evidence after weighting and forgetting. */
  evidence: number;
  trend: 'rising' | 'falling' | 'steady';
  lastObserved?: number;
  struggle: StruggleState;
}

/** A concept worth teaching now, ranked by expected benefit. */
export interface TeachCandidate {
  conceptId: string;
  mastery: number;
  uncertainty: number;
  reason: StruggleReason;
  since?: number;
  /** How much one successful guided practice is expected to raise the success chance (probability points, 0..1). */
  expectedGain: number;
  /** How often the engineer meets the concept (decayed uses over the last week or so). */
  weeklyUses: number;
  /** expectedGain times weekly uses (at least 1): failures expected to be avoided per week. The ranking key. */
  expectedBenefit: number;
  /** The same, in words. */
  why: string;
}

/** One evidence item as the panel lists it. */
export interface EvidenceEffect {
  timestamp: number;
  kind: Observation['kind'];
  source: Observation['source'];
  weight: number;
  /** Change of the mastery estimate this item caused (probability points, -1..1). */
  effect: number;
  evidence: Evidence;
  /** What happened and what it did, in words. */
  text: string;
}

/** One step from a coin flip to the estimate: the population's prior, the engineer's own work, and forgetting. */
export interface FactorEffect {
  factor: 'population' | 'your work' | 'forgetting';
  /** Change of the estimate this step makes (probability points, -1..1); the three add up to mastery - 0.5. */
  effect: number;
  text: string;
}

/** Why the estimate is what it is: the panel's "why" section. */
export interface Explanation {
  conceptId: string;
  summary: string;
  factors: FactorEffect[];
  /** The evidence items that moved the estimate most, largest effect first. */
  evidence: EvidenceEffect[];
}

/** Options of the skill model. */
export interface SkillModelOptions {
  parameters: PopulationParameters;
  graph?: ConceptGraph;
  struggle?: StruggleSettings;
  /** Step of the per-engineer, per-concept adaptation of the population difficulty (0 turns it off). */
  adaptationRate?: number;
}

const TOP_EVIDENCE = 5;
const RECENT_EVIDENCE = 3;
const FAILURE_MEMORY = 5;
const WEEK_MS = 7 * 86_400_000;
/** Least movement, per unit of evidence weight, of the share left to gain (or lose) when the fitted model moves the wrong way. */
const MIN_MOVE = 0.1;
/** Bound on the direction guard's correction, in logits. */
const MAX_CORRECTION = 8;
/** Share of the correction kept per later answer of the engineer (on any concept). */
const CORRECTION_DECAY = 0.5;

function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

const evidenceRecordSchema = z.object({
  timestamp: z.number(),
  kind: observationKindSchema,
  source: observationSourceSchema,
  weight: z.number(),
  effect: z.number(),
  evidence: evidenceSchema,
});
type EvidenceRecord = z.infer<typeof evidenceRecordSchema>;

const conceptSnapshotSchema = z.object({
  id: z.string().min(1).max(128),
  successes: z.number().min(0),
  failures: z.number().min(0),
  recent: z.number().min(0).max(1),
  last: z.number().min(-1).max(1),
  failStreak: z.number().min(0),
  successStreak: z.number().min(0),
  runLength: z.number().int().min(0),
  lastIndex: z.number().int().min(-1),
  lastTime: z.number(),
  offset: z.number(),
  /** Direction guard's logit correction (see SkillModel.guardDirection); absent in profiles written before it. */
  correction: z.number().min(-MAX_CORRECTION).max(MAX_CORRECTION).default(0),
  correctionAt: z.number().int().min(0).default(0),
  smoothedMastery: z.number().min(0).max(1),
  uses: z.number().min(0),
  usesTime: z.number(),
  failureTimes: z.array(z.number()).max(FAILURE_MEMORY),
  struggle: z.object({ struggling: z.boolean(), reason: z.enum(['low-mastery', 'error-burst']).optional(), since: z.number().optional() }),
  top: z.array(evidenceRecordSchema).max(TOP_EVIDENCE),
  latest: z.array(evidenceRecordSchema).max(RECENT_EVIDENCE),
});

/** The model's persisted form (what `toJSON` returns and `fromJSON` accepts); the profile store versions it. */
export const skillModelSnapshotSchema = z.object({
  format: z.literal('skilltrace-skill-model/1'),
  learner: z.object({
    successes: z.number().min(0),
    failures: z.number().min(0),
    answers: z.number().min(0),
    fastRecent: z.number().min(0).max(1),
    slowRecent: z.number().min(0).max(1),
    last: z.number().min(-1).max(1),
    ability: z.number(),
  }),
  concepts: z.array(conceptSnapshotSchema),
});
export type SkillModelSnapshot = z.infer<typeof skillModelSnapshotSchema>;

/** The snapshot of a model that has seen nothing: what a reset profile holds. */
export function emptySkillModelSnapshot(): SkillModelSnapshot {
  return {
    format: 'skilltrace-skill-model/1',
    learner: { successes: 0, failures: 0, answers: 0, fastRecent: 0.5, slowRecent: 0.5, last: 0, ability: 0 },
    concepts: [],
  };
}

class ConceptRecord {
  readonly trace = new ConceptTrace();
  offset = 0;
  /** Logit added to the personal part (so forgetting fades it) when the direction guard stepped in. */
  correction = 0;
  /** The engineer's answer count when the correction was set: it fades with every later answer. */
  correctionAt = 0;
  smoothedMastery = -1;
  uses = 0;
  usesTime = -1;
  failureTimes: number[] = [];
  struggle: StruggleState = { struggling: false };
  top: EvidenceRecord[] = [];
  recent: EvidenceRecord[] = [];
  constructor(readonly params: ConceptParameters | undefined) {}
}

/**
 * The engineer's skill model, run by the extension per observation and read by the tutor panel: a mastery estimate
 * with uncertainty and trend per concept, the struggling decision with hysteresis, the ranked concepts to teach,
 * and explanations. O(1) per observation (plus one step per prerequisite); no I/O; persisted via toJSON/fromJSON.
 */
export class SkillModel {
  private readonly parameters: PopulationParameters;
  private readonly settings: TraceSettings;
  private readonly graph: ConceptGraph;
  private readonly struggleSettings: StruggleSettings;
  private readonly adaptationRate: number;
  private learner = new LearnerTrace();
  private readonly records = new Map<string, ConceptRecord>();
  private readonly features = new Float64Array(DENSE_FEATURES + 2);
  /** Scratch space for observe(): prerequisites' estimates before the update (grown on demand, never shrunk). */
  private readonly prerequisiteBefore: number[] = [];
  private readonly weights: { dense: Float64Array; bias: number; success: number; failure: number };

  constructor(options: SkillModelOptions) {
    this.parameters = options.parameters;
    this.settings = options.parameters.settings;
    this.weights = { dense: Float64Array.from(options.parameters.dense), bias: 0, success: 0, failure: 0 };
    this.graph = options.graph ?? EMPTY_CONCEPT_GRAPH;
    this.struggleSettings = options.struggle ?? DEFAULT_STRUGGLE_SETTINGS;
    this.adaptationRate = options.adaptationRate ?? 0.05;
  }

  /** Concepts with any observation, in first-seen order. */
  concepts(): string[] {
    return [...this.records.keys()];
  }

  /**
   * Takes one observation: updates the concept (and, weakly, its prerequisites), the engineer's overall state and
   * the struggling decision. Returns the concept's estimate after the update.
   */
  observe(obs: Observation): MasteryEstimate {
    const record = this.record(obs.conceptId);
    const now = obs.timestamp;
    this.countUse(record, now);
    // Evidence of no weight (strength 0) is an exposure, like an opportunity: it must not move anything.
    const weight = evidenceWeight(obs);
    const outcome = weight > 0 ? observationOutcome(obs) : undefined;
    let mastery: number | undefined;
    if (outcome !== undefined) {
      const before = this.predict(record, now);
      // Prerequisites' estimates before anything moves (the learner's state included), for their direction guard.
      const prerequisites = this.graph.prerequisitesOf(obs.conceptId);
      for (let i = 0; i < prerequisites.length; i++) this.prerequisiteBefore[i] = prerequisites[i] === obs.conceptId ? 0 : this.predict(this.record(prerequisites[i]), now);
      updateConceptTrace(record.trace, outcome, weight, now, this.learner.answers, this.settings);
      record.offset += this.adaptationRate * weight * (outcome - before);
      updateLearnerTrace(this.learner, outcome, weight, record.params?.difficulty ?? 0, this.settings);
      // Failures are remembered for the burst rule even after a success: a burst ends by time, not by one lucky fix.
      if (outcome === 0 && weight > 0) {
        record.failureTimes.push(now);
        if (record.failureTimes.length > FAILURE_MEMORY) record.failureTimes.shift();
      }
      const after = this.guardDirection(record, outcome, weight, before, now);
      mastery = after;
      this.remember(record, { timestamp: now, kind: obs.kind, source: obs.source, weight, effect: after - before, evidence: obs.evidence });
      for (let i = 0; i < prerequisites.length; i++) {
        const prerequisite = prerequisites[i];
        if (prerequisite === obs.conceptId) continue;
        const share = weight * (outcome ? PREREQUISITE_SHARE.success : PREREQUISITE_SHARE.failure);
        const p = this.record(prerequisite);
        updateConceptTrace(p.trace, outcome, share, now, this.learner.answers - 1, this.settings);
        this.guardDirection(p, outcome, share, this.prerequisiteBefore[i], now);
        this.updateStruggle(prerequisite, p, now);
      }
    }
    return this.updateStruggle(obs.conceptId, record, now, mastery);
  }

  /** The current estimate of a concept at `now` (forgetting applied), or undefined if it was never observed. */
  estimate(conceptId: string, now?: number): MasteryEstimate | undefined {
    const record = this.records.get(conceptId);
    if (!record) return undefined;
    return this.estimateOf(conceptId, record, now ?? Math.max(record.trace.lastTime, record.usesTime, 0));
  }

  /**
   * The chance of a success on the concept's next attempt at `now`, whether or not it was ever observed (the
   * population prior and the engineer's overall state for an unseen one). The evaluation tool scores this.
   */
  successChance(conceptId: string, now: number): number {
    const record = this.records.get(conceptId) ?? new ConceptRecord(this.parameters.concepts[conceptId]);
    return this.predict(record, now);
  }

  /**
   * The concepts to teach now: those in the struggling state (re-evaluated at `now`, so forgetting and the end of
   * an error burst count), ranked by expected benefit, largest first.
   */
  struggling(now: number): TeachCandidate[] {
    const out: TeachCandidate[] = [];
    for (const [conceptId, record] of this.records) {
      const estimate = this.estimateOf(conceptId, record, now);
      record.struggle = nextStruggleState(record.struggle, this.struggleInput(record, estimate, now), this.struggleSettings);
      if (!record.struggle.struggling) continue;
      const practised = record.trace.clone();
      updateConceptTrace(practised, 1, 1, now, this.learner.answers, this.settings);
      const expectedGain = Math.max(0, this.predictTrace(record, practised, now) - estimate.mastery);
      const weeklyUses = this.usesAt(record, now);
      const expectedBenefit = expectedGain * Math.max(1, weeklyUses);
      const why =
        (record.struggle.reason === 'error-burst' ? 'Several failures in a short time. ' : 'Consistently low success. ') +
        `Success chance now ${pct(estimate.mastery)}; one guided practice should raise it by about ${pct(expectedGain)}` +
        (weeklyUses >= 1 ? `, and you meet this concept about ${Math.round(weeklyUses)} times a week.` : '.');
      out.push({
        conceptId,
        mastery: estimate.mastery,
        uncertainty: estimate.uncertainty,
        reason: record.struggle.reason ?? 'low-mastery',
        since: record.struggle.since,
        expectedGain,
        weeklyUses,
        expectedBenefit,
        why,
      });
    }
    return out.sort((a, b) => b.expectedBenefit - a.expectedBenefit || a.mastery - b.mastery);
  }

  /** Why the estimate of a concept is what it is, or undefined if it was never observed. */
  explain(conceptId: string, now?: number): Explanation | undefined {
    const record = this.records.get(conceptId);
    if (!record) return undefined;
    const at = now ?? Math.max(record.trace.lastTime, record.usesTime, 0);
    const estimate = this.estimateOf(conceptId, record, at);
    const parts = this.parts(record, record.trace, at);
    // The per-engineer adaptation (offset) is the engineer's own work, not the population's prior.
    const prior = sigmoid(parts.population - record.offset);
    const fresh = sigmoid(parts.population + parts.personal);
    const days = record.trace.lastTime >= 0 ? Math.max(0, at - record.trace.lastTime) / 86_400_000 : 0;
    const factors: FactorEffect[] = [
      { factor: 'population', effect: prior - 0.5, text: `Engineers in general get this concept right about ${pct(prior)} of the time.` },
      {
        factor: 'your work',
        effect: fresh - prior,
        text: `Your own answers and fixes ${fresh >= prior ? 'raise' : 'lower'} that to ${pct(fresh)} (${Math.round(Math.abs(fresh - prior) * 100)} points).`,
      },
      {
        factor: 'forgetting',
        effect: estimate.mastery - fresh,
        text: days >= 1 ? `${Math.round(days)} days without practice pull it back towards the general rate by ${Math.round(Math.abs(estimate.mastery - fresh) * 100)} points.` : 'Practised recently: nothing forgotten yet.',
      },
    ];
    // The same item can sit in both lists (and is a separate object after fromJSON): dedupe by content.
    const seen = new Set<string>();
    const evidence = [...record.top, ...record.recent]
      .filter((r) => {
        const key = `${r.timestamp}|${r.kind}|${r.source}|${r.effect}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || b.timestamp - a.timestamp)
      .map((r) => ({ ...r, text: describeEvidence(r) }));
    const strongest = evidence[0];
    const summary =
      `Estimated success chance ${pct(estimate.mastery)} ± ${pct(estimate.uncertainty)} (${estimate.trend}), ` +
      `from ${estimate.evidence.toFixed(1)} weighted observations.` +
      (strongest ? ` Largest single effect: ${strongest.text}` : '') +
      (estimate.struggle.struggling ? ` Flagged as struggling (${estimate.struggle.reason === 'error-burst' ? 'a burst of repeated failures' : 'confidently low mastery'}).` : '');
    return { conceptId, summary, factors, evidence };
  }

  /** The persisted form, validated by skillModelSnapshotSchema on the way back in. */
  toJSON(): SkillModelSnapshot {
    const l = this.learner;
    return {
      format: 'skilltrace-skill-model/1',
      learner: { successes: l.successes, failures: l.failures, answers: l.answers, fastRecent: l.fastRecent, slowRecent: l.slowRecent, last: l.last, ability: l.ability },
      concepts: [...this.records].map(([id, r]) => ({
        id,
        successes: r.trace.successes,
        failures: r.trace.failures,
        recent: r.trace.recent,
        last: r.trace.last,
        failStreak: r.trace.failStreak,
        successStreak: r.trace.successStreak,
        runLength: r.trace.runLength,
        lastIndex: r.trace.lastIndex,
        lastTime: r.trace.lastTime,
        offset: r.offset,
        correction: r.correction,
        correctionAt: r.correctionAt,
        smoothedMastery: Math.max(0, r.smoothedMastery),
        uses: r.uses,
        usesTime: r.usesTime,
        failureTimes: [...r.failureTimes],
        struggle: { ...r.struggle },
        top: r.top.map((e) => ({ ...e })),
        latest: r.recent.map((e) => ({ ...e })),
      })),
    };
  }

  /** Rebuilds a model from its persisted form; throws a readable error (zod's) when the data does not fit the schema. */
  static fromJSON(data: unknown, options: SkillModelOptions): SkillModel {
    const snapshot = skillModelSnapshotSchema.parse(data);
    const model = new SkillModel(options);
    Object.assign(model.learner, snapshot.learner);
    for (const c of snapshot.concepts) {
      const r = model.record(c.id);
      Object.assign(r.trace, { successes: c.successes, failures: c.failures, recent: c.recent, last: c.last, failStreak: c.failStreak, successStreak: c.successStreak, runLength: c.runLength, lastIndex: c.lastIndex, lastTime: c.lastTime });
      r.offset = c.offset;
      r.correction = c.correction;
      r.correctionAt = c.correctionAt;
      r.smoothedMastery = c.smoothedMastery;
      r.uses = c.uses;
      r.usesTime = c.usesTime;
      r.failureTimes = [...c.failureTimes];
      r.struggle = { ...c.struggle };
      r.top = c.top;
      r.recent = c.latest;
    }
    return model;
  }

  private record(conceptId: string): ConceptRecord {
    let record = this.records.get(conceptId);
    if (!record) {
      record = new ConceptRecord(this.parameters.concepts[conceptId]);
      this.records.set(conceptId, record);
    }
    return record;
  }

  private predict(record: ConceptRecord, now: number): number {
    return this.predictTrace(record, record.trace, now);
  }

  private predictTrace(record: ConceptRecord, trace: ConceptTrace, now: number): number {
    writeFeatures(this.learner, trace, this.features);
    const p = record.params;
    const w = this.weights;
    w.bias = (p?.bias ?? 0) + record.offset;
    w.success = p?.success ?? 0;
    w.failure = p?.failure ?? 0;
    return sigmoid(w.dense[0] + w.bias + forgettingFactor(trace, now, this.settings) * (personalLogit(w, this.features, false) + this.correctionOf(record)));
  }

  /** The direction guard's correction as it stands now: it keeps the shown effect of one observation, then fades. */
  private correctionOf(record: ConceptRecord): number {
    if (record.correction === 0) return 0;
    return record.correction * Math.pow(CORRECTION_DECAY, Math.max(0, this.learner.answers - record.correctionAt));
  }

  /**
   * Evidence must move the estimate its own way: a right answer or a fix never lowers it, a failure never raises it.
   * The fitted weights can say otherwise where the training data's features were collinear (on ASSISTments the last
   * answer on a skill and the last answer overall are nearly the same thing; in the editor concepts interleave), so
   * when they do, a small correction in the personal part (faded by forgetting like the rest of it) moves the estimate
   * a little in the evidence's direction instead. Returns the estimate after the observation.
   */
  private guardDirection(record: ConceptRecord, outcome: 0 | 1, weight: number, before: number, now: number): number {
    const after = this.predict(record, now);
    const wrongWay = outcome === 1 ? after < before : after > before;
    if (!wrongWay || weight <= 0) return after;
    const step = Math.min(1, MIN_MOVE * weight);
    const target = outcome === 1 ? before + step * (1 - before) : before - step * before;
    const forget = forgettingFactor(record.trace, now, this.settings);
    if (forget <= 0) return after;
    const wanted = this.correctionOf(record) + (logit(target) - logit(after)) / forget;
    record.correction = Math.max(-MAX_CORRECTION, Math.min(MAX_CORRECTION, wanted));
    record.correctionAt = this.learner.answers;
    return this.predict(record, now);
  }



  private parts(record: ConceptRecord, trace: ConceptTrace, now: number): { population: number; personal: number; forget: number } {
    writeFeatures(this.learner, trace, this.features);
    const p = record.params;
    const w = this.weights;
    w.bias = (p?.bias ?? 0) + record.offset;
    w.success = p?.success ?? 0;
    w.failure = p?.failure ?? 0;
    const parts = logitParts(w, this.features, false);
    return { population: parts.population, personal: parts.personal + this.correctionOf(record), forget: forgettingFactor(trace, now, this.settings) };
  }

  private estimateOf(conceptId: string, record: ConceptRecord, now: number, known?: number): MasteryEstimate {
    const mastery = known ?? this.predict(record, now);
    const evidence = (record.trace.successes + record.trace.failures) * forgettingFactor(record.trace, now, this.settings);
    const uncertainty = Math.sqrt((mastery * (1 - mastery)) / (evidence + 2));
    const delta = record.smoothedMastery < 0 ? 0 : mastery - record.smoothedMastery;
    return {
      conceptId,
      mastery,
      uncertainty,
      evidence,
      trend: delta > 0.03 ? 'rising' : delta < -0.03 ? 'falling' : 'steady',
      lastObserved: record.trace.lastTime >= 0 ? record.trace.lastTime : undefined,
      struggle: record.struggle,
    };
  }

  private struggleInput(record: ConceptRecord, estimate: MasteryEstimate, now: number) {
    return { mastery: estimate.mastery, uncertainty: estimate.uncertainty, evidence: estimate.evidence, failureTimes: record.failureTimes, now };
  }

  private updateStruggle(conceptId: string, record: ConceptRecord, now: number, mastery?: number): MasteryEstimate {
    const estimate = this.estimateOf(conceptId, record, now, mastery);
    record.struggle = nextStruggleState(record.struggle, this.struggleInput(record, estimate, now), this.struggleSettings);
    // The trend compares the estimate with a slow running average of past estimates.
    record.smoothedMastery = record.smoothedMastery < 0 ? estimate.mastery : record.smoothedMastery + 0.3 * (estimate.mastery - record.smoothedMastery);
    estimate.struggle = record.struggle;
    return estimate;
  }

  private countUse(record: ConceptRecord, now: number): void {
    record.uses = this.usesAt(record, now) + 1;
    record.usesTime = now;
  }

  private usesAt(record: ConceptRecord, now: number): number {
    if (record.usesTime < 0) return 0;
    return record.uses * Math.pow(0.5, Math.max(0, now - record.usesTime) / WEEK_MS);
  }

  private remember(record: ConceptRecord, item: EvidenceRecord): void {
    record.recent.push(item);
    if (record.recent.length > RECENT_EVIDENCE) record.recent.shift();
    const top = record.top;
    if (top.length < TOP_EVIDENCE) top.push(item);
    else {
      let weakest = 0;
      for (let i = 1; i < top.length; i++) if (Math.abs(top[i].effect) < Math.abs(top[weakest].effect)) weakest = i;
      if (Math.abs(item.effect) > Math.abs(top[weakest].effect)) top[weakest] = item;
    }
  }
}

const SOURCE_LABEL: Readonly<Record<Observation['source'], string>> = {
  diagnostic: 'a compiler/linter diagnostic',
  edit: 'an edit',
  structure: 'code you wrote',
  quiz: 'a quiz answer',
  review: 'a code review',
  history: 'your git history',
  feedback: 'your feedback',
};

const KIND_LABEL: Readonly<Record<Observation['kind'], string>> = {
  failure: 'A failure',
  recovery: 'A fix',
  success: 'A success',
  opportunity: 'A use',
};

/** One evidence item in words, e.g. "A failure (a compiler/linter diagnostic TS2322 in src/a.ts, seen 3 times) lowered the estimate by 6 points." */
export function describeEvidence(item: Omit<EvidenceEffect, 'text'>): string {
  const e = item.evidence;
  const details: string[] = [];
  const code = [e.diagnosticSource, e.diagnosticCode].filter(Boolean).join(' ');
  if (code) details.push(code);
  if (e.messageExcerpt) details.push(`"${e.messageExcerpt.length > 80 ? e.messageExcerpt.slice(0, 77) + '...' : e.messageExcerpt}"`);
  if (e.file) details.push(`in ${e.file}${e.range ? `:${e.range.startLine + 1}` : ''}`);
  if (e.repeatCount && e.repeatCount > 1) details.push(`seen ${e.repeatCount} times`);
  if (e.timeToFixMs !== undefined) details.push(`fixed after ${formatDuration(e.timeToFixMs)}`);
  if (e.note) details.push(e.note);
  const points = Math.round(Math.abs(item.effect) * 100);
  const verb = points === 0 ? 'barely changed the estimate' : `${item.effect > 0 ? 'raised' : 'lowered'} the estimate by ${points} point${points === 1 ? '' : 's'}`;
  return `${KIND_LABEL[item.kind]} (${SOURCE_LABEL[item.source]}${details.length ? ': ' + details.join(', ') : ''}) ${verb}.`;
}

function formatDuration(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
