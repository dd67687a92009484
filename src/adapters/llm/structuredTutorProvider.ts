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
import type { ChatBackend, ChatOutcome, ChatTarget } from './chatBackend';
import type { z } from 'zod';

/** What every structured tutor needs besides its backend: the code setting, caches, limits and the sent-record sink. */
export interface StructuredTutorOptions {
  /** The "never send code" setting, read on every call so a change applies at once. */
  sendCode: () => boolean;
  tutorialCache?: TutorCache<Tutorial>;
  hintCache?: TutorCache<Hint>;
  window?: CodeWindowLimits;
  /** Told about every request as sent, for the "what was sent" view. */
  onSent?: (record: SentRecord) => void;
  now?: () => number;
}

/** A connected backend, or the failure that says what to fix first. */
export type BackendConnection = { ok: true; backend: ChatBackend; target: ChatTarget } | Failed;

type Failed = { ok: false } & TutorFailure;

/** Builds a failure outcome, keeping the request as sent when there was one. */
export function failedOutcome(failure: TutorFailure, sent?: SentRecord): Failed {
  return { ok: false, ...failure, ...(sent === undefined ? {} : { sent }) };
}

const fail = failedOutcome;

/**
 * The tutor logic shared by every chat backend (OpenAI-compatible servers, the editor's Language Model API): prompts
 * with the code quoted as data and redacted, tutorials streamed as drafts, every reply validated with the shared zod
 * schema (one repair attempt, then a typed `invalid-output` failure so the extension falls back to the library),
 * hints below the fix rung checked for leaks, and results cached by concept, level, language and code.
 */
export abstract class StructuredTutorProvider implements TutorProvider {
  private readonly tutorialCache: TutorCache<Tutorial>;
  private readonly hintCache: TutorCache<Hint>;
  private lastSentRecord: SentRecord | undefined;

  constructor(private readonly structured: StructuredTutorOptions) {
    this.tutorialCache = structured.tutorialCache ?? new MemoryTutorCache<Tutorial>();
    this.hintCache = structured.hintCache ?? new MemoryTutorCache<Hint>();
  }

  abstract get label(): string;

  /** Resolves settings and credentials and returns the backend to call, or why it cannot be called yet. */
  protected abstract connect(): Promise<BackendConnection>;

  /** The last request as it left the machine, for the "what was sent" view; never holds the key. */
  get lastSent(): SentRecord | undefined {
    return this.lastSentRecord;
  }

  async generateTutorial(request: TutorialRequest, options: TutorCallOptions = {}): Promise<TutorOutcome<Tutorial>> {
    const ready = await this.connect();
    if (!ready.ok) return ready;
    const prompt = buildTutorialPrompt(request, { sendCode: this.structured.sendCode(), ...(this.structured.window ? { window: this.structured.window } : {}) });
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
    const result = await this.structuredCall(ready.backend, ready.target, prompt, 'skilltrace_tutorial', tutorialSchema, {
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
    const ready = await this.connect();
    if (!ready.ok) return ready;
    const sendCode = this.structured.sendCode();
    const promptOptions = { sendCode, ...(this.structured.window ? { window: this.structured.window } : {}) };
    const prompt = buildHintPrompt(request, promptOptions);
    const baseKey = tutorialCacheKey({ conceptId: request.conceptId, level: request.level, language: request.language, ...(prompt.code ? { codeContext: prompt.code } : {}) });
    const key = `${baseKey}|hint|${request.rung}`;
    const cached = await this.hintCache.get(key);
    if (cached !== undefined) return { ok: true, value: cached, provenance: 'llm', cached: true };
    const callOptions = { stream: false, ...(options.signal ? { signal: options.signal } : {}), maxTokens: 1200 };

    // Without code the model never saw the engineer's line, so a hint cannot give its fix away: no check needed.
    if (request.rung === 'fix' || prompt.code === undefined) {
      const result = await this.structuredCall(ready.backend, ready.target, prompt, 'skilltrace_hint', hintSchema, callOptions);
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
      const result = await this.structuredCall(ready.backend, ready.target, { ...prompt, messages }, 'skilltrace_hint', hintSchema, callOptions);
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
        message: `The ${request.rung} hint from ${ready.target.label} gave the fix away twice, so it is not shown.`,
        action: rungIndex(request.rung) < rungIndex('fix') ? 'Showing the built-in hint instead; ask for the fix when you want it.' : 'Showing the built-in hint instead.',
      },
      this.lastSentRecord,
    );
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
    backend: ChatBackend,
    target: ChatTarget,
    prompt: BuiltPrompt,
    schemaName: string,
    schema: z.ZodType<T>,
    call: { stream: boolean; onText?: (text: string) => void; signal?: AbortSignal; maxTokens: number },
  ): Promise<{ ok: true; value: T; sent: SentRecord } | Failed> {
    const send = async (messages: SentMessage[], stream: boolean): Promise<{ outcome: ChatOutcome; sent: SentRecord }> => {
      const safe = this.redactMessages(messages);
      let sent: SentRecord | undefined;
      const outcome = await backend.complete({
        messages: safe.messages,
        schemaName,
        schema,
        stream,
        maxTokens: call.maxTokens,
        ...(stream && call.onText ? { onText: call.onText } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
        onAttempt: (mode) => {
          sent = {
            at: (this.structured.now ?? Date.now)(),
            providerLabel: target.label,
            baseUrl: target.baseUrl,
            model: target.model,
            responseFormat: mode,
            codeIncluded: prompt.codeIncluded,
            messages: safe.messages,
            redactions: [...prompt.redactions, ...safe.redactions],
          };
          this.lastSentRecord = sent;
          this.structured.onSent?.(sent);
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
        message: `${target.label} (${target.model}) returned output Skilltrace could not use, even after one repair attempt.`,
        action: 'Showing the built-in content instead. A larger model, or a server with JSON-schema output, usually fixes this.',
      },
      repair.sent,
    );
  }
}
