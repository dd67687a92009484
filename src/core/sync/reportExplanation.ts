import { redactSecrets } from '../privacy/secretRedactor';

// The explanation a skill report carries leaves the machine, so it may speak only about the concept and the
// estimate: no code, no file paths, no diagnostic messages, no secrets. It is built from numbers and the model's
// own factor sentences, and then scrubbed anyway, because factor text can quote evidence in a future model.

/** Longest explanation the shared schema accepts. */
export const MAX_EXPLANATION_LENGTH = 500;

/** Why a report is made, in the words the explanation opens with. */
export interface ExplanationInput {
  verb: 'attempted' | 'progressed' | 'mastered' | 'answered' | 'completed';
  mastery: number;
  uncertainty: number;
  evidence: number;
  trend: 'rising' | 'falling' | 'steady';
  previousMastery?: number;
  quizAnswers: number;
  /** Sentences from the skill model's explanation (population, own work, forgetting); scrubbed before use. */
  factors?: readonly string[];
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function opening(input: ExplanationInput): string {
  const change = input.previousMastery === undefined ? '' : ` (${input.mastery >= input.previousMastery ? 'up' : 'down'} from ${pct(input.previousMastery)})`;
  switch (input.verb) {
    case 'attempted':
      return 'First report on this concept.';
    case 'mastered':
      return `Now counts as mastered${change}.`;
    case 'completed':
      return `Completed a tutorial quiz on this concept${change}.`;
    case 'answered':
      return `Answered ${input.quizAnswers} quiz or review question${input.quizAnswers === 1 ? '' : 's'} on this concept${change}.`;
    case 'progressed':
      return `The estimate moved since the last report${change}.`;
  }
}

/** The explanation text of one report: the reason, the estimate in words, and the model's factors, scrubbed. */
export function reportExplanation(input: ExplanationInput): string {
  const parts = [
    opening(input),
    `Estimated success chance ${pct(input.mastery)} ± ${pct(input.uncertainty)} (${input.trend}), from ${input.evidence.toFixed(1)} weighted observations.`,
    ...(input.factors ?? []),
  ];
  let text = '';
  for (const part of parts) {
    const clean = scrubExplanation(part);
    if (!clean) continue;
    const next = text ? `${text} ${clean}` : clean;
    // Whole sentences only: a sentence cut in half can read as the opposite of what it said.
    if (next.length > MAX_EXPLANATION_LENGTH) break;
    text = next;
  }
  return text;
}

const QUOTED = /"[^"\n]*"|“[^”\n]*”|'[^'\n]{2,}'|`[^`\n]*`/g;
const URI = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;
const WINDOWS_PATH = /\b[a-z]:\\\S*/gi;
// Anything with a slash between name characters (src/a.ts, ./x, ~/y, a\b) is treated as a path.
const SLASHED = /(?:~|\.{1,2})?(?:[\w.@-]*[/\\])+[\w.@-]*(?::\d+){0,2}/g;
const SOURCE_FILE =
  /\b[\w.-]+\.(?:tsx?|jsx?|mjs|cjs|py|pyi|java|kt|go|rs|cs|fs|c|cc|cpp|h|hpp|rb|php|swift|scala|sh|ps1|json|ya?ml|toml|xml|html?|css|scss|sql|md|lock|env|ini|cfg|conf|gradle|csproj|sln)(?::\d+){0,2}\b/gi;
const CODE_CHARACTERS = /[{}[\]<>=;$#|^~\\`]|=>|\(\)|::|&&|\|\|/;
const CALL_OR_MEMBER = /\b[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\b|\b[A-Za-z_]\w*\(/;

/**
 * Removes what must not leave the machine from one piece of explanation text: secrets (by the same rules as LLM
 * requests), quoted text (code and diagnostic messages are quoted), URIs and file paths; then drops any sentence
 * that still looks like code. Returns plain sentences, or '' when nothing safe is left.
 */
export function scrubExplanation(text: string): string {
  let clean = redactSecrets(text).text.replace(/\[REDACTED:[a-z-]+\]/g, ' ');
  clean = clean.replace(QUOTED, ' ').replace(URI, ' ').replace(WINDOWS_PATH, ' ').replace(SLASHED, (match) => (/[/\\]/.test(match) ? ' ' : match)).replace(SOURCE_FILE, ' ');
  clean = clean.replace(/\p{Cc}+/gu, ' ');
  const sentences = clean.split(/(?<=[.!?])\s+/);
  const kept = sentences
    .map((sentence) => sentence.replace(/\s+/g, ' ').replace(/\s+([.,;:!?)])/g, '$1').replace(/\(\s*\)/g, '').trim())
    .filter((sentence) => sentence.length > 0 && !CODE_CHARACTERS.test(sentence) && !CALL_OR_MEMBER.test(sentence.replace(/\d+\.\d+/g, '0')))
    // A sentence whose details were all removed ("A failure (in , seen 3 times)") says nothing: keep only real words.
    .filter((sentence) => /[A-Za-z]{3,}/.test(sentence));
  return kept.join(' ').trim();
}
