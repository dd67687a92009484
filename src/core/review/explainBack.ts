import { getConcept } from '../concepts/conceptCatalog';
import { lexicalConceptUsage } from '../history/conceptUsage';
import { gradeQuizAnswer, type QuizGrade } from '../session/quizGrading';
import type { Observation } from '../../shared/observation';
import type { ExplainBackReply } from '../../shared/reviewSchema';
import type { QuizItem, ReviewQuestion } from '../../shared/tutorialSchema';
import { CodeMasker } from './codeMask';
import { detectInViews } from './diffReview';
import { reviewDetectors } from './reviewDetectors';
import type { ReviewHint, ReviewLanguage } from './reviewHint';

/**
 * The comprehension check on pasted code: after a large paste or inserted block, the panel passively offers one
 * "explain it back" question about that very code. Offline the question comes from what the detectors find in the
 * block (which concept does this line get wrong?) or from the library's question on a concept the block uses; with an
 * LLM it is generated from the code and validated. The answer feeds the model like a quiz answer.
 */

/** A block of code the engineer pasted or inserted, as the edit watcher saw it. */
export interface PastedBlock {
  /** Workspace-relative path (or the untitled name), for evidence and the panel. */
  file: string;
  language?: ReviewLanguage;
  /** 0-based editor line where the block starts. */
  startLine: number;
  text: string;
}

/** What the block offers to ask about: detector findings (by line) and concepts it uses, weakest first. */
export interface ExplainBackCandidates {
  findings: ReviewHint[];
  concepts: string[];
}

/** Where a question came from; the panel says so, and the model weighs detector questions a bit more. */
export type ExplainBackOrigin = 'detector' | 'library' | 'llm';

/** The one question of a check, with the concept it tests and why it was chosen. */
export interface ExplainBackQuestion {
  conceptId: string;
  /** One line above the question: why this concept, in the engineer's terms. */
  reminder: string;
  item: QuizItem;
  origin: ExplainBackOrigin;
}

/** Lines of a block the check reads at most; longer pastes are judged on their start. */
export const EXPLAIN_BACK_MAX_LINES = 200;

/** Finds what to ask about a pasted block; `structureConcepts` are tree-sitter's opportunities in the block, if known. */
export function explainBackCandidates(
  block: PastedBlock,
  options: { structureConcepts?: readonly string[]; mastery?: Readonly<Record<string, number>> } = {},
): ExplainBackCandidates {
  const lines = block.text.split('\n').slice(0, EXPLAIN_BACK_MAX_LINES).map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const found = new Set<string>(options.structureConcepts ?? []);
  let findings: ReviewHint[] = [];
  if (block.language) {
    const masker = new CodeMasker(block.language);
    const view = lines.map((raw, index) => ({ line: block.startLine + index + 1, raw, code: masker.mask(raw), added: true }));
    findings = detectInViews(block.file, block.language, [{ lines: view, section: '' }]);
    for (const conceptId of lexicalConceptUsage(block.file, block.language, view.map((line) => line.code))) found.add(conceptId);
  }
  const mastery = options.mastery ?? {};
  const masteryOf = (id: string): number => (typeof mastery[id] === 'number' && Number.isFinite(mastery[id]) ? mastery[id] : 0.5);
  const concepts = [...found].filter((id) => getConcept(id) !== undefined).sort((a, b) => masteryOf(a) - masteryOf(b) || a.localeCompare(b));
  return { findings, concepts };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = (Math.abs(Math.trunc(seed)) % 2_147_483_646) + 1;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 48_271) % 2_147_483_647;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

const NOTHING_WRONG = 'Nothing: the line is fine as it is.';

/**
 * The offline question. A detector finding in the block makes the best one (the engineer's own pasted line, and
 * "which concept does it get wrong?", with other concepts the detectors know for this language as distractors);
 * otherwise the library's question on the weakest concept the block uses. Undefined when there is nothing to ask.
 */
export function offlineExplainBack(
  block: PastedBlock,
  candidates: ExplainBackCandidates,
  library: (conceptId: string, seed: number) => ReviewQuestion | undefined,
  seed: number,
): ExplainBackQuestion | undefined {
  const finding = candidates.findings[0];
  const concept = finding && getConcept(finding.conceptId);
  if (finding && concept && block.language) {
    const language = block.language;
    const others = [...new Set(reviewDetectors.filter((d) => d.languages.includes(language) && d.conceptId !== finding.conceptId).map((d) => d.conceptId))]
      .map((id) => getConcept(id)?.title)
      .filter((title): title is string => title !== undefined && title !== concept.title);
    const distractors = shuffle(others, seed).slice(0, 2);
    const choices = shuffle([concept.title, ...distractors], seed + 1);
    choices.push(NOTHING_WRONG);
    const lineInBlock = finding.line - block.startLine;
    return {
      conceptId: finding.conceptId,
      reminder: `Line ${lineInBlock} of the code you pasted into ${block.file} deserves a second look.`,
      item: {
        kind: 'multiple-choice',
        prompt: 'Which concept does this line of your pasted code get wrong?',
        code: finding.excerpt,
        choices,
        answerIndex: choices.indexOf(concept.title),
        explanation: finding.message.slice(0, 1200),
      },
      origin: 'detector',
    };
  }
  for (const conceptId of candidates.concepts) {
    const question = library(conceptId, seed);
    if (!question) continue;
    const title = getConcept(conceptId)?.title ?? conceptId;
    return { conceptId, reminder: `The code you pasted into ${block.file} uses ${title}. ${question.reminder}`.slice(0, 600), item: question.item, origin: 'library' };
  }
  return undefined;
}

/** Turns a validated LLM reply into a question, if it names one of the candidate concepts. */
export function explainBackFromLlm(reply: ExplainBackReply, block: PastedBlock, candidates: readonly string[]): ExplainBackQuestion | undefined {
  if (!candidates.includes(reply.conceptId) || !getConcept(reply.conceptId)) return undefined;
  const title = getConcept(reply.conceptId)?.title ?? reply.conceptId;
  return {
    conceptId: reply.conceptId,
    reminder: `A question on ${title} in the code you pasted into ${block.file}.`,
    item: { kind: 'multiple-choice', prompt: reply.prompt, code: '', choices: reply.choices, answerIndex: reply.answerIndex, explanation: reply.explanation },
    origin: 'llm',
  };
}

/** Grades an answer like any quiz item. */
export function gradeExplainBack(question: ExplainBackQuestion, answer: string): QuizGrade {
  return gradeQuizAnswer(question.item, answer);
}

/**
 * The answer as evidence (source 'quiz'). Failing to see the problem in one's own pasted line says more than a
 * library question does, so detector questions weigh a little more, and a wrong answer more than a right one.
 */
export function explainBackObservation(question: ExplainBackQuestion, grade: QuizGrade, block: PastedBlock, now: number): Observation {
  const detector = question.origin === 'detector';
  const strength = grade.correct ? (detector ? 0.5 : 0.4) : detector ? 0.6 : 0.5;
  const lines = block.text.split('\n').length;
  return {
    conceptId: question.conceptId,
    kind: grade.correct ? 'success' : 'failure',
    strength,
    source: 'quiz',
    timestamp: Math.max(0, Math.floor(now)),
    evidence: {
      file: block.file.slice(0, 1024),
      ...(block.language ? { language: block.language } : {}),
      range: { startLine: block.startLine, startCharacter: 0, endLine: block.startLine + Math.max(0, lines - 1), endCharacter: 0 },
      note: `Explain-it-back check on pasted code answered ${grade.correct ? 'correctly' : 'incorrectly'}`,
    },
  };
}
