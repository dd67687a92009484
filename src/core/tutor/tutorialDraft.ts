import { TUTORIAL_LIMITS, tutorialDraftSchema, type TutorialDraft } from '../../shared/tutorialSchema';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : undefined;
}

/**
 * Turns a partially parsed tutorial (untrusted, incomplete) into a draft the panel can render: only known fields,
 * only strings, cut to the schema's limits. The LLM adapter calls it on every streamed chunk.
 */
export function tutorialDraftFromPartial(partial: unknown): TutorialDraft | undefined {
  if (!isRecord(partial)) return undefined;
  const draft: TutorialDraft = {};
  const title = text(partial.title, TUTORIAL_LIMITS.title);
  if (title !== undefined) draft.title = title;
  const explanation = text(partial.explanation, TUTORIAL_LIMITS.explanation);
  if (explanation !== undefined) draft.explanation = explanation;
  if (isRecord(partial.workedExample)) {
    const example: NonNullable<TutorialDraft['workedExample']> = {};
    for (const key of ['language', 'before', 'after', 'note'] as const) {
      const value = text(partial.workedExample[key], key === 'language' ? 64 : TUTORIAL_LIMITS.code);
      if (value !== undefined) example[key] = value;
    }
    if (Object.keys(example).length > 0) draft.workedExample = example;
  }
  if (Array.isArray(partial.pitfalls)) {
    const pitfalls = partial.pitfalls
      .map((item) => text(item, TUTORIAL_LIMITS.pitfall))
      .filter((item): item is string => item !== undefined)
      .slice(0, TUTORIAL_LIMITS.pitfalls);
    if (pitfalls.length > 0) draft.pitfalls = pitfalls;
  }
  if (Array.isArray(partial.quiz)) draft.quizCount = Math.min(partial.quiz.length, TUTORIAL_LIMITS.quizItems);
  if (Object.keys(draft).length === 0) return undefined;
  const checked = tutorialDraftSchema.safeParse(draft);
  return checked.success ? checked.data : undefined;
}

/** Two drafts show the same thing; the adapter skips repeats so the panel is not re-rendered for nothing. */
export function sameDraft(a: TutorialDraft | undefined, b: TutorialDraft | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
