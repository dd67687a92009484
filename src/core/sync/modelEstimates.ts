import type { SkillModel } from '../skill/skillModel';
import type { ConceptEstimate } from './skillReportPlanner';

/**
 * Reads the planner's input from the skill model: every observed concept's estimate and the model's factor
 * sentences (population, own work, forgetting). The evidence list and summary are left out on purpose: they quote
 * diagnostics and name files, which never leave the machine.
 */
export function conceptEstimatesFromModel(model: SkillModel, now: number, conceptName: (conceptId: string) => string | undefined): ConceptEstimate[] {
  const out: ConceptEstimate[] = [];
  for (const conceptId of model.concepts()) {
    const estimate = model.estimate(conceptId, now);
    if (!estimate) continue;
    out.push({
      conceptId,
      conceptName: conceptName(conceptId) ?? conceptId,
      mastery: estimate.mastery,
      uncertainty: Math.min(1, estimate.uncertainty),
      evidence: estimate.evidence,
      trend: estimate.trend,
      lastObserved: estimate.lastObserved,
      factors: () => model.explain(conceptId, now)?.factors.map((factor) => factor.text) ?? [],
    });
  }
  return out;
}
