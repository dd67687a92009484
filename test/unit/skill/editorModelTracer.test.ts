import assert from 'node:assert/strict';
import { EditorModelTracer } from '../../../src/core/skill/editorModelTracer';
import { FeatureTracer, monotoneSigns } from '../../../src/core/skill/featureTracer';
import { DENSE_FEATURES } from '../../../src/core/skill/learnerTrace';
import { auc } from '../../../src/core/skill/metrics';
import { shippedPopulationParameters } from '../../../src/core/skill/populationParameters';
import { buildResponseLog, type ResponseRow } from '../../../src/core/skill/responseLog';
import { SkillModel } from '../../../src/core/skill/skillModel';

/** Learners practising three concepts interleaved, getting better with practice. */
function practice(learners: number, seed: number): ResponseRow[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows: ResponseRow[] = [];
  for (let u = 0; u < learners; u++) {
    const talent = rand() - 0.5;
    for (let k = 0; k < 10; k++) {
      for (let c = 0; c < 3; c++) rows.push({ learner: `u${u}`, concept: `c${c}`, correct: rand() < 0.2 + 0.7 * (1 - Math.exp(-k / 3)) + talent * 0.2 ? 1 : 0, time: (k * 3 + c) * 60_000 });
    }
  }
  return rows;
}

describe('the skill model as the editor runs it, scored like the batch model', () => {
  it('predicts each held-out answer with a fresh SkillModel per learner, before observing it', () => {
    const tracer = new EditorModelTracer();
    tracer.fit(buildResponseLog(practice(150, 1), 'order'));
    const test = buildResponseLog(practice(50, 2), 'order');
    const predicted = tracer.predict(test);
    assert.ok(auc(predicted, test.correct) > 0.65, `AUC ${auc(predicted, test.correct)}`);

    // The same numbers as driving a SkillModel by hand for the first learner.
    const parameters = new FeatureTracer();
    parameters.fit(buildResponseLog(practice(150, 1), 'order'));
    const model = new SkillModel({ parameters: parameters.fitted('x') });
    for (let r = 0; r < 30; r++) {
      const now = Math.round(test.time[r]);
      const concept = test.concepts[test.concept[r]];
      assert.equal(predicted[r], model.successChance(concept, now), `row ${r}`);
      model.observe({ conceptId: concept, kind: test.correct[r] ? 'success' : 'failure', strength: 1, source: 'quiz', timestamp: now, evidence: {} });
    }
  });

  it('refuses to predict before it is fitted', () => {
    assert.throws(() => new EditorModelTracer().predict(buildResponseLog(practice(1, 3), 'order')), /before fit/);
  });

  it('ships population weights that respect the monotone signs (a right answer never counts against you)', () => {
    const shipped = shippedPopulationParameters();
    const sign = monotoneSigns(0);
    const wrong = shipped.dense.map((w, j) => ({ j, w })).filter(({ j, w }) => j < DENSE_FEATURES && sign[j] * w < -1e-9);
    assert.deepEqual(wrong, []);
  });
});
