import assert from 'node:assert/strict';
import { hintSchema, quizItemSchema, tutorialSchema } from '../../../src/shared/tutorialSchema';
import { sampleTutorial } from './tutorFixtures';

describe('tutorial schema', () => {
  it('accepts a complete tutorial and strips keys that are not in the schema', () => {
    const parsed = tutorialSchema.parse({ ...sampleTutorial(), html: '<script>alert(1)</script>' });
    assert.equal('html' in parsed, false);
    assert.equal(parsed.quiz.length, 2);
  });

  it('rejects tutorials with no quiz, too many quiz items, or over-long text', () => {
    const quiz = sampleTutorial().quiz;
    assert.equal(tutorialSchema.safeParse(sampleTutorial({ quiz: [] })).success, false);
    assert.equal(tutorialSchema.safeParse(sampleTutorial({ quiz: [...quiz, ...quiz] })).success, false);
    assert.equal(tutorialSchema.safeParse(sampleTutorial({ explanation: 'x'.repeat(5000) })).success, false);
  });

  it('rejects a multiple-choice answer outside the choices and a bug line outside the code', () => {
    const mc = { kind: 'multiple-choice', prompt: 'p', code: '', choices: ['a', 'b'], answerIndex: 2, explanation: 'e' };
    assert.equal(quizItemSchema.safeParse(mc).success, false);
    assert.equal(quizItemSchema.safeParse({ ...mc, answerIndex: 1 }).success, true);
    const bug = { kind: 'spot-the-bug', prompt: 'p', code: 'a\nb', bugLine: 3, answer: 'x', explanation: 'e' };
    assert.equal(quizItemSchema.safeParse(bug).success, false);
  });

  it('defaults a hint without code to an empty snippet', () => {
    assert.deepEqual(hintSchema.parse({ rung: 'nudge', text: 'Look at line 3.' }), { rung: 'nudge', text: 'Look at line 3.', code: '' });
    assert.equal(hintSchema.safeParse({ rung: 'solution', text: 'x' }).success, false);
  });
});
