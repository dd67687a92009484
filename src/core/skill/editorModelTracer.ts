import { FeatureTracer } from './featureTracer';
import type { PopulationParameters } from './populationParameters';
import { forEachAnswer, type KnowledgeTracer, type ResponseLog } from './responseLog';
import { SkillModel } from './skillModel';

/**
 * The skill model exactly as the editor runs it (per-engineer adaptation, the evidence direction guard, no first-time
 * penalty), scored by `skilltrace eval` beside the batch model it is fitted with: the population parameters come from
 * the Skilltrace batch fit, then each held-out learner gets a fresh SkillModel that predicts every answer before it
 * observes it as a quiz answer of full strength.
 */
export class EditorModelTracer implements KnowledgeTracer {
  readonly name = 'skilltrace-editor';
  private parameters: PopulationParameters | undefined;

  constructor(private readonly batch: FeatureTracer = new FeatureTracer()) {}

  fit(log: ResponseLog): void {
    this.batch.fit(log);
    this.parameters = this.batch.fitted('skilltrace eval');
  }

  /** Uses already fitted parameters (the shipped file, say) instead of fitting. */
  use(parameters: PopulationParameters): void {
    this.parameters = parameters;
  }

  predict(log: ResponseLog): Float64Array {
    const parameters = this.parameters;
    if (!parameters) throw new Error('EditorModelTracer.predict() called before fit()');
    const out = new Float64Array(log.correct.length);
    let model = new SkillModel({ parameters });
    forEachAnswer(log, (start, end, newLearner) => {
      if (newLearner) model = new SkillModel({ parameters });
      // Observation times are whole milliseconds; order-only logs are spaced by the reader.
      const now = Math.max(0, Math.round(log.time[start]));
      // A multi-skill answer: every skill is predicted before any is updated, as the other tracers do.
      for (let r = start; r < end; r++) out[r] = model.successChance(log.concepts[log.concept[r]], now);
      for (let r = start; r < end; r++) {
        model.observe({ conceptId: log.concepts[log.concept[r]], kind: log.correct[r] ? 'success' : 'failure', strength: 1, source: 'quiz', timestamp: now, evidence: {} });
      }
    });
    return out;
  }
}
