import type { SentMessage, TutorFailure } from '../../core/tutor/tutorProvider';
import type { ChatBackend, ChatCall, ChatOutcome, ChatTarget } from './chatBackend';
import type { ClassifiedLlmError } from './llmErrors';
import { failedOutcome, StructuredTutorProvider, type BackendConnection, type StructuredTutorOptions } from './structuredTutorProvider';

/**
 * The editor's Language Model API (`vscode.lm`) as this adapter uses it. The extension passes the real API in; the
 * shapes are declared here so the adapter needs no `vscode` import and its tests run in plain Node.
 */
export interface LanguageModelApi {
  selectChatModels(selector: LanguageModelSelector): PromiseLike<readonly LanguageModelChatLike[]>;
  /** `vscode.LanguageModelChatMessage.User`. */
  userMessage(text: string): unknown;
  /** `vscode.LanguageModelChatMessage.Assistant`. */
  assistantMessage(text: string): unknown;
  /** A `vscode.CancellationTokenSource`. */
  createCancellation(): { readonly token: unknown; cancel(): void; dispose(): void };
}

/** Which editor model to use: the `skilltrace.llm.model` setting is matched as a family, or as an id. */
export interface LanguageModelSelector {
  vendor?: string;
  family?: string;
  id?: string;
}

/** The slice of `vscode.LanguageModelChat` the tutor calls. */
export interface LanguageModelChatLike {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly family: string;
  sendRequest(messages: unknown[], options: { justification?: string }, token: unknown): PromiseLike<{ readonly text: AsyncIterable<string> }>;
}

/** How the extension configures the editor-model tutor. */
export interface LanguageModelTutorOptions extends StructuredTutorOptions {
  api: LanguageModelApi;
  /** `skilltrace.llm.model`; empty: the first model the editor offers. */
  model: string;
  /** Deadline for one whole answer, streaming included. Default 60 s. */
  timeoutMs?: number;
}

/** Shown in VS Code's consent dialog the first time Skilltrace asks for a model. */
const JUSTIFICATION = 'Skilltrace writes short tutorials, hints and quizzes about the concept you are working on.';

function classified(failure: TutorFailure, retryable = false): ClassifiedLlmError {
  return { failure, retryable, formatRejected: false };
}

/** Reads the `code` of a `vscode.LanguageModelError` (NoPermissions, Blocked, NotFound, Unknown, …). */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Classifies what `sendRequest` or its stream throws. The model's own message is not copied beyond its first line and
 * 200 characters: it can be long, and it is shown in the panel.
 */
export function classifyLanguageModelError(error: unknown, context: { modelName: string; timedOut: boolean; cancelled: boolean; timeoutMs: number }): ClassifiedLlmError {
  const name = `the editor's language model "${context.modelName}"`;
  if (context.cancelled) return classified({ kind: 'cancelled', message: 'The request was cancelled because the context changed.' });
  if (context.timedOut) {
    return classified({ kind: 'timeout', message: `${name} did not answer within ${Math.round(context.timeoutMs / 1000)} s.`, action: 'Try again later, or raise skilltrace.llm.timeoutSeconds.' });
  }
  switch (errorCode(error)) {
    case 'NoPermissions':
      return classified({
        kind: 'auth',
        message: `Skilltrace is not allowed to use ${name}.`,
        action: 'Run "Skilltrace: Test LLM Connection" and allow access when VS Code asks, or set skilltrace.llm.provider to another provider.',
      });
    case 'Blocked':
      return classified({
        kind: 'rate-limited',
        message: `${name} is refusing requests from Skilltrace for now (a quota or a block by the model's provider).`,
        action: 'Try again later, or set skilltrace.llm.provider to another provider.',
      });
    case 'NotFound':
      return classified({
        kind: 'model-not-found',
        message: `${name} is no longer available.`,
        action: 'Check that the extension providing it is installed and signed in, or change skilltrace.llm.model.',
      });
    default: {
      const detail = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : '';
      return classified({ kind: 'server-error', message: `${name} failed${detail ? `: ${detail}` : '.'}`, action: 'Try again; the built-in library is used meanwhile.' }, true);
    }
  }
}

/**
 * A chat backend over one editor model. The Language Model API has no system role and no JSON mode: the system
 * prompt goes first as a user message, and the reply shape is asked for in the prompt (validated by the tutor).
 */
export class LanguageModelBackend implements ChatBackend {
  constructor(
    private readonly api: LanguageModelApi,
    private readonly model: LanguageModelChatLike,
    private readonly timeoutMs: number,
  ) {}

  async complete(call: ChatCall): Promise<ChatOutcome> {
    call.onAttempt?.('prompt');
    const messages = call.messages.map((message: SentMessage) =>
      message.role === 'assistant' ? this.api.assistantMessage(message.content) : this.api.userMessage(message.role === 'system' ? `Instructions:\n${message.content}` : message.content),
    );
    const cancellation = this.api.createCancellation();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      cancellation.cancel();
    }, this.timeoutMs);
    const onAbort = () => cancellation.cancel();
    if (call.signal?.aborted) cancellation.cancel();
    call.signal?.addEventListener('abort', onAbort);
    const context = () => ({ modelName: this.model.name, timedOut, cancelled: call.signal?.aborted === true, timeoutMs: this.timeoutMs });
    try {
      if (call.signal?.aborted) return { ok: false, error: classifyLanguageModelError(undefined, context()) };
      const response = await this.model.sendRequest(messages, { justification: JUSTIFICATION }, cancellation.token);
      let text = '';
      for await (const fragment of response.text) {
        if (timedOut || call.signal?.aborted) break;
        text += fragment;
        if (call.stream) call.onText?.(text);
      }
      if (timedOut || call.signal?.aborted) return { ok: false, error: classifyLanguageModelError(undefined, context()) };
      return { ok: true, text, finishReason: 'stop', mode: 'prompt' };
    } catch (error) {
      return { ok: false, error: classifyLanguageModelError(error, context()) };
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      cancellation.dispose();
    }
  }
}

/** The selector for a `skilltrace.llm.model` value: `vendor/family`, or a family (or id) alone; empty: any model. */
export function languageModelSelector(model: string): LanguageModelSelector[] {
  const value = model.trim();
  if (value === '') return [{}];
  const slash = value.indexOf('/');
  if (slash > 0) return [{ vendor: value.slice(0, slash), family: value.slice(slash + 1) }];
  // Users write what the model picker shows; try it as a family first, then as an exact id.
  return [{ family: value }, { id: value }];
}

/**
 * The tutor backed by a language model the editor offers through its Language Model API (for example one provided
 * by GitHub Copilot Chat). Nothing to configure but the provider and, optionally, the model family; VS Code asks the
 * engineer's consent on first use.
 */
export class LanguageModelTutorProvider extends StructuredTutorProvider {
  private chosen: LanguageModelChatLike | undefined;

  constructor(private readonly options: LanguageModelTutorOptions) {
    super(options);
  }

  get label(): string {
    return this.chosen ? `VS Code language model (${this.chosen.name})` : `VS Code language model${this.options.model ? ` (${this.options.model})` : ''}`;
  }

  /** Finds the model and reports what the editor offers, for the "Test LLM Connection" command. */
  async checkConnection(): Promise<{ ok: true; message: string; models: string[] } | ({ ok: false } & TutorFailure)> {
    const connection = await this.connect();
    if (!connection.ok) return connection;
    return { ok: true, message: `Using ${connection.target.label} (${connection.target.model}).`, models: [connection.target.model] };
  }

  protected async connect(): Promise<BackendConnection> {
    let model: LanguageModelChatLike | undefined;
    try {
      for (const selector of languageModelSelector(this.options.model)) {
        model = (await this.options.api.selectChatModels(selector))[0];
        if (model) break;
      }
    } catch (error) {
      return failedOutcome(classifyLanguageModelError(error, { modelName: this.options.model || 'any', timedOut: false, cancelled: false, timeoutMs: 0 }).failure);
    }
    if (!model) {
      const wanted = this.options.model.trim() ? ` matching "${this.options.model.trim()}"` : '';
      return failedOutcome({
        kind: 'not-configured',
        message: `This editor offers no language model${wanted} to extensions.`,
        action: wanted
          ? 'Change skilltrace.llm.model to a model family the editor offers (empty: the first one), or choose another skilltrace.llm.provider.'
          : 'Install and sign in to an extension that provides language models (for example GitHub Copilot Chat), or choose another skilltrace.llm.provider.',
      });
    }
    this.chosen = model;
    const target: ChatTarget = { label: `VS Code language model (${model.name})`, baseUrl: `vscode-lm://${model.vendor}`, model: model.id };
    return { ok: true, backend: new LanguageModelBackend(this.options.api, model, this.options.timeoutMs ?? 60_000), target };
  }
}
