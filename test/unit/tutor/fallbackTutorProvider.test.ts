import assert from 'node:assert/strict';
import { FallbackTutorProvider } from '../../../src/core/tutor/fallbackTutorProvider';
import type { HintRequest, TutorCallOptions, TutorFailure, TutorialRequest, TutorOutcome, TutorProvider } from '../../../src/core/tutor/tutorProvider';
import type { Hint, Tutorial } from '../../../src/shared/tutorialSchema';
import { sampleTutorial } from './tutorFixtures';

/** A provider that answers from a script and records its calls; stands in for both real providers' contract. */
class ScriptedProvider implements TutorProvider {
  calls: TutorCallOptions[] = [];
  constructor(
    readonly label: string,
    private readonly outcome: TutorOutcome<Tutorial>,
  ) {}
  async generateTutorial(_request: TutorialRequest, options: TutorCallOptions = {}): Promise<TutorOutcome<Tutorial>> {
    this.calls.push(options);
    return this.outcome;
  }
  async generateHint(request: HintRequest): Promise<TutorOutcome<Hint>> {
    return this.outcome.ok ? { ...this.outcome, value: { rung: request.rung, text: this.label, code: '' } } : this.outcome;
  }
}

const request: TutorialRequest = { conceptId: 'ts.null-safety', conceptTitle: 'Null safety', language: 'typescript', level: 'fundamentals' };
const library = () => new ScriptedProvider('Built-in library', { ok: true, value: sampleTutorial({ title: 'From the library' }), provenance: 'library', cached: false });
const failure: TutorFailure = { kind: 'unreachable', message: 'Could not reach Ollama', action: 'Start Ollama' };

describe('fallback tutor provider', () => {
  it('uses the preferred provider when it answers', async () => {
    const llm = new ScriptedProvider('LLM', { ok: true, value: sampleTutorial(), provenance: 'llm', cached: false });
    const outcome = await new FallbackTutorProvider(llm, library()).generateTutorial(request);
    assert.ok(outcome.ok && outcome.provenance === 'llm' && outcome.fallbackFrom === undefined);
  });

  it('falls back to the library with the reason attached, without streaming stale drafts', async () => {
    const seen: TutorFailure[] = [];
    const fallback = library();
    const chain = new FallbackTutorProvider(new ScriptedProvider('LLM', { ok: false, ...failure }), fallback, (reason) => seen.push(reason));
    const outcome = await chain.generateTutorial(request, { onPartial: () => undefined });
    assert.ok(outcome.ok);
    assert.equal(outcome.provenance, 'library');
    assert.deepEqual(outcome.fallbackFrom, failure);
    assert.deepEqual(seen, [failure]);
    assert.equal(fallback.calls[0]!.onPartial, undefined);
    const hint = await chain.generateHint({ ...request, rung: 'nudge' });
    assert.ok(hint.ok && hint.value.text === 'Built-in library' && hint.fallbackFrom?.kind === 'unreachable');
  });

  it('does not fall back when the call was cancelled', async () => {
    const fallback = library();
    const outcome = await new FallbackTutorProvider(new ScriptedProvider('LLM', { ok: false, kind: 'cancelled', message: 'cancelled' }), fallback).generateTutorial(request);
    assert.ok(!outcome.ok && outcome.kind === 'cancelled');
    assert.equal(fallback.calls.length, 0);
  });

  it('goes straight to the library when no LLM is configured', async () => {
    const chain = new FallbackTutorProvider(undefined, library());
    assert.equal(chain.label, 'Built-in library');
    const outcome = await chain.generateTutorial(request);
    assert.ok(outcome.ok && outcome.value.title === 'From the library');
  });
});
