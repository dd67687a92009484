import assert from 'node:assert/strict';
import { SkillModel, type ConceptGraph } from '../../../src/core/skill/skillModel';
import { shippedPopulationParameters } from '../../../src/core/skill/populationParameters';
import { conceptGraph } from '../../../src/core/concepts/conceptGraph';
import type { Observation, ObservationKind, ObservationSource } from '../../../src/shared/observation';

/** Small deterministic PRNG (mulberry32) so a failing sequence can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: ObservationKind[] = ['success', 'failure', 'recovery', 'opportunity'];
const SOURCES: ObservationSource[] = ['diagnostic', 'quiz', 'review', 'feedback', 'history', 'edit', 'structure'];
// Concepts with and without prerequisites, across languages, so the engineer's answers interleave as in the editor.
const CONCEPTS = ['ts.strict-null-checks', 'null-safety', 'narrowing', 'type-guards', 'async-await', 'promises', 'generics', 'closures', 'rust.borrowing', 'py.type-hints'];

describe('skill model: evidence moves the estimate its own way', () => {
  const graph: ConceptGraph = conceptGraph;

  it('over long random interleaved sessions, a success or fix never lowers and a failure never raises the concept or its prerequisites', () => {
    let violations: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const random = rng(seed);
      const model = new SkillModel({ parameters: shippedPopulationParameters(), graph });
      let now = 1_700_000_000_000;
      for (let step = 0; step < 400; step++) {
        // Mostly seconds apart (a burst of edits), sometimes days (a new week).
        now += random() < 0.9 ? Math.floor(random() * 60_000) : Math.floor(random() * 20 * 86_400_000);
        const conceptId = CONCEPTS[Math.floor(random() * CONCEPTS.length)];
        const kind = KINDS[Math.floor(random() * KINDS.length)];
        const obs: Observation = {
          conceptId,
          kind,
          strength: Math.round(random() * 100) / 100,
          source: SOURCES[Math.floor(random() * SOURCES.length)],
          timestamp: now,
          evidence: random() < 0.3 ? { repeatCount: Math.floor(random() * 5) } : {},
        };
        const watched = [conceptId, ...graph.prerequisitesOf(conceptId)];
        const before = watched.map((id) => model.estimate(id, now)?.mastery);
        model.observe(obs);
        watched.forEach((id, i) => {
          const was = before[i];
          const is = model.estimate(id, now)?.mastery;
          if (was === undefined || is === undefined || kind === 'opportunity') return;
          const up = kind !== 'failure';
          if (up ? is < was - 1e-12 : is > was + 1e-12) violations.push(`seed ${seed} step ${step}: ${kind} on ${conceptId} moved ${id} ${was.toFixed(4)} → ${is.toFixed(4)}`);
        });
      }
      if (violations.length > 5) break;
    }
    violations = violations.slice(0, 5);
    assert.deepEqual(violations, []);
  });

  it('moves the estimate the evidence\'s way even where the fitted weights alone would not', () => {
    // A failure on one concept, then activity elsewhere, then a right quiz answer: on the shipped ASSISTments weights
    // the "last answer on this concept" term alone would take the estimate down.
    const model = new SkillModel({ parameters: shippedPopulationParameters(), graph });
    const t = 1_700_000_000_000;
    model.observe({ conceptId: 'ts.strict-null-checks', kind: 'failure', strength: 0.7, source: 'diagnostic', timestamp: t, evidence: {} });
    model.observe({ conceptId: 'promises', kind: 'recovery', strength: 0.8, source: 'diagnostic', timestamp: t + 1_000, evidence: {} });
    const before = model.estimate('ts.strict-null-checks', t + 5_000)!.mastery;
    const after = model.observe({ conceptId: 'ts.strict-null-checks', kind: 'success', strength: 0.75, source: 'quiz', timestamp: t + 5_000, evidence: {} }).mastery;
    assert.ok(after > before, `${before} → ${after}`);
    const effect = model.explain('ts.strict-null-checks', t + 5_000)!.evidence.find((e) => e.kind === 'success')!;
    assert.ok(effect.effect > 0);
    assert.match(effect.text, /raised the estimate/);
    // The correction survives a save and load.
    const reloaded = SkillModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())), { parameters: shippedPopulationParameters(), graph });
    assert.equal(reloaded.estimate('ts.strict-null-checks', t + 5_000)!.mastery, after);
  });

  it('reads profiles saved before the correction existed', () => {
    const model = new SkillModel({ parameters: shippedPopulationParameters(), graph });
    model.observe({ conceptId: 'closures', kind: 'failure', strength: 0.5, source: 'diagnostic', timestamp: 1_000, evidence: {} });
    const saved = model.toJSON() as unknown as { concepts: Record<string, unknown>[] };
    for (const c of saved.concepts) delete c.correction;
    const loaded = SkillModel.fromJSON(saved, { parameters: shippedPopulationParameters(), graph });
    assert.ok(loaded.estimate('closures', 1_000));
  });
});
