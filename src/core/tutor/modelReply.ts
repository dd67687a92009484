import type { z } from 'zod';

/** Why a model's reply could not be used, in words that can be sent back to the model in the repair request. */
export interface ReplyProblem {
  kind: 'no-json' | 'schema';
  detail: string;
}

/** The outcome of reading a model's reply: the validated value, or what was wrong with it. */
export type ReplyReading<T> = { ok: true; value: T } | { ok: false; problem: ReplyProblem };

/**
 * Finds the JSON object in a model's reply. Models in prompt-only JSON mode often wrap it in a Markdown fence or add a
 * sentence before it; the object from the first `{` to the last `}` is what we asked for.
 */
export function extractJsonText(reply: string): string | undefined {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/i.exec(reply);
  const body = fenced?.[1] ?? reply;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  return start >= 0 && end > start ? body.slice(start, end + 1) : undefined;
}

/**
 * Parses and validates a model's reply against a schema. Used by the LLM adapter for tutorials and hints; the
 * problem text goes into the one repair request, so it names paths and messages, never more than ten issues.
 */
export function readModelReply<T>(reply: string, schema: z.ZodType<T>): ReplyReading<T> {
  const json = extractJsonText(reply);
  if (json === undefined) return { ok: false, problem: { kind: 'no-json', detail: 'The reply contained no JSON object.' } };
  let value: unknown;
  try {
    value = JSON.parse(json) as unknown;
  } catch (error) {
    return { ok: false, problem: { kind: 'no-json', detail: `The reply was not valid JSON: ${(error as Error).message}` } };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, problem: { kind: 'schema', detail: `The JSON did not match the schema: ${issues}` } };
}
