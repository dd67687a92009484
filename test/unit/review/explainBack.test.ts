import assert from 'node:assert/strict';
import { getConcept } from '../../../src/core/concepts/conceptCatalog';
import { OfflineLibrary } from '../../../src/core/library/offlineLibrary';
import {
  explainBackCandidates,
  explainBackFromLlm,
  explainBackObservation,
  gradeExplainBack,
  offlineExplainBack,
  type PastedBlock,
} from '../../../src/core/review/explainBack';
import { observationSchema } from '../../../src/shared/observation';
import { quizItemSchema } from '../../../src/shared/tutorialSchema';

const library = new OfflineLibrary();
const fromLibrary = (conceptId: string, seed: number) => library.reviewQuestion(conceptId, seed);

const pastedPython: PastedBlock = {
  file: 'app/jobs.py',
  language: 'python',
  startLine: 10,
  text: ['def load(path):', '    try:', '        f = open(path)', '        return f.read()', '    except:', '        return None'].join('\n'),
};

const pastedTypeScript: PastedBlock = {
  file: 'src/retry.ts',
  language: 'typescript',
  startLine: 0,
  text: ['export async function retry<T>(run: () => Promise<T>, times: number): Promise<T> {', '  for (let i = 0; i < times; i++) {', '    try {', '      return await run();', '    } catch (error) {', '      if (i === times - 1) throw error;', '    }', '  }', "  throw new Error('unreachable');", '}'].join('\n'),
};

describe('explain-it-back check on pasted code', () => {
  it('finds what the detectors see in the pasted lines and the concepts the block uses', () => {
    const candidates = explainBackCandidates(pastedPython);
    assert.deepEqual(candidates.findings.map((f) => [f.detectorId, f.line]), [
      ['py.open-without-with', 13],
      ['py.bare-except', 15],
    ]);
    assert.ok(candidates.concepts.includes('error-handling'));
    assert.ok(candidates.concepts.every((id) => getConcept(id)), 'only catalog concepts');
    const withStructure = explainBackCandidates(pastedTypeScript, { structureConcepts: ['generics', 'not-a-concept'], mastery: { generics: 0.1 } });
    assert.equal(withStructure.concepts[0], 'generics', 'weakest first');
    assert.ok(!withStructure.concepts.includes('not-a-concept'));
    assert.deepEqual(withStructure.findings, []);
  });

  it('asks about the engineer\'s own pasted line when a detector found something, and grades the answer', () => {
    const question = offlineExplainBack(pastedPython, explainBackCandidates(pastedPython), fromLibrary, 42);
    assert.ok(question);
    assert.equal(question.origin, 'detector');
    assert.equal(question.conceptId, 'py.context-managers');
    assert.equal(quizItemSchema.safeParse(question.item).success, true);
    assert.ok(question.item.kind === 'multiple-choice');
    assert.equal(question.item.code, 'f = open(path)');
    assert.equal(question.item.choices[question.item.answerIndex], getConcept('py.context-managers')?.title);
    assert.equal(question.item.choices.at(-1), 'Nothing: the line is fine as it is.');
    assert.equal(new Set(question.item.choices).size, question.item.choices.length, 'no duplicate choices');
    assert.match(question.reminder, /Line 3 of the code you pasted into app\/jobs\.py/);
    assert.deepEqual(offlineExplainBack(pastedPython, explainBackCandidates(pastedPython), fromLibrary, 42), question, 'deterministic for a seed');
    assert.equal(gradeExplainBack(question, String(question.item.answerIndex)).correct, true);
    assert.equal(gradeExplainBack(question, String(question.item.choices.length - 1)).correct, false);
  });

  it('falls back to the library\'s question on a concept the block uses, or asks nothing', () => {
    const question = offlineExplainBack(pastedTypeScript, explainBackCandidates(pastedTypeScript), fromLibrary, 7);
    assert.ok(question);
    assert.equal(question.origin, 'library');
    assert.ok(library.has(question.conceptId));
    assert.match(question.reminder, /The code you pasted into src\/retry\.ts uses/);
    const nothing = offlineExplainBack({ file: 'notes.txt', startLine: 0, text: 'just words\nmore words' }, { findings: [], concepts: [] }, fromLibrary, 1);
    assert.equal(nothing, undefined);
  });

  it('takes an LLM question only on a candidate concept', () => {
    const reply = { conceptId: 'iteration', prompt: 'How often does run() execute when it keeps failing?', choices: ['Once', '`times` times', 'Forever'], answerIndex: 1, explanation: 'The loop tries `times` times.' };
    const question = explainBackFromLlm(reply, pastedTypeScript, ['iteration', 'error-handling']);
    assert.equal(question?.origin, 'llm');
    assert.equal(question?.item.kind, 'multiple-choice');
    assert.equal(explainBackFromLlm({ ...reply, conceptId: 'dates-times' }, pastedTypeScript, ['iteration']), undefined);
  });

  it('feeds the answer to the model as a quiz observation, weighed by where the question came from', () => {
    const detector = offlineExplainBack(pastedPython, explainBackCandidates(pastedPython), fromLibrary, 3);
    const library = offlineExplainBack(pastedTypeScript, explainBackCandidates(pastedTypeScript), fromLibrary, 3);
    assert.ok(detector && library);
    const wrong = explainBackObservation(detector, { correct: false, given: '3' }, pastedPython, 1000);
    const right = explainBackObservation(library, { correct: true, given: '0' }, pastedTypeScript, 1000);
    for (const o of [wrong, right]) assert.equal(observationSchema.safeParse(o).success, true);
    assert.deepEqual([wrong.kind, wrong.strength, wrong.source], ['failure', 0.6, 'quiz']);
    assert.deepEqual([right.kind, right.strength], ['success', 0.4]);
    assert.deepEqual(wrong.evidence.range, { startLine: 10, startCharacter: 0, endLine: 15, endCharacter: 0 });
  });
});
