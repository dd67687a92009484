import assert from 'node:assert/strict';
import { getLibraryEntry, libraryEntries } from '../../../src/core/library/libraryContent';
import { conceptCatalog, isConceptId } from '../../../src/core/concepts/conceptCatalog';
import { tutorialSchema, type QuizItem } from '../../../src/shared/tutorialSchema';

const levels = ['fundamentals', 'advanced'] as const;

function quizOf(conceptId: string): QuizItem[] {
  const entry = getLibraryEntry(conceptId);
  assert.ok(entry, conceptId);
  return [...entry.fundamentals.quiz, ...entry.advanced.quiz];
}

describe('offline library content', () => {
  it('has entries, each findable by its id', () => {
    assert.ok(libraryEntries.length > 0);
    for (const entry of libraryEntries) assert.equal(getLibraryEntry(entry.conceptId), entry);
    assert.equal(getLibraryEntry('no-such-concept'), undefined);
  });

  it('uses each concept id once', () => {
    const ids = libraryEntries.map((entry) => entry.conceptId);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    assert.deepEqual(duplicates, []);
  });

  it('covers only concepts that exist in the catalog', () => {
    const unknown = libraryEntries.map((entry) => entry.conceptId).filter((id) => !isConceptId(id));
    assert.deepEqual(unknown, []);
  });

  it('has an entry for every catalog concept (the contract with the catalog)', () => {
    const missing = conceptCatalog.map((concept) => concept.id).filter((id) => getLibraryEntry(id) === undefined);
    assert.deepEqual(missing, []);
  });

  it('covers every cross-language concept fixed by the id convention', () => {
    const fixed = [
      'null-safety', 'narrowing', 'type-guards', 'async-await', 'promises', 'concurrency', 'error-handling', 'generics',
      'closures', 'scope', 'iteration', 'immutability', 'recursion', 'resource-management', 'modules-imports',
      'classes-inheritance', 'interfaces-structural-typing', 'pattern-matching', 'string-formatting',
      'regular-expressions', 'injection-safe-queries', 'type-annotations', 'function-signatures', 'equality-comparison',
      'collections', 'unused-code', 'naming-declarations', 'control-flow', 'exhaustiveness', 'type-conversion',
      'object-property-access',
    ];
    assert.deepEqual(fixed.filter((id) => getLibraryEntry(id) === undefined), []);
  });

  it('parses every tutorial with the shared schema, at its own level and concept', () => {
    const problems: string[] = [];
    for (const entry of libraryEntries) {
      for (const level of levels) {
        const parsed = tutorialSchema.safeParse(entry[level]);
        if (!parsed.success) problems.push(`${entry.conceptId}/${level}: ${parsed.error.message}`);
        if (entry[level].level !== level) problems.push(`${entry.conceptId}/${level}: level is ${entry[level].level}`);
        if (entry[level].conceptId !== entry.conceptId) problems.push(`${entry.conceptId}/${level}: concept is ${entry[level].conceptId}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('asks at least four quiz questions of at least two kinds per concept', () => {
    const thin = libraryEntries
      .map((entry) => ({ id: entry.conceptId, items: quizOf(entry.conceptId) }))
      .filter(({ items }) => items.length < 4 || new Set(items.map((item) => item.kind)).size < 2)
      .map(({ id }) => id);
    assert.deepEqual(thin, []);
  });

  it('keeps multiple-choice answers among the choices and spot-the-bug lines within the code', () => {
    const problems: string[] = [];
    for (const entry of libraryEntries) {
      for (const item of quizOf(entry.conceptId)) {
        if (item.kind === 'multiple-choice' && (item.answerIndex < 0 || item.answerIndex >= item.choices.length)) {
          problems.push(`${entry.conceptId}: answerIndex ${item.answerIndex} of ${item.choices.length} choices`);
        }
        if (item.kind === 'multiple-choice' && new Set(item.choices).size !== item.choices.length) {
          problems.push(`${entry.conceptId}: repeated choice in "${item.prompt}"`);
        }
        if (item.kind === 'spot-the-bug') {
          const line = item.code.split('\n')[item.bugLine - 1];
          if (line === undefined || line.trim() === '') problems.push(`${entry.conceptId}: bugLine ${item.bugLine} is not a code line`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('writes a 120 to 350 word explanation with a code example for every tutorial', () => {
    const problems: string[] = [];
    for (const entry of libraryEntries) {
      for (const level of levels) {
        const { explanation } = entry[level];
        const words = explanation.split(/\s+/).filter((word) => word.length > 0).length;
        if (words < 120 || words > 350) problems.push(`${entry.conceptId}/${level}: ${words} words`);
        if (!/`[^`]+`/.test(explanation)) problems.push(`${entry.conceptId}/${level}: no code in the explanation`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('gives every tutorial a real before/after pair and two to four pitfalls', () => {
    const problems: string[] = [];
    for (const entry of libraryEntries) {
      for (const level of levels) {
        const { workedExample, pitfalls } = entry[level];
        if (workedExample.before.trim() === '' || workedExample.before === workedExample.after) {
          problems.push(`${entry.conceptId}/${level}: before and after must differ`);
        }
        if (pitfalls.length < 2 || pitfalls.length > 4) problems.push(`${entry.conceptId}/${level}: ${pitfalls.length} pitfalls`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('never writes the same text twice', () => {
    const owners = new Map<string, string>();
    const repeats: string[] = [];
    const claim = (text: string, owner: string): void => {
      const key = text.replace(/\s+/g, ' ').trim().toLowerCase();
      const previous = owners.get(key);
      if (previous !== undefined) repeats.push(`${owner} repeats ${previous}`);
      else owners.set(key, owner);
    };
    for (const entry of libraryEntries) {
      for (const level of levels) {
        const tutorial = entry[level];
        const where = `${entry.conceptId}/${level}`;
        claim(tutorial.title, `${where} title`);
        claim(tutorial.explanation, `${where} explanation`);
        claim(tutorial.workedExample.before, `${where} example`);
        tutorial.pitfalls.forEach((pitfall, index) => claim(pitfall, `${where} pitfall ${index + 1}`));
        tutorial.quiz.forEach((item, index) => claim(item.prompt + item.code, `${where} quiz ${index + 1}`));
      }
      for (const [rung, text] of Object.entries(entry.hints)) claim(text, `${entry.conceptId} hint ${rung}`);
    }
    assert.deepEqual(repeats, []);
  });

  it('writes all four generic hints, none of them empty', () => {
    const empty = libraryEntries.flatMap((entry) =>
      Object.entries(entry.hints)
        .filter(([, text]) => text.trim().length === 0)
        .map(([rung]) => `${entry.conceptId}/${rung}`),
    );
    assert.deepEqual(empty, []);
  });
});
