import {
  TUTORIAL_LIMITS,
  type Hint,
  type HintRung,
  type QuizItem,
  type ReviewQuestion,
  type Tutorial,
} from '../../shared/tutorialSchema';
import type {
  CodeContext,
  HintRequest,
  TutorCallOptions,
  TutorOutcome,
  TutorProvider,
  TutorialRequest,
} from '../tutor/tutorProvider';
import { generalConceptFor } from '../concepts/conceptCatalog';
import type { LibraryEntry } from './libraryEntry';
import { libraryEntries } from './libraryContent';

const hintFields = {
  nudge: 'nudge',
  concept: 'concept',
  'analogous-example': 'analogousExample',
  'pseudo-code': 'pseudoCode',
} as const satisfies Record<Exclude<HintRung, 'fix'>, keyof LibraryEntry['hints']>;

const pseudoCodeIntro = 'The general shape of a solution, in pseudo-code (from the built-in library, not written from your code):';

/** Longest piece of the diagnostic message quoted in the pointer note; the note has a hard length limit. */
const quotedMessageLength = 120;

/**
 * The built-in tutor: serves the hand-written library with no network, so Skilltrace teaches out of the box and the
 * extension can fall back to it whenever the LLM provider fails. Also supplies the spaced-review questions.
 */
export class OfflineLibrary implements TutorProvider {
  readonly label = 'Built-in library';
  private readonly byId: ReadonlyMap<string, LibraryEntry>;

  constructor(entries: readonly LibraryEntry[] = libraryEntries) {
    this.byId = new Map(entries.map((entry) => [entry.conceptId, entry]));
  }

  generateTutorial(request: TutorialRequest, options?: TutorCallOptions): Promise<TutorOutcome<Tutorial>> {
    if (options?.signal?.aborted) return Promise.resolve(cancelled());
    const found = this.resolve(request.conceptId, request.language);
    if (!found.ok) return Promise.resolve(found);
    const tutorial = request.level === 'advanced' ? found.value.advanced : found.value.fundamentals;
    const value = request.codeContext ? withPointerToCode(tutorial, request.codeContext) : tutorial;
    return Promise.resolve({ ok: true, value, provenance: 'library', cached: false });
  }

  generateHint(request: HintRequest, options?: TutorCallOptions): Promise<TutorOutcome<Hint>> {
    if (options?.signal?.aborted) return Promise.resolve(cancelled());
    if (request.rung === 'fix') {
      return Promise.resolve({
        ok: false,
        kind: 'not-found',
        message: 'The built-in library does not write fixes: it has not seen your code, so a generic fix would be a guess.',
        action: "Use the editor's quick fixes (Ctrl+. / Cmd+.) on the error, or configure an LLM in the Skilltrace settings.",
      });
    }
    const found = this.resolve(request.conceptId, request.language);
    if (!found.ok) return Promise.resolve(found);
    const written = found.value.hints[hintFields[request.rung]];
    // Pseudo-code is shown as a code block, so it travels in `code` under a line saying what it is.
    const value: Hint =
      request.rung === 'pseudo-code'
        ? { rung: request.rung, text: pseudoCodeIntro, code: written }
        : { rung: request.rung, text: written, code: '' };
    return Promise.resolve({ ok: true, value, provenance: 'library', cached: false });
  }

  /**
   * One quiz item of a concept for the spaced-review queue, rotating through all of the concept's items (both
   * levels) as the seed grows, so repeated reviews do not ask the same question. Undefined for unknown concepts.
   */
  reviewQuestion(conceptId: string, seed: number): ReviewQuestion | undefined {
    const entry = this.byId.get(conceptId);
    if (!entry) return undefined;
    const items: QuizItem[] = [...entry.fundamentals.quiz, ...entry.advanced.quiz];
    const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
    const index = ((whole % items.length) + items.length) % items.length;
    return { conceptId: entry.conceptId, reminder: reminderFor(entry), item: items[index] };
  }

  /** Whether the library has material for a concept itself (not through a fallback). */
  has(conceptId: string): boolean {
    return this.byId.has(conceptId);
  }

  /**
   * The concept's own entry, else the cross-language entry a language-specific id refines (`java.generics` →
   * `generics`), else the language's general entry, else a failure naming the concept.
   */
  private resolve(conceptId: string, language: string): TutorOutcome<LibraryEntry> {
    const candidates = [conceptId];
    const dot = conceptId.indexOf('.');
    if (dot > 0) candidates.push(conceptId.slice(dot + 1));
    const general = generalConceptFor(language);
    if (general) candidates.push(general);
    for (const id of candidates) {
      const entry = this.byId.get(id);
      if (entry) return { ok: true, value: entry, provenance: 'library', cached: false };
    }
    return {
      ok: false,
      kind: 'not-found',
      message: `The built-in library has no tutorial for the concept "${conceptId}".`,
      action: 'Configure an LLM in the Skilltrace settings to get tutorials for every concept.',
    };
  }
}

function cancelled(): { ok: false; kind: 'cancelled'; message: string } {
  return { ok: false, kind: 'cancelled', message: 'The request was cancelled because the context changed.' };
}

/** The first sentence of the concept hint: it is written to say what the concept is, in one breath. */
function reminderFor(entry: LibraryEntry): string {
  const text = entry.hints.concept.replace(/\s+/g, ' ').trim();
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end >= 0 ? text.slice(0, end + 1) : text;
  return truncate(sentence.length > 0 ? sentence : entry.fundamentals.title, TUTORIAL_LIMITS.note);
}

/**
 * Keeps the library's own example but tells the engineer where to compare it, making plain that the example was
 * not written from their code (the library never sees it).
 */
function withPointerToCode(tutorial: Tutorial, context: CodeContext): Tutorial {
  const where = context.focusLine !== undefined ? `line ${context.focusLine} of your file` : 'the line the error points at';
  const message = context.diagnosticMessage?.replace(/\s+/g, ' ').trim();
  const quoted = message ? ` ("${truncate(message, quotedMessageLength)}")` : '';
  const pointer = `This is a general example from the built-in library, not written from your code: compare it with ${where}${quoted}.`;
  const note = truncate(`${pointer} ${tutorial.workedExample.note}`.trim(), TUTORIAL_LIMITS.note);
  return { ...tutorial, workedExample: { ...tutorial.workedExample, note } };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
