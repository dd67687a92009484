import { strict as assert } from 'node:assert';
import { gradeQuizAnswer, quizObservation } from '../../../src/core/session/quizGrading';
import type { QuizItem } from '../../../src/shared/tutorialSchema';
import { observationSchema } from '../../../src/shared/observation';

const mc: QuizItem = { kind: 'multiple-choice', prompt: 'Which?', code: '', choices: ['a', 'b', 'c'], answerIndex: 2, explanation: 'c it is' };
const predict: QuizItem = { kind: 'predict-output', prompt: 'Prints?', code: 'console.log(1); console.log(2)', answer: '1\n2', explanation: 'in order' };
const bug: QuizItem = { kind: 'spot-the-bug', prompt: 'Where?', code: 'a\nb\nc', bugLine: 2, answer: 'b is wrong', explanation: 'b' };

describe('quiz grading', () => {
  it('grades multiple choice by index only', () => {
    assert.equal(gradeQuizAnswer(mc, '2').correct, true);
    assert.equal(gradeQuizAnswer(mc, ' 2 ').correct, true);
    assert.equal(gradeQuizAnswer(mc, '1').correct, false);
    assert.equal(gradeQuizAnswer(mc, 'c').correct, false);
    assert.equal(gradeQuizAnswer(mc, '2x').correct, false);
  });

  it('grades predicted output ignoring surrounding and trailing whitespace, not content', () => {
    assert.equal(gradeQuizAnswer(predict, '1\n2').correct, true);
    assert.equal(gradeQuizAnswer(predict, '  1  \r\n 2 \n').correct, true);
    assert.equal(gradeQuizAnswer(predict, '2\n1').correct, false);
    assert.equal(gradeQuizAnswer(predict, '12').correct, false);
  });

  it('grades spot-the-bug by line number, accepting "line 2"', () => {
    assert.equal(gradeQuizAnswer(bug, '2').correct, true);
    assert.equal(gradeQuizAnswer(bug, 'line 2').correct, true);
    assert.equal(gradeQuizAnswer(bug, '3').correct, false);
    assert.equal(gradeQuizAnswer(bug, 'the second').correct, false);
  });

  it('turns a grade into a valid quiz observation, reviews weighing more', () => {
    const right = quizObservation('narrowing', { correct: true, given: '2' }, 1000, 'tutorial');
    const wrong = quizObservation('narrowing', { correct: false, given: '1' }, 1000, 'review');
    assert.equal(observationSchema.safeParse(right).success, true);
    assert.equal(right.kind, 'success');
    assert.equal(wrong.kind, 'failure');
    assert.ok(wrong.strength > right.strength);
    assert.equal(right.source, 'quiz');
  });
});
