import assert from 'node:assert/strict';
import { OfflineLibrary } from '../../../src/core/library/offlineLibrary';
import { libraryEntries } from '../../../src/core/library/libraryContent';
import type { LibraryEntry } from '../../../src/core/library/libraryEntry';
import { hintSchema, reviewQuestionSchema, tutorialSchema, type QuizItem } from '../../../src/shared/tutorialSchema';
import type { HintRequest, TutorialRequest } from '../../../src/core/tutor/tutorProvider';

const library = new OfflineLibrary();
const known = libraryEntries[0];

function tutorialRequest(overrides: Partial<TutorialRequest> = {}): TutorialRequest {
  return { conceptId: known.conceptId, conceptTitle: 'A concept', language: 'typescript', level: 'fundamentals', ...overrides };
}

function hintRequest(overrides: Partial<HintRequest> = {}): HintRequest {
  return { ...tutorialRequest(), rung: 'nudge', ...overrides };
}

/** A second entry built from a real one, renamed, for fallback tests that need ids the content may not have. */
function renamed(entry: LibraryEntry, conceptId: string): LibraryEntry {
  return {
    ...entry,
    conceptId,
    fundamentals: { ...entry.fundamentals, conceptId, title: `${conceptId} basics` },
    advanced: { ...entry.advanced, conceptId },
  };
}

describe('offline library provider', () => {
  it('returns the tutorial at the requested level, marked as coming from the library', async () => {
    for (const level of ['fundamentals', 'advanced'] as const) {
      const outcome = await library.generateTutorial(tutorialRequest({ level }));
      assert.ok(outcome.ok);
      assert.equal(outcome.provenance, 'library');
      assert.equal(outcome.cached, false);
      assert.equal(outcome.sent, undefined);
      assert.equal(outcome.value.level, level);
      assert.equal(outcome.value.conceptId, known.conceptId);
      assert.deepEqual(outcome.value, known[level]);
    }
  });

  it('serves every entry at both levels as a schema-valid tutorial', async () => {
    for (const entry of libraryEntries) {
      for (const level of ['fundamentals', 'advanced'] as const) {
        const outcome = await library.generateTutorial(tutorialRequest({ conceptId: entry.conceptId, level }));
        assert.ok(outcome.ok, entry.conceptId);
        tutorialSchema.parse(outcome.value);
      }
    }
  });

  it('points at the engineer\'s line without claiming to have analysed their code', async () => {
    const outcome = await library.generateTutorial(
      tutorialRequest({
        codeContext: {
          before: 'const user = find(id);',
          focus: 'return user.name;',
          after: '}',
          diagnosticMessage: "'user' is possibly 'undefined'.",
          focusLine: 42,
        },
      }),
    );
    assert.ok(outcome.ok);
    const example = outcome.value.workedExample;
    assert.equal(example.before, known.fundamentals.workedExample.before, 'the library keeps its own example');
    assert.equal(example.after, known.fundamentals.workedExample.after);
    assert.match(example.note, /line 42/);
    assert.match(example.note, /not written from your code/);
    assert.match(example.note, /'user' is possibly 'undefined'/);
    assert.ok(example.note.includes(known.fundamentals.workedExample.note), 'the entry\'s own note is kept');
    assert.doesNotMatch(example.note, /return user\.name/, 'the library does not pretend to quote and rework the code');
    tutorialSchema.parse(outcome.value);
    assert.notEqual(known.fundamentals.workedExample.note, example.note, 'the shared entry itself is not mutated');
  });

  it('keeps the note within the schema limit for a long diagnostic and no line number', async () => {
    const outcome = await library.generateTutorial(
      tutorialRequest({ codeContext: { before: '', focus: 'x', after: '', diagnosticMessage: 'word '.repeat(400) } }),
    );
    assert.ok(outcome.ok);
    assert.match(outcome.value.workedExample.note, /the line the error points at/);
    tutorialSchema.parse(outcome.value);
  });

  it('returns each of the four generic rungs from the entry', async () => {
    const expected = {
      nudge: known.hints.nudge,
      concept: known.hints.concept,
      'analogous-example': known.hints.analogousExample,
    } as const;
    for (const [rung, text] of Object.entries(expected)) {
      const outcome = await library.generateHint(hintRequest({ rung: rung as HintRequest['rung'] }));
      assert.ok(outcome.ok);
      assert.deepEqual(outcome.value, { rung, text, code: '' });
      assert.equal(outcome.provenance, 'library');
      hintSchema.parse(outcome.value);
    }
    const pseudo = await library.generateHint(hintRequest({ rung: 'pseudo-code' }));
    assert.ok(pseudo.ok);
    assert.equal(pseudo.value.rung, 'pseudo-code');
    assert.equal(pseudo.value.code, known.hints.pseudoCode, 'pseudo-code travels as a code block');
    assert.match(pseudo.value.text, /pseudo-code/);
    assert.match(pseudo.value.text, /not written from your code/);
    hintSchema.parse(pseudo.value);
  });

  it('refuses the fix rung with a typed failure that says what to do instead', async () => {
    const outcome = await library.generateHint(hintRequest({ rung: 'fix' }));
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok);
    assert.equal(outcome.kind, 'not-found');
    assert.match(outcome.message, /built-in library does not write fixes/);
    assert.match(outcome.action ?? '', /quick fix/i);
    assert.match(outcome.action ?? '', /LLM/);
  });

  it('names an unknown concept in its failure when there is no fallback', async () => {
    const outcome = await library.generateTutorial(tutorialRequest({ conceptId: 'no-such-concept', language: 'plaintext' }));
    assert.ok(!outcome.ok);
    assert.equal(outcome.kind, 'not-found');
    assert.match(outcome.message, /"no-such-concept"/);
    assert.ok(outcome.action);
    const hint = await library.generateHint(hintRequest({ conceptId: 'no-such-concept', language: 'plaintext' }));
    assert.ok(!hint.ok);
    assert.equal(hint.kind, 'not-found');
  });

  it('falls back to the cross-language entry a language-specific id refines, then to the language\'s general entry', async () => {
    const base = libraryEntries[1];
    const lib = new OfflineLibrary([base, renamed(known, 'ts.general')]);
    const refined = await lib.generateTutorial(tutorialRequest({ conceptId: `java.${base.conceptId}`, language: 'java' }));
    assert.ok(refined.ok);
    assert.equal(refined.value.conceptId, base.conceptId);

    const general = await lib.generateTutorial(tutorialRequest({ conceptId: 'ts.something-new', language: 'typescript' }));
    assert.ok(general.ok);
    assert.equal(general.value.conceptId, 'ts.general');

    const reactGeneral = await lib.generateHint(hintRequest({ conceptId: 'mystery', language: 'typescriptreact' }));
    assert.ok(reactGeneral.ok);
    assert.equal(reactGeneral.value.text, known.hints.nudge);

    const otherLanguage = await lib.generateTutorial(tutorialRequest({ conceptId: 'py.something-new', language: 'python' }));
    assert.ok(!otherLanguage.ok);
    assert.match(otherLanguage.message, /py\.something-new/);
  });

  it('resolves to a cancelled failure when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await library.generateTutorial(tutorialRequest(), { signal: controller.signal });
    assert.ok(!outcome.ok);
    assert.equal(outcome.kind, 'cancelled');
  });

  it('never rejects, whatever the request', async () => {
    const odd: TutorialRequest[] = [
      tutorialRequest({ conceptId: '' }),
      tutorialRequest({ conceptId: '.', language: '' }),
      tutorialRequest({ conceptId: 'x'.repeat(10_000) }),
      tutorialRequest({ codeContext: { before: '', focus: '', after: '', focusLine: -1, diagnosticMessage: '' } }),
    ];
    for (const request of odd) {
      await assert.doesNotReject(library.generateTutorial(request));
      await assert.doesNotReject(library.generateHint({ ...request, rung: 'pseudo-code' }));
    }
  });

  it('rotates review questions through every quiz item of both levels as the seed grows', () => {
    const items: QuizItem[] = [...known.fundamentals.quiz, ...known.advanced.quiz];
    const seen: QuizItem[] = [];
    for (let seed = 0; seed < items.length; seed++) {
      const question = library.reviewQuestion(known.conceptId, seed);
      assert.ok(question);
      reviewQuestionSchema.parse(question);
      assert.equal(question.conceptId, known.conceptId);
      seen.push(question.item);
    }
    assert.deepEqual(seen, items, 'consecutive seeds visit each item once, in order');
    assert.deepEqual(library.reviewQuestion(known.conceptId, items.length)?.item, items[0], 'and wrap around');
    assert.deepEqual(library.reviewQuestion(known.conceptId, -1)?.item, items[items.length - 1]);
    assert.deepEqual(library.reviewQuestion(known.conceptId, Number.NaN)?.item, items[0]);
    assert.deepEqual(library.reviewQuestion(known.conceptId, 1.9)?.item, items[1]);
  });

  it('reminds the engineer of the concept in one sentence taken from its concept hint', () => {
    const question = library.reviewQuestion(known.conceptId, 0);
    assert.ok(question);
    assert.ok(known.hints.concept.replace(/\s+/g, ' ').startsWith(question.reminder));
    assert.match(question.reminder, /[.!?]$/);
    assert.ok(question.reminder.length < known.hints.concept.length);
  });

  it('has no review question for an unknown concept', () => {
    assert.equal(library.reviewQuestion('no-such-concept', 3), undefined);
  });
});
