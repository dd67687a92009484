import assert from 'node:assert/strict';
import type { Observation } from '../../../src/shared/observation';
import { evidenceWeight } from '../../../src/core/skill/evidenceWeights';
import { shippedPopulationParameters } from '../../../src/core/skill/populationParameters';
import { SkillModel, type ConceptGraph } from '../../../src/core/skill/skillModel';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9);
const params = shippedPopulationParameters();

function obs(conceptId: string, kind: Observation['kind'], timestamp: number, over: Partial<Observation> = {}): Observation {
  return { conceptId, kind, timestamp, strength: 1, source: 'quiz', evidence: {}, ...over };
}

function feed(model: SkillModel, conceptId: string, kinds: Observation['kind'][], start = T0, stepMs = 60_000, over: Partial<Observation> = {}): number {
  let t = start;
  for (const kind of kinds) model.observe(obs(conceptId, kind, (t += stepMs), over));
  return t;
}

describe('skill model', () => {
  it('raises mastery with successes and lowers it with failures, with uncertainty shrinking as evidence grows', () => {
    const model = new SkillModel({ parameters: params });
    const first = model.observe(obs('generics', 'success', T0));
    const t = feed(model, 'generics', ['success', 'success', 'success'], T0);
    const good = model.estimate('generics', t)!;
    assert.ok(good.mastery > first.mastery);
    assert.ok(good.uncertainty < first.uncertainty);
    feed(model, 'closures', ['failure', 'failure', 'failure', 'failure'], t);
    assert.ok(model.estimate('closures')!.mastery < good.mastery);
    assert.equal(model.estimate('never-seen'), undefined);
  });

  it('forgets: without practice an estimate drifts back to the population prior and uncertainty grows', () => {
    const model = new SkillModel({ parameters: params });
    const t = feed(model, 'async', ['success', 'success', 'success', 'success', 'success']);
    const now = model.estimate('async', t)!;
    const later = model.estimate('async', t + 30 * DAY)!;
    const muchLater = model.estimate('async', t + 365 * DAY)!;
    assert.ok(now.mastery > later.mastery && later.mastery > muchLater.mastery, `${now.mastery} > ${later.mastery} > ${muchLater.mastery}`);
    assert.ok(later.uncertainty > now.uncertainty);
    const explanation = model.explain('async', t + 30 * DAY)!;
    const forgetting = explanation.factors.find((f) => f.factor === 'forgetting')!;
    assert.ok(forgetting.effect < 0);
    assert.match(forgetting.text, /30 days without practice/);
  });

  it('weighs evidence by source, strength and repeats', () => {
    const failure = (over: Partial<Observation>) => evidenceWeight(obs('x', 'failure', T0, over));
    assert.ok(failure({ source: 'quiz' }) > failure({ source: 'diagnostic' }));
    assert.ok(failure({ source: 'diagnostic' }) > failure({ source: 'structure' }));
    assert.ok(failure({ source: 'diagnostic', strength: 0.2 }) < failure({ source: 'diagnostic', strength: 0.9 }));
    assert.ok(failure({ source: 'diagnostic', evidence: { repeatCount: 4 } }) > failure({ source: 'diagnostic', evidence: { repeatCount: 1 } }));
    const drop = (source: Observation['source'], strength: number) => {
      const model = new SkillModel({ parameters: params });
      const t = feed(model, 'loops', ['success', 'success']);
      const before = model.estimate('loops', t)!.mastery;
      return before - model.observe(obs('loops', 'failure', t + 1000, { source, strength })).mastery;
    };
    assert.ok(drop('quiz', 1) > drop('diagnostic', 1), 'a quiz failure moves the estimate more than a diagnostic');
    assert.ok(drop('diagnostic', 1) > drop('diagnostic', 0.1), 'a weak diagnostic moves it less');
  });

  it('adapts the concept difficulty to this engineer, and that adaptation outlives forgetting', () => {
    const fixed = new SkillModel({ parameters: params, adaptationRate: 0 });
    const adapting = new SkillModel({ parameters: params, adaptationRate: 0.2 });
    const kinds: Observation['kind'][] = ['failure', 'failure', 'success', 'failure', 'failure', 'failure', 'success', 'failure'];
    const t = feed(fixed, 'regex', kinds);
    feed(adapting, 'regex', kinds);
    assert.ok(adapting.estimate('regex', t)!.mastery < fixed.estimate('regex', t)!.mastery);
    const later = t + 400 * DAY;
    assert.ok(adapting.estimate('regex', later)!.mastery < fixed.estimate('regex', later)!.mastery - 0.02);
    const population = adapting.explain('regex', later)!.factors.find((f) => f.factor === 'population')!;
    assert.equal(population.text, fixed.explain('regex', later)!.factors.find((f) => f.factor === 'population')!.text);
  });

  it('treats an opportunity as exposure without an outcome', () => {
    const model = new SkillModel({ parameters: params });
    const t = feed(model, 'maps', ['success', 'failure']);
    const before = model.estimate('maps', t + 1000)!;
    model.observe(obs('maps', 'opportunity', t + 1000, { source: 'structure' }));
    const after = model.estimate('maps', t + 1000)!;
    assert.equal(after.evidence, before.evidence);
    assert.equal(after.mastery, before.mastery);
  });

  it('flags a burst of repeated errors, ranks concepts to teach by expected benefit, and keeps the flag without flicker', () => {
    const model = new SkillModel({ parameters: params });
    let t = feed(model, 'null-safety', ['failure', 'failure', 'failure'], T0, 60_000, { source: 'diagnostic', evidence: { diagnosticCode: 'TS2531' } });
    assert.equal(model.estimate('null-safety', t)!.struggle.reason, 'error-burst');
    // A rarely met concept, confidently low: flagged too, but with less to gain per week.
    t = feed(model, 'bit-ops', new Array(8).fill('failure'), t, 3 * DAY);
    for (let i = 0; i < 10; i++) model.observe(obs('null-safety', 'opportunity', (t += 60_000), { source: 'structure' }));
    const ranked = model.struggling(t);
    assert.deepEqual(ranked.map((c) => c.conceptId).sort(), ['bit-ops', 'null-safety']);
    assert.ok(ranked[0].expectedBenefit >= ranked[1].expectedBenefit);
    for (const c of ranked) {
      assert.ok(c.expectedGain > 0 && c.expectedGain < 1);
      assert.match(c.why, /one guided practice should raise it by about \d+%/);
    }
    // One success right after the burst does not clear the flag.
    const after = model.observe(obs('null-safety', 'success', t + 1000));
    assert.equal(after.struggle.struggling, true);
  });

  it('explains an estimate with the evidence that moved it most, in words', () => {
    const model = new SkillModel({ parameters: params });
    model.observe(obs('types', 'success', T0, { source: 'structure', strength: 0.3 }));
    model.observe(obs('types', 'failure', T0 + 60_000, { source: 'diagnostic', evidence: { diagnosticSource: 'ts', diagnosticCode: '2322', file: 'src/a.ts', repeatCount: 3, messageExcerpt: "Type 'string' is not assignable to type 'number'." } }));
    model.observe(obs('types', 'recovery', T0 + 120_000, { source: 'diagnostic', strength: 0.9, evidence: { timeToFixMs: 95_000 } }));
    const explanation = model.explain('types')!;
    const [top] = explanation.evidence;
    assert.ok(explanation.evidence.length === 3);
    for (let i = 1; i < explanation.evidence.length; i++) assert.ok(Math.abs(explanation.evidence[i - 1].effect) >= Math.abs(explanation.evidence[i].effect));
    const failure = explanation.evidence.find((e) => e.kind === 'failure')!;
    assert.ok(failure.effect < 0);
    assert.match(failure.text, /^A failure \(a compiler\/linter diagnostic: ts 2322, "Type 'string' is not assignable.*", in src\/a.ts, seen 3 times\) lowered the estimate by \d+ points?\.$/);
    assert.match(explanation.evidence.find((e) => e.kind === 'recovery')!.text, /fixed after 2 min\) raised the estimate/);
    assert.match(explanation.summary, new RegExp(`Largest single effect: ${top.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const total = explanation.factors.reduce((s, f) => s + f.effect, 0);
    assert.ok(Math.abs(total - (model.estimate('types')!.mastery - 0.5)) < 1e-9, 'the factors add up to the estimate');
  });

  it('passes weak evidence to prerequisites only along the graph', () => {
    const graph: ConceptGraph = { prerequisitesOf: (id) => (id === 'promises' ? ['callbacks'] : []) };
    const model = new SkillModel({ parameters: params, graph });
    feed(model, 'callbacks', ['failure', 'success']);
    const before = model.estimate('callbacks')!;
    feed(model, 'promises', ['success', 'success', 'success'], T0 + DAY);
    const after = model.estimate('callbacks', T0 + DAY + 200_000)!;
    assert.ok(after.evidence > before.evidence && after.evidence < before.evidence + 3 * 0.5);
    const isolated = new SkillModel({ parameters: params });
    feed(isolated, 'promises', ['success']);
    assert.deepEqual(isolated.concepts(), ['promises']);
  });

  it('round-trips through toJSON/fromJSON with identical estimates and rejects damaged snapshots', () => {
    const model = new SkillModel({ parameters: params });
    let t = feed(model, 'a', ['failure', 'failure', 'failure'], T0, 1000, { source: 'diagnostic', evidence: { diagnosticCode: 'E1' } });
    t = feed(model, 'b', ['success', 'failure', 'success'], t);
    const json = JSON.parse(JSON.stringify(model.toJSON()));
    const copy = SkillModel.fromJSON(json, { parameters: params });
    for (const id of ['a', 'b']) assert.deepEqual(copy.estimate(id, t + DAY), model.estimate(id, t + DAY));
    assert.deepEqual(copy.explain('a'), model.explain('a'));
    copy.observe(obs('b', 'success', t + 5));
    model.observe(obs('b', 'success', t + 5));
    assert.deepEqual(copy.estimate('b'), model.estimate('b'));
    json.concepts[0].successes = -3;
    assert.throws(() => SkillModel.fromJSON(json, { parameters: params }), /successes/);
  });
});
