import * as vscode from 'vscode';
import { OpenAiTutorProvider } from '../adapters/llm/openAiTutorProvider';
import { LanguageModelTutorProvider, type LanguageModelApi } from '../adapters/llm/languageModelTutorProvider';
import type { LlmPresetId } from '../adapters/llm/llmPresets';
import type { SentRecord, TutorFailure } from '../core/tutor/tutorProvider';
import type { Logger } from './logger';

/** Where the API key lives in VS Code's SecretStorage (never in settings). */
export const LLM_SECRET_KEY = 'skilltrace.llm.apiKey';

const PRESETS: readonly LlmPresetId[] = ['openai', 'azure', 'ollama', 'lmstudio', 'vllm', 'llamacpp', 'openai-compatible'];

/** The `skilltrace.llm.provider` value for the editor's own Language Model API. */
const EDITOR_MODELS = 'vscode-lm';

/** A configured LLM tutor: generates tutorials and hints, and can check its connection for the command of that name. */
export type LlmTutor = (OpenAiTutorProvider | LanguageModelTutorProvider) & {
  checkConnection(): Promise<{ ok: true; message: string; models: string[] } | ({ ok: false } & TutorFailure)>;
};

/** The editor's Language Model API in the shape the adapter takes. */
function editorLanguageModels(): LanguageModelApi {
  return {
    selectChatModels: (selector) => vscode.lm.selectChatModels(selector),
    userMessage: (text) => vscode.LanguageModelChatMessage.User(text),
    assistantMessage: (text) => vscode.LanguageModelChatMessage.Assistant(text),
    createCancellation: () => new vscode.CancellationTokenSource(),
  };
}

/**
 * Builds the LLM tutor provider from `skilltrace.llm.*` on first need. Returns undefined when no provider is
 * configured; a broken setting is logged and reported by the provider's own typed failures (the panel then shows the
 * message with the setting to fix, and falls back to the built-in library).
 */
export function createLlmProvider(secrets: vscode.SecretStorage, logger: Logger, onSent: (record: SentRecord) => void): LlmTutor | undefined {
  const config = vscode.workspace.getConfiguration('skilltrace.llm');
  const provider = config.get<string>('provider', 'none');
  if (provider === 'none' || provider === '') return undefined;
  const timeoutSeconds = Number(config.get<number>('timeoutSeconds', 60));
  const timeoutMs = Number.isFinite(timeoutSeconds) && timeoutSeconds >= 5 ? timeoutSeconds * 1000 : 60_000;
  const sendCode = () => vscode.workspace.getConfiguration('skilltrace.llm').get<boolean>('sendCode', true) !== false;
  if (provider === EDITOR_MODELS) {
    if (typeof vscode.lm?.selectChatModels !== 'function') {
      logger.warn('skilltrace.llm.provider is "vscode-lm" but this editor has no Language Model API; using the built-in library.');
      return undefined;
    }
    return new LanguageModelTutorProvider({ api: editorLanguageModels(), model: config.get<string>('model', ''), sendCode, timeoutMs, onSent });
  }
  const preset = PRESETS.find((p) => p === provider);
  if (!preset) {
    logger.warn(`skilltrace.llm.provider "${provider}" is not one of ${[...PRESETS, EDITOR_MODELS].join(', ')}; using the built-in library.`);
    return undefined;
  }
  return new OpenAiTutorProvider({
    settings: { preset, baseUrl: config.get<string>('baseUrl', ''), model: config.get<string>('model', '') },
    getApiKey: async () => secrets.get(LLM_SECRET_KEY),
    sendCode,
    timeoutMs,
    onSent,
  });
}
