import type { z } from 'zod';
import { redactSecrets } from '../../core/privacy/secretRedactor';
import type { Redaction } from '../../core/privacy/redaction';
import {
  buildExplainBackPrompt,
  buildReviewPrompt,
  type CodeReviewLlm,
  type ExplainBackRequest,
  type LlmCallOutcome,
  type LlmReviewRequest,
  type ReviewPrompt,
} from '../../core/review/llmReview';
import { readModelReply } from '../../core/tutor/modelReply';
import type { SentMessage, SentRecord } from '../../core/tutor/tutorProvider';
import { repairMessages } from '../../core/tutor/tutorPrompt';
import { explainBackReplySchema, llmReviewReplySchema, type ExplainBackReply, type LlmReviewReply } from '../../shared/reviewSchema';
import type { RetryPolicy } from './llmErrors';
import type { LlmSettings } from './llmPresets';
import { OpenAiConnection } from './openAiConnection';

/** How the extension configures the LLM reviewer: the same `skilltrace.llm.*` settings and key as the tutor. */
export interface OpenAiCodeReviewerOptions {
  settings: LlmSettings;
  /** Reads the key from SecretStorage at call time; never stored, logged or recorded. */
  getApiKey: () => Promise<string | undefined>;
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** Told about every request as sent, for the "what was sent" view. */
  onSent?: (record: SentRecord) => void;
  now?: () => number;
}

type Failure = Extract<LlmCallOutcome<never>, { ok: false }>;

/**
 * The LLM review and explain-back questions on any OpenAI-compatible server, through the `openai` package (via the
 * shared chat client: deadlines, retries, response-format step-down). Prompts come from the core (changed regions only,
 * redacted, quoted as data); every reply is validated with the shared zod schema, with one repair attempt.
 */
export class OpenAiCodeReviewer implements CodeReviewLlm {
  private readonly connection: OpenAiConnection;

  constructor(private readonly options: OpenAiCodeReviewerOptions) {
    this.connection = new OpenAiConnection(options);
  }

  get label(): string {
    return this.connection.label;
  }

  reviewChanges(request: LlmReviewRequest, options: { signal?: AbortSignal } = {}): Promise<LlmCallOutcome<LlmReviewReply>> {
    return this.call(buildReviewPrompt(request), 'skilltrace_review', llmReviewReplySchema, 2500, options.signal);
  }

  explainBack(request: ExplainBackRequest, options: { signal?: AbortSignal } = {}): Promise<LlmCallOutcome<ExplainBackReply>> {
    return this.call(buildExplainBackPrompt(request), 'skilltrace_explain_back', explainBackReplySchema, 1000, options.signal);
  }

  private async call<T>(prompt: ReviewPrompt, schemaName: string, schema: z.ZodType<T>, maxTokens: number, signal: AbortSignal | undefined): Promise<LlmCallOutcome<T>> {
    const ready = await this.connection.connect();
    if (!ready.ok) return ready;
    const { client, settings } = ready;
    const send = async (messages: SentMessage[]) => {
      // Belt and braces: the core redacted the code; the model's own earlier reply passes through here too.
      const redactions: Redaction[] = [...prompt.redactions];
      const safe = messages.map((message) => {
        const result = redactSecrets(message.content);
        redactions.push(...result.redactions);
        return { role: message.role, content: result.text };
      });
      let sent: SentRecord | undefined;
      const outcome = await client.complete({
        messages: safe,
        schemaName,
        schema,
        stream: false,
        maxTokens,
        ...(signal ? { signal } : {}),
        onAttempt: (mode) => {
          sent = {
            at: (this.options.now ?? Date.now)(),
            providerLabel: settings.preset.label,
            baseUrl: settings.baseUrl,
            model: settings.model,
            responseFormat: mode,
            codeIncluded: prompt.codeIncluded,
            messages: safe,
            redactions,
          };
          this.options.onSent?.(sent);
        },
      });
      return { outcome, sent };
    };
    const failed = (failure: { kind: Failure['kind']; message: string; action?: string }, sent: SentRecord | undefined): Failure => ({
      ok: false,
      ...failure,
      ...(sent ? { sent } : {}),
    });

    const first = await send(prompt.messages);
    if (!first.outcome.ok) return failed(first.outcome.error.failure, first.sent);
    const reading = readModelReply(first.outcome.text, schema);
    if (reading.ok) return { ok: true, value: reading.value, ...(first.sent ? { sent: first.sent } : {}) };
    const repair = await send([...prompt.messages, ...repairMessages(first.outcome.text, reading.problem.detail)]);
    if (!repair.outcome.ok) return failed(repair.outcome.error.failure, repair.sent);
    const second = readModelReply(repair.outcome.text, schema);
    if (second.ok) return { ok: true, value: second.value, ...(repair.sent ? { sent: repair.sent } : {}) };
    return failed(
      {
        kind: 'invalid-output',
        message: `${settings.preset.label} (${settings.model}) returned output Skilltrace could not use, even after one repair attempt.`,
        action: 'A larger model, or a server with JSON-schema output, usually fixes this.',
      },
      repair.sent,
    );
  }
}
