import { z } from 'zod';
import type { ResponseFormatMode } from './llmPresets';

type JsonSchema = { [key: string]: unknown };

// Keywords outside the subset every strict structured-output implementation accepts (no length or numeric
// constraints); validation with zod enforces them on the reply anyway.
const UNSUPPORTED = new Set(['$schema', 'maxLength', 'minLength', 'pattern', 'format', 'default', 'minimum', 'maximum', 'minItems', 'maxItems']);

function toStrict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toStrict);
  if (typeof node !== 'object' || node === null) return node;
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (UNSUPPORTED.has(key)) continue;
    // Strict mode takes anyOf but not oneOf; for our discriminated unions the two mean the same.
    if (key === 'oneOf') result.anyOf = toStrict(value);
    // A one-value enum is the most widely supported spelling of a constant.
    else if (key === 'const') result.enum = [value];
    else result[key] = toStrict(value);
  }
  if (result.type === 'object' && typeof result.properties === 'object' && result.properties !== null) {
    result.required = Object.keys(result.properties);
    result.additionalProperties = false;
  }
  return result;
}

/**
 * The JSON schema sent as `response_format` for structured output, derived from the same zod schema that validates
 * the reply, reduced to what OpenAI's strict mode accepts (every property required, no string length keywords).
 */
export function strictJsonSchema(schema: z.ZodType): JsonSchema {
  return toStrict(z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' })) as JsonSchema;
}

/** The `response_format` request field for a mode, or undefined for prompt-only JSON. */
export function responseFormatParam(
  mode: ResponseFormatMode,
  name: string,
  schema: z.ZodType,
): { type: 'json_schema'; json_schema: { name: string; strict: boolean; schema: JsonSchema } } | { type: 'json_object' } | undefined {
  switch (mode) {
    case 'json_schema':
      return { type: 'json_schema', json_schema: { name, strict: true, schema: strictJsonSchema(schema) } };
    case 'json_object':
      return { type: 'json_object' };
    case 'prompt':
      return undefined;
  }
}
