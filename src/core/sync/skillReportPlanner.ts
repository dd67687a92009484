import { z } from 'zod';
import { skillReportSchema, strugglingMasteryThreshold, type SkillReport, type SkillReportVerb } from '../../shared/syncSchemas';
import { contentHash } from '../tutor/contentHash';
import { reportExplanation } from './reportExplanation';

/** One concept's current estimate as the planner reads it; the extension fills it from the skill model. */
export interface ConceptEstimate {
  conceptId: string;
  conceptName: string;
  mastery: number;
  uncertainty: number;
  /** Effective weighted observations (after forgetting). */
  evidence: number;
  trend: 'rising' | 'falling' | 'steady';
  /** When the last observation with an outcome was made (ms); drift from forgetting alone is never reported. */
  lastObserved?: number;
  /** The model's explanation sentences (asked only for concepts being reported); scrubbed before they are sent. */
  factors?: () => readonly string[];
}

/** When the planner reports, and what counts as mastered; `defaultReportThresholds` is what the extension uses. */
export interface ReportThresholds {
  /** A change of mastery at least this large (0..1) is worth a report. */
  minMasteryChange: number;
  /** A change of uncertainty at least this large is worth a report (the model became much more or less sure). */
  minUncertaintyChange: number;
  /** Concepts with less evidence than this are not reported yet: a single use says nothing. */
  minEvidence: number;
  /** Reports on the same concept at most this often, unless it crossed the struggling line or was mastered. */
  minIntervalMs: number;
  masteredAt: { mastery: number; maxUncertainty: number };
}

export const defaultReportThresholds: ReportThresholds = {
  minMasteryChange: 0.05,
  minUncertaintyChange: 0.1,
  minEvidence: 0.5,
  minIntervalMs: 10 * 60_000,
  masteredAt: { mastery: 0.85, maxUncertainty: 0.15 },
};

const conceptIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,127}$/i);

/** What was last reported about a concept. */
const reportedConceptSchema = z.object({
  mastery: z.number().min(0).max(1),
  uncertainty: z.number().min(0).max(1),
  at: z.number(),
  observedAt: z.number(),
  mastered: z.boolean(),
});

/** What the engineer did on a concept since its last report. */
const conceptActivitySchema = z.object({
  quizAnswers: z.number().int().min(0).max(1_000_000),
  tutorialCompleted: z.boolean(),
});
export type ConceptActivity = z.infer<typeof conceptActivitySchema>;

/** The planner's memory, persisted in the sync queue file next to the statements it produced (one atomic write). */
export const plannerStateSchema = z.object({
  reported: z.record(conceptIdSchema, reportedConceptSchema),
  activity: z.record(conceptIdSchema, conceptActivitySchema),
});
export type PlannerState = z.infer<typeof plannerStateSchema>;

export function emptyPlannerState(): PlannerState {
  return { reported: {}, activity: {} };
}

/** Notes a quiz or review answer, and whether it completed a tutorial's quiz, for the next report's verb. */
export function noteQuizAnswer(state: PlannerState, conceptId: string, completedTutorial: boolean): PlannerState {
  if (!conceptIdSchema.safeParse(conceptId).success) return state;
  const before = state.activity[conceptId] ?? { quizAnswers: 0, tutorialCompleted: false };
  return {
    ...state,
    activity: { ...state.activity, [conceptId]: { quizAnswers: before.quizAnswers + 1, tutorialCompleted: before.tutorialCompleted || completedTutorial } },
  };
}

/** Inputs of one planning run besides the estimates. */
export interface PlanOptions {
  now: number;
  modelVersion: string;
  excluded: ReadonlySet<string>;
  /** A fresh statement id (a v4 UUID); called once per report, and the id is persisted before any send. */
  newId: () => string;
  thresholds?: ReportThresholds;
}

/** The reports to send, the planner's next state, and concepts that could not be reported (with why). */
export interface PlanResult {
  reports: SkillReport[];
  state: PlannerState;
  skipped: { conceptId: string; reason: string }[];
}

/** The xAPI verb a report uses, from what happened since the last one (most specific first). */
export function chooseVerb(input: { first: boolean; newlyMastered: boolean; activity?: ConceptActivity }): SkillReportVerb {
  if (input.newlyMastered) return 'mastered';
  if (input.activity?.tutorialCompleted) return 'completed';
  if ((input.activity?.quizAnswers ?? 0) > 0) return 'answered';
  if (input.first) return 'attempted';
  return 'progressed';
}

const round3 = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * Decides which concepts to report now: a concept is reported when it has enough evidence, new evidence since its
 * last report, and its estimate moved meaningfully (or crossed the struggling line, or became mastered, or a quiz
 * was answered) and the last report is old enough. Excluded concepts are never reported and their activity is
 * forgotten. Pure: the caller persists `state` and the reports together.
 */
export function planReports(state: PlannerState, estimates: readonly ConceptEstimate[], options: PlanOptions): PlanResult {
  const t = options.thresholds ?? defaultReportThresholds;
  const reported = { ...state.reported };
  const activity = { ...state.activity };
  const reports: SkillReport[] = [];
  const skipped: PlanResult['skipped'] = [];
  for (const conceptId of Object.keys(activity)) if (options.excluded.has(conceptId)) delete activity[conceptId];

  for (const estimate of estimates) {
    const { conceptId } = estimate;
    if (options.excluded.has(conceptId)) continue;
    if (!(estimate.evidence >= t.minEvidence) || estimate.lastObserved === undefined) continue;
    const mastery = round3(estimate.mastery);
    const uncertainty = round3(estimate.uncertainty);
    const last = reported[conceptId];
    const done = activity[conceptId];
    const mastered = mastery >= t.masteredAt.mastery && uncertainty <= t.masteredAt.maxUncertainty;
    const newlyMastered = mastered && !(last?.mastered ?? false);
    if (last) {
      if (!(estimate.lastObserved > last.observedAt)) continue;
      const crossed = (mastery < strugglingMasteryThreshold) !== (last.mastery < strugglingMasteryThreshold);
      const moved = Math.abs(mastery - last.mastery) >= t.minMasteryChange || Math.abs(uncertainty - last.uncertainty) >= t.minUncertaintyChange;
      const answered = (done?.quizAnswers ?? 0) > 0;
      const urgent = crossed || newlyMastered || mastered !== last.mastered;
      if (!urgent && !moved && !answered) continue;
      if (!urgent && options.now - last.at < t.minIntervalMs) continue;
    }
    const verb = chooseVerb({ first: last === undefined, newlyMastered, activity: done });
    const candidate = {
      id: options.newId(),
      conceptId,
      conceptName: estimate.conceptName.slice(0, 200) || conceptId,
      verb,
      mastery,
      uncertainty,
      modelVersion: options.modelVersion,
      explanation: reportExplanation({
        verb,
        mastery,
        uncertainty,
        evidence: estimate.evidence,
        trend: estimate.trend,
        previousMastery: last?.mastery,
        quizAnswers: done?.quizAnswers ?? 0,
        factors: estimate.factors?.(),
      }),
      timestamp: new Date(options.now).toISOString(),
    };
    const parsed = skillReportSchema.safeParse(candidate);
    if (!parsed.success) {
      skipped.push({ conceptId, reason: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') });
      continue;
    }
    reports.push(parsed.data);
    reported[conceptId] = { mastery, uncertainty, at: options.now, observedAt: estimate.lastObserved, mastered };
    delete activity[conceptId];
  }
  return { reports, state: { reported, activity }, skipped };
}

/**
 * The model version reports carry: the snapshot format and a hash of the population parameters, so the server can
 * tell estimates of different models apart (at most 64 characters, as the shared schema requires).
 */
export function skillModelVersion(snapshotFormat: string, parametersJson: string): string {
  return `${snapshotFormat.slice(0, 40)}+p${contentHash(parametersJson).slice(0, 12)}`;
}
