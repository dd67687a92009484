import type { TutorFailure } from '../../core/tutor/tutorProvider';
import { OpenAiConnection, type OpenAiConnectionOptions } from './openAiConnection';
import { failedOutcome as fail, StructuredTutorProvider, type BackendConnection, type StructuredTutorOptions } from './structuredTutorProvider';

/** How the extension configures the LLM tutor: the connection (settings, key from SecretStorage, 60 s deadline for one whole answer by default) and the structured-tutor options. */
export interface OpenAiTutorOptions extends StructuredTutorOptions, OpenAiConnectionOptions {}

type Failed = { ok: false } & TutorFailure;

/**
 * The tutor provider backed by any OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM,
 * llama.cpp) through the `openai` package; the prompting, validation and caching are the structured tutor's.
 */
export class OpenAiTutorProvider extends StructuredTutorProvider {
  private readonly connection: OpenAiConnection;

  constructor(options: OpenAiTutorOptions) {
    super(options);
    this.connection = new OpenAiConnection(options);
  }

  get label(): string {
    return this.connection.label;
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

  private prepare(): ReturnType<OpenAiConnection['connect']> {
    return this.connection.connect();
  }

}
