import OpenAI from 'openai';
import type { ChatBackend, ChatCall, ChatOutcome } from './chatBackend';
import { classifyLlmError, DEFAULT_RETRY_POLICY, retryDelayMs, type ClassifiedLlmError, type RetryPolicy } from './llmErrors';
import { RESPONSE_FORMAT_FALLBACKS, type ResolvedLlmSettings, type ResponseFormatMode } from './llmPresets';
import { responseFormatParam } from './responseFormat';

/** How the client is built; the key comes from SecretStorage through the extension at call time. */
export interface ChatClientOptions {
  settings: ResolvedLlmSettings;
  apiKey?: string;
  timeoutMs: number;
  retry?: RetryPolicy;
  /** Injected for tests of the backoff; defaults to a timer that stops on abort. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * Wraps the `openai` package for the tutor: one call = timeouts (a deadline over the whole answer, streaming
 * included), retries with backoff on 429 and 5xx, cancellation through an AbortSignal, and stepping down the
 * response format when a server refuses it (remembered for later calls). Used by the OpenAI tutor provider.
 */
export class OpenAiChatClient implements ChatBackend {
  private readonly client: OpenAI;
  private formatMode: ResponseFormatMode;

  constructor(private readonly options: ChatClientOptions) {
    const { settings } = options;
    this.formatMode = settings.preset.responseFormat;
    this.client = new OpenAI({
      baseURL: settings.baseUrl,
      // Local servers ignore the key but the client requires one; this placeholder is not a secret.
      apiKey: options.apiKey ?? 'not-needed',
      ...(settings.preset.keyHeader === 'api-key' && options.apiKey !== undefined ? { defaultHeaders: { 'api-key': options.apiKey } } : {}),
      // Our loop does the retries (so it can cap Retry-After and report), and our deadline covers streaming too.
      maxRetries: 0,
      timeout: options.timeoutMs + 1000,
    });
  }

  /** The response format the next call starts with (after any step-down). */
  get responseFormat(): ResponseFormatMode {
    return this.formatMode;
  }

  /** Performs one chat call with retries; never rejects. */
  async complete(call: ChatCall): Promise<ChatOutcome> {
    const policy = this.options.retry ?? DEFAULT_RETRY_POLICY;
    const random = this.options.random ?? Math.random;
    const sleep = this.options.sleep ?? abortableSleep;
    let attempt = 0;
    for (;;) {
      const outcome = await this.attempt(call);
      if (outcome.ok) return outcome;
      const { error } = outcome;
      if (error.formatRejected) {
        const next = RESPONSE_FORMAT_FALLBACKS[RESPONSE_FORMAT_FALLBACKS.indexOf(this.formatMode) + 1];
        if (next !== undefined) {
          this.formatMode = next;
          continue;
        }
      }
      if (!error.retryable || attempt >= policy.maxRetries) return outcome;
      const delay = retryDelayMs(attempt, error.failure.retryAfterMs, policy, random);
      if (delay === undefined) return outcome;
      const signal = call.signal ?? new AbortController().signal;
      await sleep(delay, signal);
      if (signal.aborted) return { ok: false, error: classifyLlmError(undefined, this.context(false, true)) };
      attempt++;
    }
  }

  /** Lists the server's models (GET /models), for the connection check; one attempt, same deadline. */
  async listModels(signal?: AbortSignal): Promise<{ ok: true; models: string[] } | { ok: false; error: ClassifiedLlmError }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const onCallerAbort = () => controller.abort();
    signal?.addEventListener('abort', onCallerAbort);
    try {
      const models: string[] = [];
      for await (const model of this.client.models.list({ signal: controller.signal })) {
        if (typeof model.id === 'string') models.push(model.id);
        if (models.length >= 500) break;
      }
      return { ok: true, models };
    } catch (error) {
      return { ok: false, error: classifyLlmError(error, this.context(timedOut, signal?.aborted === true)) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private context(timedOut: boolean, cancelled: boolean) {
    return { settings: this.options.settings, timedOut, cancelled, timeoutMs: this.options.timeoutMs };
  }

  private async attempt(call: ChatCall): Promise<ChatOutcome> {
    const mode = this.formatMode;
    call.onAttempt?.(mode);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const onCallerAbort = () => controller.abort();
    if (call.signal?.aborted) controller.abort();
    call.signal?.addEventListener('abort', onCallerAbort);
    const responseFormat = responseFormatParam(mode, call.schemaName, call.schema);
    const body = {
      model: this.options.settings.model,
      messages: call.messages,
      // No temperature: reasoning models reject anything but the default, and the schema does the constraining.
      ...(call.maxTokens === undefined ? {} : { [this.options.settings.preset.tokenLimitParam]: call.maxTokens }),
      ...(responseFormat === undefined ? {} : { response_format: responseFormat }),
    };
    try {
      if (!call.stream) {
        const completion = await this.client.chat.completions.create({ ...body, stream: false }, { signal: controller.signal });
        const choice = completion.choices?.[0];
        if (choice === undefined || typeof choice.message?.content !== 'string') throw new SyntaxError('no choices in the completion');
        return { ok: true, text: choice.message.content, finishReason: choice.finish_reason ?? null, mode };
      }
      const stream = await this.client.chat.completions.create({ ...body, stream: true }, { signal: controller.signal });
      let text = '';
      let finishReason: string | null = null;
      for await (const chunk of stream) {
        const choice = chunk.choices?.[0];
        const delta = choice?.delta?.content;
        if (typeof delta === 'string' && delta.length > 0) {
          text += delta;
          call.onText?.(text);
        }
        if (choice?.finish_reason) finishReason = choice.finish_reason;
      }
      // A stream that ends without a finish reason was cut off, even if the socket closed cleanly.
      if (finishReason === null) throw new TypeError('stream ended without a finish reason');
      return { ok: true, text, finishReason, mode };
    } catch (error) {
      return { ok: false, error: classifyLlmError(error, this.context(timedOut, call.signal?.aborted === true)) };
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onCallerAbort);
    }
  }
}
