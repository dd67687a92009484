import type { TutorFailure } from '../../core/tutor/tutorProvider';
import type { RetryPolicy } from './llmErrors';
import { resolveLlmSettings, type LlmSettings, type ResolvedLlmSettings } from './llmPresets';
import { OpenAiChatClient } from './openAiChatClient';
import { failedOutcome as fail, StructuredTutorProvider, type BackendConnection, type StructuredTutorOptions } from './structuredTutorProvider';

/** How the extension configures the LLM tutor; read from settings and SecretStorage. */
export interface OpenAiTutorOptions extends StructuredTutorOptions {
  settings: LlmSettings;
  /** Reads the key from SecretStorage at call time; the provider never stores, logs or records it. */
  getApiKey: () => Promise<string | undefined>;
  /** Deadline for one whole answer, streaming included. Default 60 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

type Failed = { ok: false } & TutorFailure;

/**
 * The tutor provider backed by any OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM,
 * llama.cpp) through the `openai` package; the prompting, validation and caching are the structured tutor's.
 */
export class OpenAiTutorProvider extends StructuredTutorProvider {
  private client: { key: string | undefined; instance: OpenAiChatClient } | undefined;

  constructor(private readonly options: OpenAiTutorOptions) {
    super(options);
  }

  get label(): string {
    const resolved = resolveLlmSettings(this.options.settings);
    return 'preset' in resolved ? `${resolved.preset.label} (${resolved.model})` : 'LLM (not configured)';
  }

  /**
   * Checks the settings, the key and the server without generating anything, for the "Test LLM connection" command
   * and the walkthrough: lists the server's models and says whether the configured one is among them.
   */
  async checkConnection(signal?: AbortSignal): Promise<{ ok: true; message: string; models: string[] } | Failed> {
    const ready = await this.prepare();
    if (!ready.ok) return ready;
    const listed = await ready.client.listModels(signal);
    if (!listed.ok) return fail(listed.error.failure);
    const { preset, model, baseUrl } = ready.settings;
    // Some servers (llama.cpp, Azure deployments) list no models or other names; only a non-empty list can say no.
    if (listed.models.length > 0 && !listed.models.includes(model)) {
      const offered = listed.models.slice(0, 8).join(', ');
      return fail({
        kind: 'model-not-found',
        message: `${preset.label} at ${baseUrl} does not offer the model "${model}".`,
        action: `Set skilltrace.llm.model to one of: ${offered}${listed.models.length > 8 ? ', …' : ''}.`,
      });
    }
    return { ok: true, message: `Connected to ${preset.label} at ${baseUrl}; model "${model}" is ready.`, models: listed.models };
  }

  protected async connect(): Promise<BackendConnection> {
    const ready = await this.prepare();
    return ready.ok ? { ok: true, backend: ready.client, target: { label: ready.settings.preset.label, baseUrl: ready.settings.baseUrl, model: ready.settings.model } } : ready;
  }

  private async prepare(): Promise<{ ok: true; client: OpenAiChatClient; settings: ResolvedLlmSettings } | Failed> {
    const settings = resolveLlmSettings(this.options.settings);
    if (!('preset' in settings)) return fail({ kind: 'not-configured', message: settings.message, action: settings.action });
    let apiKey: string | undefined;
    try {
      apiKey = (await this.options.getApiKey())?.trim() || undefined;
    } catch {
      return fail({ kind: 'auth', message: 'The API key could not be read from the editor\'s secret storage.', action: 'Set your API key again with the command "Skilltrace: Set API key".' });
    }
    if (settings.preset.needsApiKey && apiKey === undefined) {
      return fail({ kind: 'auth', message: `${settings.preset.label} needs an API key and none is set.`, action: 'Set your API key with the command "Skilltrace: Set API key".' });
    }
    // One client per key: a new key from SecretStorage takes effect on the next call.
    if (this.client === undefined || this.client.key !== apiKey) {
      this.client = {
        key: apiKey,
        instance: new OpenAiChatClient({
          settings,
          ...(apiKey === undefined ? {} : { apiKey }),
          timeoutMs: this.options.timeoutMs ?? 60_000,
          ...(this.options.retry ? { retry: this.options.retry } : {}),
          ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
          ...(this.options.random ? { random: this.options.random } : {}),
        }),
      };
    }
    return { ok: true, client: this.client.instance, settings };
  }

}
