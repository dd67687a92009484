import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { conceptGraph } from '../../../src/core/concepts/conceptGraph';
import { getConcept } from '../../../src/core/concepts/conceptCatalog';
import { shippedPopulationParameters } from '../../../src/core/skill/populationParameters';
import { SkillModel } from '../../../src/core/skill/skillModel';
import { conceptEstimatesFromModel } from '../../../src/core/sync/modelEstimates';
import {
  chooseVerb,
  defaultReportThresholds,
  emptyPlannerState,
  noteQuizAnswer,
  planReports,
  plannerStateSchema,
  skillModelVersion,
  type ConceptEstimate,
  type PlannerState,
} from '../../../src/core/sync/skillReportPlanner';
import { skillReportSchema } from '../../../src/shared/syncSchemas';

const T0 = Date.UTC(2025, 2, 3, 9);
const MIN = 60_000;

function estimate(over: Partial<ConceptEstimate> = {}): ConceptEstimate {
  return { conceptId: 'null-safety', conceptName: 'Null safety', mastery: 0.4, uncertainty: 0.2, evidence: 2, trend: 'steady', lastObserved: T0, ...over };
}

function plan(state: PlannerState, estimates: ConceptEstimate[], now: number, excluded: string[] = []) {
  const ids: string[] = [];
  const result = planReports(state, estimates, {
    now,
    modelVersion: 'test-model',
    excluded: new Set(excluded),
    newId: () => {
      const id = randomUUID();
      ids.push(id);
      return id;
    },
  });
  return { ...result, ids };
}

describe('sync: which skill reports to produce', () => {
  it('reports a concept with evidence once as "attempted", with a fresh id, a model version and a valid shape', () => {
    const first = plan(emptyPlannerState(), [estimate()], T0 + MIN);
    assert.equal(first.reports.length, 1);
    const [report] = first.reports;
    assert.equal(report!.verb, 'attempted');
    assert.equal(report!.id, first.ids[0]);
    assert.equal(report!.modelVersion, 'test-model');
    assert.equal(report!.timestamp, new Date(T0 + MIN).toISOString());
    assert.ok(skillReportSchema.safeParse(report).success);
    assert.ok(plannerStateSchema.safeParse(first.state).success, 'the state persists');
    // Nothing new since: the same model state plans nothing, however often it is asked.
    const again = plan(first.state, [estimate()], T0 + 60 * MIN);
    assert.deepEqual(again.reports, []);
    assert.deepEqual(again.ids, [], 'no id is spent on a report that is not made');
  });

  it('skips concepts with too little evidence (a single use) or no outcome yet', () => {
    const result = plan(emptyPlannerState(), [estimate({ evidence: 0.2 }), estimate({ conceptId: 'generics', lastObserved: undefined })], T0);
    assert.deepEqual(result.reports, []);
  });

  it('reports a meaningful change after the minimum interval as "progressed", and ignores small or early ones', () => {
    const { state } = plan(emptyPlannerState(), [estimate({ mastery: 0.6 })], T0);
    const small = plan(state, [estimate({ mastery: 0.62, lastObserved: T0 + 20 * MIN })], T0 + 30 * MIN);
    assert.deepEqual(small.reports, [], 'a 2-point change is noise');
    const early = plan(state, [estimate({ mastery: 0.7, lastObserved: T0 + MIN })], T0 + 2 * MIN);
    assert.deepEqual(early.reports, [], 'within the minimum interval');
    const later = plan(state, [estimate({ mastery: 0.7, lastObserved: T0 + 20 * MIN })], T0 + 30 * MIN);
    assert.equal(later.reports.length, 1);
    assert.equal(later.reports[0]!.verb, 'progressed');
    assert.match(later.reports[0]!.explanation, /up from 60%/);
  });

  it('never reports drift from forgetting alone: a changed estimate without new evidence is not reported', () => {
    const { state } = plan(emptyPlannerState(), [estimate({ mastery: 0.8 })], T0);
    const drifted = plan(state, [estimate({ mastery: 0.55, lastObserved: T0 })], T0 + 30 * 86_400_000);
    assert.deepEqual(drifted.reports, []);
  });

  it('reports crossing the struggling line at once, even inside the minimum interval', () => {
    const { state } = plan(emptyPlannerState(), [estimate({ mastery: 0.53 })], T0);
    const crossed = plan(state, [estimate({ mastery: 0.47, lastObserved: T0 + MIN })], T0 + 2 * MIN);
    assert.equal(crossed.reports.length, 1, 'the team aggregates count engineers below 0.5');
    assert.equal(crossed.reports[0]!.mastery, 0.47);
  });

  it('uses "mastered" once when mastery is high and certain, and reports losing it', () => {
    const { state } = plan(emptyPlannerState(), [estimate({ mastery: 0.7, uncertainty: 0.12 })], T0);
    const mastered = plan(state, [estimate({ mastery: 0.9, uncertainty: 0.1, lastObserved: T0 + MIN })], T0 + 2 * MIN);
    assert.equal(mastered.reports[0]!.verb, 'mastered');
    const still = plan(mastered.state, [estimate({ mastery: 0.97, uncertainty: 0.08, lastObserved: T0 + 30 * MIN })], T0 + 40 * MIN);
    assert.equal(still.reports[0]!.verb, 'progressed', 'mastered is said once');
    const lost = plan(still.state, [estimate({ mastery: 0.8, uncertainty: 0.1, lastObserved: T0 + 41 * MIN })], T0 + 42 * MIN);
    assert.equal(lost.reports.length, 1, 'losing mastery is urgent');
    assert.equal(lost.reports[0]!.verb, 'progressed');
  });

  it('uses "answered" after quiz answers and "completed" after a finished tutorial quiz, then forgets the activity', () => {
    let state = plan(emptyPlannerState(), [estimate({ mastery: 0.4 })], T0).state;
    state = noteQuizAnswer(state, 'null-safety', false);
    state = noteQuizAnswer(state, 'null-safety', false);
    const answered = plan(state, [estimate({ mastery: 0.42, lastObserved: T0 + 20 * MIN })], T0 + 30 * MIN);
    assert.equal(answered.reports.length, 1, 'an answer is reported even when the estimate barely moved');
    assert.equal(answered.reports[0]!.verb, 'answered');
    assert.match(answered.reports[0]!.explanation, /Answered 2 quiz or review questions/);
    assert.deepEqual(answered.state.activity, {});
    const completedState = noteQuizAnswer(answered.state, 'null-safety', true);
    const completed = plan(completedState, [estimate({ mastery: 0.5, lastObserved: T0 + 50 * MIN })], T0 + 60 * MIN);
    assert.equal(completed.reports[0]!.verb, 'completed');
    assert.equal(chooseVerb({ first: true, newlyMastered: false }), 'attempted');
    assert.equal(chooseVerb({ first: true, newlyMastered: true, activity: { quizAnswers: 1, tutorialCompleted: true } }), 'mastered');
  });

  it('never reports an excluded concept and forgets its noted activity', () => {
    const state = noteQuizAnswer(emptyPlannerState(), 'generics', true);
    const result = plan(state, [estimate({ conceptId: 'generics', conceptName: 'Generics' }), estimate()], T0, ['generics']);
    assert.deepEqual(result.reports.map((r) => r.conceptId), ['null-safety']);
    assert.equal(result.state.activity.generics, undefined);
    assert.equal(result.state.reported.generics, undefined);
  });

  it('skips concepts whose id the shared schema refuses, with the reason, and ignores activity on them', () => {
    const result = plan(emptyPlannerState(), [estimate({ conceptId: 'bad id/../x' })], T0);
    assert.deepEqual(result.reports, []);
    assert.equal(result.skipped.length, 1);
    assert.match(result.skipped[0]!.reason, /conceptId/);
    assert.deepEqual(noteQuizAnswer(emptyPlannerState(), '__proto__', true), emptyPlannerState());
  });

  it('rounds to three decimals and clamps, so repeated sends carry identical numbers', () => {
    const result = plan(emptyPlannerState(), [estimate({ mastery: 0.123456, uncertainty: 1.7 })], T0);
    assert.equal(result.reports[0]!.mastery, 0.123);
    assert.equal(result.reports[0]!.uncertainty, 1);
  });

  it('reads a real skill model: evidence with file paths and messages never reaches the report', () => {
    const model = new SkillModel({ parameters: shippedPopulationParameters(), graph: conceptGraph });
    for (let i = 0; i < 4; i++) {
      model.observe({
        conceptId: 'null-safety',
        kind: 'failure',
        strength: 1,
        source: 'diagnostic',
        timestamp: T0 + i * MIN,
        evidence: { file: 'src/secret-project/payments.ts', diagnosticSource: 'ts', diagnosticCode: '2531', messageExcerpt: "Object is possibly 'null'. const apiKey = \"sk-proj-abcdefghijklmnopqrstuvwxyz123456\"", range: { startLine: 3, startCharacter: 1, endLine: 3, endCharacter: 9 } },
      });
    }
    const estimates = conceptEstimatesFromModel(model, T0 + 10 * MIN, (id) => getConcept(id)?.title);
    const result = plan(emptyPlannerState(), estimates, T0 + 10 * MIN);
    const report = result.reports.find((r) => r.conceptId === 'null-safety');
    assert.ok(report, 'the concept is reported');
    assert.equal(report.conceptName, getConcept('null-safety')!.title);
    assert.ok(report.mastery < 0.5);
    assert.match(report.explanation, /Estimated success chance \d+% ± \d+%/);
    assert.match(report.explanation, /Engineers in general/, 'the model factors are kept');
    for (const leak of ['payments', 'src/', '.ts', 'apiKey', 'sk-proj', 'null\'', '2531']) assert.ok(!report.explanation.includes(leak), `"${leak}" leaked: ${report.explanation}`);
    assert.ok(report.explanation.length <= 500);
  });

  it('names the model version within the schema limit and changes it with the parameters', () => {
    const a = skillModelVersion('skilltrace-skill-model/1', JSON.stringify(shippedPopulationParameters()));
    const b = skillModelVersion('skilltrace-skill-model/1', '{"other":true}');
    assert.ok(a.length <= 64 && a.startsWith('skilltrace-skill-model/1+p'));
    assert.notEqual(a, b);
    assert.equal(defaultReportThresholds.masteredAt.mastery > 0.5, true);
  });
});
