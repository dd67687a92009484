import * as vscode from 'vscode';
import type { LlmPresetId } from '../../adapters/llm/llmPresets';
import type { CodeReviewLlm } from '../../core/review/llmReview';
import type { SentRecord } from '../../core/tutor/tutorProvider';
import type { Logger } from '../logger';

const PRESETS: readonly LlmPresetId[] = ['openai', 'azure', 'ollama', 'lmstudio', 'vllm', 'llamacpp', 'openai-compatible'];

/** Why the LLM does or does not take part in reviews and explain-back questions, in words for the panel. */
export type ReviewLlmAvailability = { use: true } | { use: false; reason: 'no-provider' | 'no-code'; note?: string };

/**
 * The LLM review needs code, so it runs only when an LLM is configured and `skilltrace.llm.sendCode` allows sending
 * code; otherwise the detectors review alone.
 */
export function reviewLlmAvailability(): ReviewLlmAvailability {
  const config = vscode.workspace.getConfiguration('skilltrace.llm');
  const provider = config.get<string>('provider', 'none');
  if (provider === 'none' || provider === '') return { use: false, reason: 'no-provider' };
  if (config.get<boolean>('sendCode', true) === false) {
    return { use: false, reason: 'no-code', note: 'The LLM review is off because skilltrace.llm.sendCode is off: the built-in detectors reviewed alone.' };
  }
  return { use: true };
}

/**
 * Builds the LLM reviewer from `skilltrace.llm.*` (the same settings and SecretStorage key as the tutor) on first
 * need; the openai package loads only then. Undefined for providers this reviewer does not speak.
 */
export async function createReviewLlm(secrets: vscode.SecretStorage, secretKey: string, logger: Logger, onSent: (record: SentRecord) => void): Promise<CodeReviewLlm | undefined> {
  const config = vscode.workspace.getConfiguration('skilltrace.llm');
  const provider = config.get<string>('provider', 'none');
  const preset = PRESETS.find((p) => p === provider);
  if (!preset) {
    if (provider !== 'none' && provider !== '') logger.warn(`The LLM review does not support skilltrace.llm.provider "${provider}"; reviewing with the built-in detectors only.`);
    return undefined;
  }
  const { OpenAiCodeReviewer } = await import('../../adapters/llm/openAiCodeReviewer');
  const timeoutSeconds = Number(config.get<number>('timeoutSeconds', 60));
  return new OpenAiCodeReviewer({
    settings: { preset, baseUrl: config.get<string>('baseUrl', ''), model: config.get<string>('model', '') },
    getApiKey: async () => secrets.get(secretKey),
    timeoutMs: Number.isFinite(timeoutSeconds) && timeoutSeconds >= 5 ? timeoutSeconds * 1000 : 60_000,
    onSent,
  });
}
