/**
 * Known OpenAI-compatible servers: where they listen by default, which model to try, whether they need a key and how
 * they take structured output. The extension maps the `skilltrace.llm.provider` setting to one of these; the LLM
 * client starts from the preset's response format and steps down when a server refuses it.
 */

/** How a structured reply is requested, best first: enforced JSON schema, JSON mode, or instructions only. */
export type ResponseFormatMode = 'json_schema' | 'json_object' | 'prompt';

/** The order in which the client steps down when a server rejects a response format. */
export const RESPONSE_FORMAT_FALLBACKS: readonly ResponseFormatMode[] = ['json_schema', 'json_object', 'prompt'];

/** Preset ids; the first six match the `skilltrace.llm.provider` setting values. */
export type LlmPresetId = 'openai' | 'azure' | 'ollama' | 'lmstudio' | 'openai-compatible' | 'vllm' | 'llamacpp';

/** One preset: defaults for one kind of server. */
export interface LlmPreset {
  id: LlmPresetId;
  label: string;
  /** Empty when the user must supply it (Azure: the resource URL). */
  defaultBaseUrl: string;
  defaultModel: string;
  /** Hosted services need a key; local servers accept anything, and the client sends a placeholder. */
  needsApiKey: boolean;
  responseFormat: ResponseFormatMode;
  /** Azure OpenAI's v1 API takes the key in the `api-key` header. */
  keyHeader?: 'api-key';
  /** OpenAI's newer models reject `max_tokens`; local servers only know it. */
  tokenLimitParam: 'max_completion_tokens' | 'max_tokens';
  /** A hint for the settings UI and for error messages. */
  baseUrlHint: string;
}

/** Every preset by id. */
export const LLM_PRESETS: Readonly<Record<LlmPresetId, LlmPreset>> = {
  openai: {
    id: 'openai',
    label: 'OpenAI',
    defaultBaseUrl: 'https://api.openai.com/v1',
    defaultModel: 'gpt-4o-mini',
    needsApiKey: true,
    responseFormat: 'json_schema',
    tokenLimitParam: 'max_completion_tokens',
    baseUrlHint: 'https://api.openai.com/v1',
  },
  azure: {
    id: 'azure',
    label: 'Azure OpenAI',
    defaultBaseUrl: '',
    // On Azure the "model" is the deployment name, which only the user knows.
    defaultModel: '',
    needsApiKey: true,
    responseFormat: 'json_schema',
    tokenLimitParam: 'max_completion_tokens',
    keyHeader: 'api-key',
    baseUrlHint: 'https://YOUR-RESOURCE.openai.azure.com/openai/v1',
  },
  ollama: {
    id: 'ollama',
    label: 'Ollama',
    defaultBaseUrl: 'http://127.0.0.1:11434/v1',
    defaultModel: 'llama3.1',
    needsApiKey: false,
    responseFormat: 'json_schema',
    tokenLimitParam: 'max_tokens',
    baseUrlHint: 'http://127.0.0.1:11434/v1',
  },
  lmstudio: {
    id: 'lmstudio',
    label: 'LM Studio',
    defaultBaseUrl: 'http://127.0.0.1:1234/v1',
    defaultModel: '',
    needsApiKey: false,
    responseFormat: 'json_schema',
    tokenLimitParam: 'max_tokens',
    baseUrlHint: 'http://127.0.0.1:1234/v1',
  },
  'openai-compatible': {
    id: 'openai-compatible',
    label: 'OpenAI-compatible server',
    defaultBaseUrl: 'http://127.0.0.1:8000/v1',
    defaultModel: '',
    needsApiKey: false,
    // Unknown servers: JSON mode is the most widely implemented; the client steps down to prompt-only if refused.
    responseFormat: 'json_object',
    tokenLimitParam: 'max_tokens',
    baseUrlHint: 'http://HOST:PORT/v1',
  },
  vllm: {
    id: 'vllm',
    label: 'vLLM',
    defaultBaseUrl: 'http://127.0.0.1:8000/v1',
    defaultModel: '',
    needsApiKey: false,
    responseFormat: 'json_schema',
    tokenLimitParam: 'max_tokens',
    baseUrlHint: 'http://127.0.0.1:8000/v1',
  },
  llamacpp: {
    id: 'llamacpp',
    label: 'llama.cpp server',
    defaultBaseUrl: 'http://127.0.0.1:8080/v1',
    // llama-server serves whichever model it was started with and ignores the name.
    defaultModel: 'default',
    needsApiKey: false,
    responseFormat: 'json_schema',
    tokenLimitParam: 'max_tokens',
    baseUrlHint: 'http://127.0.0.1:8080/v1',
  },
};

/** Settings as the extension reads them; empty strings mean "the preset's default". */
export interface LlmSettings {
  preset: LlmPresetId;
  baseUrl?: string;
  model?: string;
}

/** The settings with the preset's defaults filled in; the client and its error messages use this. */
export interface ResolvedLlmSettings {
  preset: LlmPreset;
  baseUrl: string;
  model: string;
}

/** Why the settings cannot be used yet, with the setting that fixes it. */
export interface LlmSettingsProblem {
  message: string;
  action: string;
}

/** Fills in defaults and checks the settings; returns a problem naming the setting to change when incomplete. */
export function resolveLlmSettings(settings: LlmSettings): ResolvedLlmSettings | LlmSettingsProblem {
  const preset = LLM_PRESETS[settings.preset];
  const baseUrl = (settings.baseUrl?.trim() || preset.defaultBaseUrl).replace(/\/+$/, '');
  const model = settings.model?.trim() || preset.defaultModel;
  if (baseUrl.length === 0) {
    return { message: `${preset.label} needs a base URL.`, action: `Set skilltrace.llm.baseUrl, e.g. ${preset.baseUrlHint}.` };
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { message: `The base URL "${baseUrl}" is not a valid URL.`, action: `Fix skilltrace.llm.baseUrl, e.g. ${preset.baseUrlHint}.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { message: `The base URL "${baseUrl}" must start with http:// or https://.`, action: 'Fix skilltrace.llm.baseUrl.' };
  }
  if (model.length === 0) {
    return {
      message: `${preset.label} needs a model name${settings.preset === 'azure' ? ' (your deployment name)' : ''}.`,
      action: 'Set skilltrace.llm.model.',
    };
  }
  return { preset, baseUrl, model };
}
