import assert from 'node:assert/strict';
import { FeatureTracer } from '../../../src/core/skill/featureTracer';
import { auc } from '../../../src/core/skill/metrics';
import { buildResponseLog, type ResponseRow } from '../../../src/core/skill/responseLog';

const DAY = 86_400_000;

/** Learners practise four concepts, then come back after 90 days; with `forgets`, what they learned is gone. */
function sessions(learners: number, forgets: boolean, seed: number): ResponseRow[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rows: ResponseRow[] = [];
  for (let u = 0; u < learners; u++) {
    for (const start of [0, 90 * DAY]) {
      // Interleaved, as practice usually is: the learning shows in the practice counts, not in a block's run length.
      for (let k = 0; k < 8; k++) {
        for (let c = 0; c < 4; c++) {
          const practice = start === 0 || forgets ? k : k + 8;
          const p = 0.25 + 0.7 * (1 - Math.exp(-practice / 3));
          rows.push({ learner: `u${u}`, concept: `c${c}`, correct: rand() < p ? 1 : 0, time: start + (k * 4 + c) * 60_000 });
        }
      }
    }
  }
  return rows;
}

describe('Skilltrace tracer (batch form)', () => {
  it('learns forgetting from clock times: a short half-life where learners forget, none or a long one where they do not', () => {
    const forgetting = new FeatureTracer();
    forgetting.fit(buildResponseLog(sessions(150, true, 3), 'timestamp'));
    assert.ok([7, 30].includes(forgetting.fitted('t').settings.halfLifeDays), `chose ${forgetting.fitted('t').settings.halfLifeDays}`);
    const lasting = new FeatureTracer();
    lasting.fit(buildResponseLog(sessions(150, false, 3), 'timestamp'));
    assert.ok([0, 180].includes(lasting.fitted('t').settings.halfLifeDays), `chose ${lasting.fitted('t').settings.halfLifeDays}`);
  });

  it('keeps the configured half-life when answers are known only by order', () => {
    const tracer = new FeatureTracer();
    tracer.fit(buildResponseLog(sessions(50, true, 4), 'order'));
    assert.equal(tracer.fitted('t').settings.halfLifeDays, 30);
  });

  it('predicts held-out learners better than chance and better than its own predictions shuffled across rows', () => {
    const tracer = new FeatureTracer();
    tracer.fit(buildResponseLog(sessions(100, true, 5), 'timestamp'));
    const test = buildResponseLog(sessions(40, true, 6), 'timestamp');
    const predicted = tracer.predict(test);
    const score = auc(predicted, test.correct);
    const shuffled = [...predicted].reverse();
    assert.ok(score > 0.65 && score > auc(shuffled, test.correct) + 0.1, `AUC ${score}`);
  });

  it('predicts all concepts of one multi-skill answer before learning from any of them', () => {
    const tracer = new FeatureTracer();
    tracer.fit(buildResponseLog(sessions(60, true, 7), 'order'));
    const rows: ResponseRow[] = [
      { learner: 'x', concept: 'c0', correct: 0, time: 0 },
      { learner: 'x', concept: 'c1', correct: 1, time: 60_000 },
      { learner: 'x', concept: 'c1', correct: 1, time: 60_000 },
      { learner: 'x', concept: 'c2', correct: 0, time: 120_000 },
    ];
    const p = tracer.predict(buildResponseLog(rows, 'order'));
    assert.equal(p[1], p[2], 'the duplicate row of the same answer sees the same state');
    const sequential = tracer.predict(buildResponseLog(rows.map((r, i) => ({ ...r, time: i * 60_000 })), 'order'));
    assert.notEqual(sequential[1], sequential[2]);
  });
});
