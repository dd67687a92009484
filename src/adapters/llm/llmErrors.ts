import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { TutorFailure } from '../../core/tutor/tutorProvider';
import type { ResolvedLlmSettings } from './llmPresets';

/** A failed call, classified: what to tell the engineer, and what the client may do about it. */
export interface ClassifiedLlmError {
  failure: TutorFailure;
  /** Worth another attempt after a backoff (429, 5xx, dropped connections). */
  retryable: boolean;
  /** The server rejected the response format: step down to the next one and try again at once. */
  formatRejected: boolean;
}

/** What the classifier needs to know besides the error. */
export interface ErrorContext {
  settings: ResolvedLlmSettings;
  /** Our own deadline fired (as opposed to the caller cancelling). */
  timedOut: boolean;
  timeoutMs: number;
  /** The caller's signal fired: the context changed and nobody wants the answer any more. */
  cancelled: boolean;
}

const SET_KEY_ACTION = 'Set your API key with the command "Skilltrace: Set LLM API Key".';

/** Reads Retry-After (seconds or an HTTP date) and OpenAI's retry-after-ms; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (headers === undefined) return undefined;
  const millis = headers.get('retry-after-ms');
  if (millis !== null && Number.isFinite(Number(millis))) return Math.max(0, Number(millis));
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function seconds(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))} s`;
}

function failure(kind: TutorFailure['kind'], message: string, action?: string, extra: Partial<TutorFailure> = {}): TutorFailure {
  return { kind, message, ...(action === undefined ? {} : { action }), ...extra };
}

function classified(value: TutorFailure, retryable = false, formatRejected = false): ClassifiedLlmError {
  return { failure: value, retryable, formatRejected };
}

/**
 * Turns anything the `openai` client throws into a typed failure with a message naming what is wrong (the key, the
 * model and its setting, the base URL, the retry time) and the action that fixes it. Used by the LLM chat client.
 * Server messages are not copied into ours: they can echo parts of the key.
 */
export function classifyLlmError(error: unknown, context: ErrorContext): ClassifiedLlmError {
  const { settings } = context;
  const label = settings.preset.label;
  const where = `${label} at ${settings.baseUrl}`;
  if (context.cancelled) return classified(failure('cancelled', 'The request was cancelled because the context changed.'));
  if (context.timedOut || error instanceof APIConnectionTimeoutError) {
    return classified(
      failure(
        'timeout',
        `${where} did not answer within ${seconds(context.timeoutMs)}.`,
        settings.preset.needsApiKey ? 'Try again later, or raise skilltrace.llm.timeoutSeconds.' : `Check that ${label} is not overloaded, use a smaller model, or raise skilltrace.llm.timeoutSeconds.`,
      ),
    );
  }
  if (error instanceof APIUserAbortError) return classified(failure('cancelled', 'The request was cancelled.'));
  if (error instanceof APIConnectionError) {
    const code = causeCode(error);
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') {
      const reason = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found' : 'host unreachable';
      return classified(
        failure('unreachable', `Could not reach ${where} (${reason}).`, settings.preset.needsApiKey ? 'Check your network and skilltrace.llm.baseUrl.' : `Start ${label}, or fix skilltrace.llm.baseUrl.`),
      );
    }
    return classified(failure('unreachable', `The connection to ${where} failed${code ? ` (${code})` : ''}.`, 'Check your network and skilltrace.llm.baseUrl, then try again.'), true);
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const code = error.code ?? undefined;
    const serverMessage = typeof error.message === 'string' ? error.message : '';
    if (status === 401) return classified(failure('auth', `${label} rejected the API key (401).`, SET_KEY_ACTION));
    if (status === 403) {
      return classified(failure('auth', `${label} refused access with this API key (403) for model "${settings.model}".`, `${SET_KEY_ACTION} Or pick a model the key may use in skilltrace.llm.model.`));
    }
    if (status === 404) {
      if (code === 'model_not_found' || code === 'DeploymentNotFound' || /model|deployment/i.test(serverMessage)) {
        const pull = settings.preset.id === 'ollama' ? ` or run "ollama pull ${settings.model}"` : '';
        return classified(failure('model-not-found', `${label} has no model "${settings.model}".`, `Set skilltrace.llm.model to a model the server offers${pull}.`));
      }
      return classified(failure('not-found', `No OpenAI-compatible API found at ${settings.baseUrl} (404).`, `Fix skilltrace.llm.baseUrl; it usually ends in /v1 (e.g. ${settings.preset.baseUrlHint}).`));
    }
    if (status === 429) {
      const wait = retryAfterMs(error.headers);
      if (code === 'insufficient_quota') {
        return classified(failure('rate-limited', `${label} says the account has no quota left.`, 'Check the plan and billing of the account that owns the API key.'));
      }
      return classified(
        failure('rate-limited', `${label} is rate limiting requests${wait === undefined ? '' : `; retry in ${seconds(wait)}`}.`, `Wait ${wait === undefined ? 'a minute' : seconds(wait)} and try again.`, wait === undefined ? {} : { retryAfterMs: wait }),
        true,
      );
    }
    if (status === 400 || status === 422) {
      const formatProblem = code === 'unsupported_response_format' || /response_format|json_schema|json_object|structured output|grammar/i.test(serverMessage);
      return classified(failure('bad-request', `${where} rejected the request (${status}).`, 'Check skilltrace.llm.model; if the server is not OpenAI itself, choose the matching provider preset.'), false, formatProblem);
    }
    if (status === 408 || status === 409 || status >= 500) {
      return classified(failure('server-error', `${where} failed with HTTP ${status}.`, 'Try again in a moment; if it persists, check the server.'), true);
    }
    return classified(failure('bad-request', `${where} answered HTTP ${status}.`, 'Check skilltrace.llm.baseUrl and skilltrace.llm.model.'));
  }
  if (error instanceof SyntaxError) {
    return classified(failure('invalid-output', `${where} sent a reply that is not JSON.`, 'Check that skilltrace.llm.baseUrl points at an OpenAI-compatible API, not a web page or proxy.'));
  }
  // fetch reports a connection dropped mid-stream as a plain TypeError ("terminated").
  return classified(failure('unreachable', `The connection to ${where} broke off mid-answer.`, 'Try again; if it keeps happening, check the server and any proxy in between.'), true);
}

/** Backoff settings for retries on 429 and 5xx. */
export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Defaults: three retries, 0.5 s doubling, never more than 20 s between attempts. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 20_000 };

/**
 * How long to wait before retry number `attempt` (0-based): the server's Retry-After when given, else exponential
 * backoff with "equal jitter" (half fixed, half random) so many clients do not retry in lockstep. Undefined when the
 * server asks for a longer wait than the policy allows: better to fail now with the retry time than to hang.
 */
export function retryDelayMs(attempt: number, serverWaitMs: number | undefined, policy: RetryPolicy, random: () => number): number | undefined {
  if (serverWaitMs !== undefined) return serverWaitMs <= policy.maxDelayMs ? serverWaitMs : undefined;
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return exponential / 2 + (exponential / 2) * random();
}
