import { redactSecrets } from '../../core/privacy/secretRedactor';
import type { Redaction } from '../../core/privacy/redaction';
import { checkFixLeak } from '../../core/tutor/fixLeakChecker';
import { rungIndex } from '../../core/tutor/hintLadder';
import { readModelReply } from '../../core/tutor/modelReply';
import { parsePartialJson } from '../../core/tutor/partialJson';
import { MemoryTutorCache, type TutorCache } from '../../core/tutor/tutorialCache';
import { tutorialCacheKey } from '../../core/tutor/tutorialCacheKey';
import { sameDraft, tutorialDraftFromPartial } from '../../core/tutor/tutorialDraft';
import {
  buildHintPrompt,
  buildTutorialPrompt,
  fixLeakRetryMessages,
  repairMessages,
  type BuiltPrompt,
} from '../../core/tutor/tutorPrompt';
import type {
  HintRequest,
  SentMessage,
  SentRecord,
  TutorCallOptions,
  TutorFailure,
  TutorialRequest,
  TutorOutcome,
  TutorProvider,
} from '../../core/tutor/tutorProvider';
import type { CodeWindowLimits } from '../../core/tutor/codeWindow';
import { hintSchema, tutorialSchema, type Hint, type Tutorial, type TutorialDraft } from '../../shared/tutorialSchema';
import type { RetryPolicy } from './llmErrors';
import { resolveLlmSettings, type LlmSettings, type ResolvedLlmSettings } from './llmPresets';
import { OpenAiChatClient, type ChatOutcome } from './openAiChatClient';
import type { z } from 'zod';

/** How the extension configures the LLM tutor; read from settings and SecretStorage. */
export interface OpenAiTutorOptions {
  settings: LlmSettings;
  /** Reads the key from SecretStorage at call time; the provider never stores, logs or records it. */
  getApiKey: () => Promise<string | undefined>;
  /** The "never send code" setting, read on every call so a change applies at once. */
  sendCode: () => boolean;
  /** Deadline for one whole answer, streaming included. Default 60 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  tutorialCache?: TutorCache<Tutorial>;
  hintCache?: TutorCache<Hint>;
  window?: CodeWindowLimits;
  /** Told about every request as sent, for the "what was sent" view. */
  onSent?: (record: SentRecord) => void;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
}

type Failed = { ok: false } & TutorFailure;

function fail(failure: TutorFailure, sent?: SentRecord): Failed {
  return { ok: false, ...failure, ...(sent === undefined ? {} : { sent }) };
}

/**
 * The tutor provider backed by any OpenAI-compatible server through the `openai` package. It builds prompts with the
 * code quoted as data and redacted, streams tutorials as drafts, validates every reply with the shared zod schema
 * (one repair attempt, then a typed `invalid-output` failure so the extension falls back to the library), checks
 * hints below the fix rung for leaks, and caches results by concept, level, language and code.
 */
export class OpenAiTutorProvider implements TutorProvider {
  private readonly tutorialCache: TutorCache<Tutorial>;
  private readonly hintCache: TutorCache<Hint>;
  private lastSentRecord: SentRecord | undefined;
  private client: { key: string | undefined; instance: OpenAiChatClient } | undefined;

  constructor(private readonly options: OpenAiTutorOptions) {
    this.tutorialCache = options.tutorialCache ?? new MemoryTutorCache<Tutorial>();
    this.hintCache = options.hintCache ?? new MemoryTutorCache<Hint>();
  }

  get label(): string {
    const resolved = resolveLlmSettings(this.options.settings);
    return 'preset' in resolved ? `${resolved.preset.label} (${resolved.model})` : 'LLM (not configured)';
  }

  /** The last request as it left the machine, for the "what was sent" view; never holds the key. */
  get lastSent(): SentRecord | undefined {
    return this.lastSentRecord;
  }

  async generateTutorial(request: TutorialRequest, options: TutorCallOptions = {}): Promise<TutorOutcome<Tutorial>> {
    const ready = await this.prepare();
    if (!ready.ok) return ready;
    const prompt = buildTutorialPrompt(request, { sendCode: this.options.sendCode(), ...(this.options.window ? { window: this.options.window } : {}) });
    const key = tutorialCacheKey({ conceptId: request.conceptId, level: request.level, language: request.language, ...(prompt.code ? { codeContext: prompt.code } : {}) });
    const cached = await this.tutorialCache.get(key);
    if (cached !== undefined) return { ok: true, value: cached, provenance: 'llm', cached: true };

    let lastDraft: TutorialDraft | undefined;
    const onText = options.onPartial
      ? (text: string) => {
          const draft = tutorialDraftFromPartial(parsePartialJson(text));
          if (draft !== undefined && !sameDraft(draft, lastDraft)) {
            lastDraft = draft;
            options.onPartial?.(draft);
          }
        }
      : undefined;
    const result = await this.structuredCall(ready.client, ready.settings, prompt, 'skilltrace_tutorial', tutorialSchema, {
      stream: true,
      ...(onText ? { onText } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      maxTokens: 3000,
    });
    if (!result.ok) return result;
    // The model does not get to relabel the tutorial: the concept and level are what was asked for.
    const tutorial: Tutorial = { ...result.value, conceptId: request.conceptId, level: request.level };
    await this.tutorialCache.set(key, tutorial);
    return { ok: true, value: tutorial, provenance: 'llm', cached: false, sent: result.sent };
  }

  async generateHint(request: HintRequest, options: TutorCallOptions = {}): Promise<TutorOutcome<Hint>> {
    const ready = await this.prepare();
    if (!ready.ok) return ready;
    const sendCode = this.options.sendCode();
    const promptOptions = { sendCode, ...(this.options.window ? { window: this.options.window } : {}) };
    const prompt = buildHintPrompt(request, promptOptions);
    const baseKey = tutorialCacheKey({ conceptId: request.conceptId, level: request.level, language: request.language, ...(prompt.code ? { codeContext: prompt.code } : {}) });
    const key = `${baseKey}|hint|${request.rung}`;
    const cached = await this.hintCache.get(key);
    if (cached !== undefined) return { ok: true, value: cached, provenance: 'llm', cached: true };
    const callOptions = { stream: false, ...(options.signal ? { signal: options.signal } : {}), maxTokens: 1200 };

    // Without code the model never saw the engineer's line, so a hint cannot give its fix away: no check needed.
    if (request.rung === 'fix' || prompt.code === undefined) {
      const result = await this.structuredCall(ready.client, ready.settings, prompt, 'skilltrace_hint', hintSchema, callOptions);
      if (!result.ok) return result;
      const hint: Hint = { ...result.value, rung: request.rung };
      await this.hintCache.set(key, hint);
      return { ok: true, value: hint, provenance: 'llm', cached: false, sent: result.sent };
    }

    // Below the fix rung with code: we need the fix to check the hint against it.
    let fix = request.knownFix;
    if (fix === undefined) {
      const fixOutcome = await this.generateHint({ ...request, rung: 'fix', previousHints: [] }, options);
      if (!fixOutcome.ok) return fixOutcome;
      fix = fixOutcome.value.code;
    }
    const leakContext = { original: prompt.code.focus, fix };
    let messages = prompt.messages;
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await this.structuredCall(ready.client, ready.settings, { ...prompt, messages }, 'skilltrace_hint', hintSchema, callOptions);
      if (!result.ok) return result;
      const hint: Hint = { ...result.value, rung: request.rung };
      const verdict = checkFixLeak(hint, leakContext);
      if (!verdict.leaked) {
        await this.hintCache.set(key, hint);
        return { ok: true, value: hint, provenance: 'llm', cached: false, sent: result.sent };
      }
      messages = [...prompt.messages, ...fixLeakRetryMessages(JSON.stringify(result.value), request.rung)];
    }
    return fail(
      {
        kind: 'fix-leak',
        message: `The ${request.rung} hint from ${ready.settings.preset.label} gave the fix away twice, so it is not shown.`,
        action: rungIndex(request.rung) < rungIndex('fix') ? 'Showing the built-in hint instead; ask for the fix when you want it.' : 'Showing the built-in hint instead.',
      },
      this.lastSentRecord,
    );
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

  /** Redacts every message once more (belt and braces: previous hints and model replies pass through here too). */
  private redactMessages(messages: SentMessage[]): { messages: SentMessage[]; redactions: Redaction[] } {
    const redactions: Redaction[] = [];
    const safe = messages.map((message) => {
      const result = redactSecrets(message.content);
      redactions.push(...result.redactions);
      return { role: message.role, content: result.text };
    });
    return { messages: safe, redactions };
  }

  private async structuredCall<T>(
    client: OpenAiChatClient,
    settings: ResolvedLlmSettings,
    prompt: BuiltPrompt,
    schemaName: string,
    schema: z.ZodType<T>,
    call: { stream: boolean; onText?: (text: string) => void; signal?: AbortSignal; maxTokens: number },
  ): Promise<{ ok: true; value: T; sent: SentRecord } | Failed> {
    const send = async (messages: SentMessage[], stream: boolean): Promise<{ outcome: ChatOutcome; sent: SentRecord }> => {
      const safe = this.redactMessages(messages);
      let sent: SentRecord | undefined;
      const outcome = await client.complete({
        messages: safe.messages,
        schemaName,
        schema,
        stream,
        maxTokens: call.maxTokens,
        ...(stream && call.onText ? { onText: call.onText } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
        onAttempt: (mode) => {
          sent = {
            at: (this.options.now ?? Date.now)(),
            providerLabel: settings.preset.label,
            baseUrl: settings.baseUrl,
            model: settings.model,
            responseFormat: mode,
            codeIncluded: prompt.codeIncluded,
            messages: safe.messages,
            redactions: [...prompt.redactions, ...safe.redactions],
          };
          this.lastSentRecord = sent;
          this.options.onSent?.(sent);
        },
      });
      // onAttempt always runs before the first HTTP attempt, so `sent` is set here.
      return { outcome, sent: sent ?? (this.lastSentRecord as SentRecord) };
    };

    const first = await send(prompt.messages, call.stream);
    if (!first.outcome.ok) return fail(first.outcome.error.failure, first.sent);
    const reading = readModelReply(first.outcome.text, schema);
    if (reading.ok) return { ok: true, value: reading.value, sent: first.sent };

    // One repair attempt: show the model its reply and what was wrong with it.
    const repair = await send([...prompt.messages, ...repairMessages(first.outcome.text, reading.problem.detail)], false);
    if (!repair.outcome.ok) return fail(repair.outcome.error.failure, repair.sent);
    const second = readModelReply(repair.outcome.text, schema);
    if (second.ok) return { ok: true, value: second.value, sent: repair.sent };
    return fail(
      {
        kind: 'invalid-output',
        message: `${settings.preset.label} (${settings.model}) returned output Skilltrace could not use, even after one repair attempt.`,
        action: 'Showing the built-in content instead. A larger model, or a server with JSON-schema output, usually fixes this.',
      },
      repair.sent,
    );
  }
}
