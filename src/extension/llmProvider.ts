import * as vscode from 'vscode';
import { OpenAiTutorProvider } from '../adapters/llm/openAiTutorProvider';
import type { LlmPresetId } from '../adapters/llm/llmPresets';
import type { SentRecord, TutorProvider } from '../core/tutor/tutorProvider';
import type { Logger } from './logger';

/** Where the API key lives in VS Code's SecretStorage (never in settings). */
export const LLM_SECRET_KEY = 'skilltrace.llm.apiKey';

const PRESETS: readonly LlmPresetId[] = ['openai', 'azure', 'ollama', 'lmstudio', 'vllm', 'llamacpp', 'openai-compatible'];

/**
 * Builds the LLM tutor provider from `skilltrace.llm.*` on first need. Returns undefined when no provider is
 * configured; a broken setting is logged and reported by the provider's own typed failures (the panel then shows the
 * message with the setting to fix, and falls back to the built-in library).
 */
export function createLlmProvider(secrets: vscode.SecretStorage, logger: Logger, onSent: (record: SentRecord) => void): TutorProvider | undefined {
  const config = vscode.workspace.getConfiguration('skilltrace.llm');
  const provider = config.get<string>('provider', 'none');
  if (provider === 'none' || provider === '') return undefined;
  const preset = PRESETS.find((p) => p === provider);
  if (!preset) {
    logger.warn(`skilltrace.llm.provider "${provider}" is not one of ${PRESETS.join(', ')}; using the built-in library.`);
    return undefined;
  }
  const timeoutSeconds = Number(config.get<number>('timeoutSeconds', 60));
  return new OpenAiTutorProvider({
    settings: { preset, baseUrl: config.get<string>('baseUrl', ''), model: config.get<string>('model', '') },
    getApiKey: async () => secrets.get(LLM_SECRET_KEY),
    sendCode: () => vscode.workspace.getConfiguration('skilltrace.llm').get<boolean>('sendCode', true) !== false,
    timeoutMs: Number.isFinite(timeoutSeconds) && timeoutSeconds >= 5 ? timeoutSeconds * 1000 : 60_000,
    onSent,
  });
}
