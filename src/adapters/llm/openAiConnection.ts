import type { TutorFailure } from '../../core/tutor/tutorProvider';
import type { RetryPolicy } from './llmErrors';
import { resolveLlmSettings, type LlmSettings, type ResolvedLlmSettings } from './llmPresets';
import { OpenAiChatClient } from './openAiChatClient';

/** What every OpenAI-protocol feature (tutor, code review) needs to reach the configured server. */
export interface OpenAiConnectionOptions {
  settings: LlmSettings;
  /** Reads the key from SecretStorage at call time; never stored, logged or recorded. */
  getApiKey: () => Promise<string | undefined>;
  timeoutMs?: number;
  retry?: RetryPolicy;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** The command that stores the key, as the failures name it. */
export const SET_API_KEY_COMMAND = 'Skilltrace: Set LLM API Key';

/**
 * Resolves the settings and the key into a chat client, one client per key (a new key from SecretStorage takes
 * effect on the next call), or the failure that says what to fix first. Shared by the tutor and the code reviewer.
 */
export class OpenAiConnection {
  private client: { key: string | undefined; instance: OpenAiChatClient } | undefined;

  constructor(private readonly options: OpenAiConnectionOptions) {}

  get label(): string {
    const resolved = resolveLlmSettings(this.options.settings);
    return 'preset' in resolved ? `${resolved.preset.label} (${resolved.model})` : 'LLM (not configured)';
  }

  async connect(): Promise<{ ok: true; client: OpenAiChatClient; settings: ResolvedLlmSettings } | ({ ok: false } & TutorFailure)> {
    const settings = resolveLlmSettings(this.options.settings);
    if (!('preset' in settings)) return { ok: false, kind: 'not-configured', message: settings.message, action: settings.action };
    let apiKey: string | undefined;
    try {
      apiKey = (await this.options.getApiKey())?.trim() || undefined;
    } catch {
      return { ok: false, kind: 'auth', message: "The API key could not be read from the editor's secret storage.", action: `Set your API key again with the command "${SET_API_KEY_COMMAND}".` };
    }
    if (settings.preset.needsApiKey && apiKey === undefined) {
      return { ok: false, kind: 'auth', message: `${settings.preset.label} needs an API key and none is set.`, action: `Set your API key with the command "${SET_API_KEY_COMMAND}".` };
    }
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
