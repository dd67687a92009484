import type { z } from 'zod';
import type { SentMessage } from '../../core/tutor/tutorProvider';
import type { ClassifiedLlmError } from './llmErrors';
import type { ResponseFormatMode } from './llmPresets';

/** One chat call: the messages (already redacted), the schema of the structured reply, and streaming. */
export interface ChatCall {
  messages: SentMessage[];
  schemaName: string;
  schema: z.ZodType;
  stream: boolean;
  /** Called with the whole text so far on every streamed chunk. */
  onText?: (textSoFar: string) => void;
  signal?: AbortSignal;
  maxTokens?: number;
  /** Called just before each attempt with the response format it uses, for the "what was sent" record. */
  onAttempt?: (mode: ResponseFormatMode) => void;
}

/** The reply text, or a classified failure. */
export type ChatOutcome = { ok: true; text: string; finishReason: string | null; mode: ResponseFormatMode } | { ok: false; error: ClassifiedLlmError };

/**
 * A chat model the structured tutor can talk to: the `openai` client for OpenAI-compatible servers, or the editor's
 * own Language Model API. Implementations never reject; every failure comes back classified with its action.
 */
export interface ChatBackend {
  complete(call: ChatCall): Promise<ChatOutcome>;
}

/** Where a backend sends requests, as the "what was sent" view and the error messages name it. */
export interface ChatTarget {
  /** e.g. "Ollama" or "VS Code language model (Copilot)". */
  label: string;
  /** The server's base URL, or a pseudo-URL such as `vscode-lm://copilot` for the editor's models. */
  baseUrl: string;
  model: string;
}
