import type { QuizItem } from '../../shared/tutorialSchema';
import type { Observation } from '../../shared/observation';

/** The outcome of one quiz answer, as the panel shows it and the model learns from it. */
export interface QuizGrade {
  correct: boolean;
  /** The answer as the engineer gave it, trimmed and length-limited, for the history and the panel. */
  given: string;
}

function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, all) => line.length > 0 || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

/**
 * Grades an answer against a quiz item. Multiple choice takes the choice index as text; predict-output compares
 * printed text ignoring surrounding whitespace and line-end spaces; spot-the-bug takes the 1-based line number.
 */
export function gradeQuizAnswer(item: QuizItem, answer: string): QuizGrade {
  const given = answer.trim().slice(0, 600);
  switch (item.kind) {
    case 'multiple-choice':
      return { correct: /^\d+$/.test(given) && Number(given) === item.answerIndex, given };
    case 'predict-output':
      return { correct: normalizeOutput(given) === normalizeOutput(item.answer), given };
    case 'spot-the-bug': {
      const line = /^\s*(?:line\s*)?(\d+)/i.exec(given);
      return { correct: line !== null && Number(line[1]) === item.bugLine, given };
    }
    default: {
      const unreachable: never = item;
      throw new Error(`Unknown quiz item ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * A quiz answer is strong evidence about a concept (stronger than a fixed diagnostic): the model gets a success
 * or failure from source 'quiz'. Review questions weigh a little less than first answers in a fresh tutorial,
 * because a tutorial's quiz comes right after the explanation (recall is easier).
 */
export function quizObservation(conceptId: string, grade: QuizGrade, now: number, origin: 'tutorial' | 'review'): Observation {
  return {
    conceptId,
    kind: grade.correct ? 'success' : 'failure',
    strength: origin === 'review' ? 0.9 : 0.75,
    source: 'quiz',
    timestamp: now,
    evidence: { note: `${origin === 'review' ? 'Review question' : 'Quiz question'} answered ${grade.correct ? 'correctly' : 'incorrectly'}` },
  };
}
