import type { Tutorial } from '../../../src/shared/tutorialSchema';

/** A valid tutorial as a model would return it, shared by the tutor and LLM tests. */
export function sampleTutorial(overrides: Partial<Tutorial> = {}): Tutorial {
  return {
    title: 'Optional chaining for values that may be missing',
    conceptId: 'ts.null-safety',
    level: 'fundamentals',
    explanation: 'A value typed `User | undefined` may be missing. **Check before you use it**, or use `?.`.',
    workedExample: {
      language: 'typescript',
      before: 'const n = user.name.length;',
      after: 'const n = user?.name.length ?? 0;',
      note: 'Optional chaining stops at undefined; `??` supplies the default.',
    },
    pitfalls: ['`?.` hides a bug when the value must exist: assert instead.'],
    quiz: [
      {
        kind: 'multiple-choice',
        prompt: 'What is `a?.b` when `a` is undefined?',
        code: '',
        choices: ['undefined', 'null', 'it throws'],
        answerIndex: 0,
        explanation: 'Optional chaining short-circuits to undefined.',
      },
      {
        kind: 'spot-the-bug',
        prompt: 'Which line can throw?',
        code: 'const u = find(id);\nconsole.log(u.name);',
        bugLine: 2,
        answer: 'Check u first: u?.name',
        explanation: 'find may return undefined.',
      },
    ],
    ...overrides,
  };
}
