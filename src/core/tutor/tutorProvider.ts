import type { Hint, HintRung, Tutorial, TutorialDraft, TutorialLevel } from '../../shared/tutorialSchema';
import type { Redaction } from '../privacy/redaction';

/**
 * The code around the engineer's error, as the extension extracts it from the editor. `focus` holds the line(s) the
 * diagnostic points at; `before` and `after` are the surrounding lines. The tutor trims and redacts it before use.
 */
export interface CodeContext {
  before: string;
  focus: string;
  after: string;
  diagnosticMessage?: string;
  /** 1-based line number of the first focus line, only to make the prompt and evidence readable. */
  focusLine?: number;
}

/** What the extension asks a tutor provider for: one tutorial about one concept, at one level. */
export interface TutorialRequest {
  conceptId: string;
  conceptTitle: string;
  /** Editor language id, e.g. `typescript`. */
  language: string;
  level: TutorialLevel;
  /** Absent when there is no code, or when the "never send code" setting is on. */
  codeContext?: CodeContext;
  /** 0..1 mastery from the skill model, when known. */
  mastery?: number;
}

/** A request for one rung of the hint ladder about the code in `codeContext`. */
export interface HintRequest extends TutorialRequest {
  rung: HintRung;
  /** The hints already shown, lowest rung first, so the next one builds on them instead of repeating. */
  previousHints?: Hint[];
  /** The corrected focus code when the caller knows it (a quick fix, or an earlier fix rung); used by the leak check. */
  knownFix?: string;
}

/** Where a tutorial or hint came from: shown in the panel and recorded in the history. */
export type Provenance = 'llm' | 'library';

/** One chat message exactly as it was sent, after redaction. */
export interface SentMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The record behind the "what was sent" view: the last request as it left the machine (never a key). */
export interface SentRecord {
  /** Milliseconds since the epoch. */
  at: number;
  providerLabel: string;
  baseUrl: string;
  model: string;
  /** How the structured reply was asked for: JSON schema, JSON mode, or instructions in the prompt only. */
  responseFormat: 'json_schema' | 'json_object' | 'prompt';
  /** False when the prompt held no code at all (no context, or the "never send code" setting). */
  codeIncluded: boolean;
  messages: SentMessage[];
  redactions: Redaction[];
}

/** Why a provider could not give an answer; the extension shows `message` and `action`, and falls back to the library. */
export type TutorFailureKind =
  | 'not-configured'
  | 'auth'
  | 'model-not-found'
  | 'unreachable'
  | 'rate-limited'
  | 'server-error'
  | 'timeout'
  | 'cancelled'
  | 'bad-request'
  | 'invalid-output'
  | 'fix-leak'
  | 'not-found';

/** A typed failure with an actionable message, so the caller never has to parse error strings. */
export interface TutorFailure {
  kind: TutorFailureKind;
  /** What went wrong, in words for the engineer. */
  message: string;
  /** What to do about it, e.g. "Run the command Skilltrace: Set LLM API Key." */
  action?: string;
  /** For rate limits: when a retry may succeed. */
  retryAfterMs?: number;
  /** The request as sent, when one was sent before the failure. */
  sent?: SentRecord;
}

/** The success side of every provider call. */
export interface TutorSuccess<T> {
  ok: true;
  value: T;
  provenance: Provenance;
  /** True when the answer came from the cache without a request. */
  cached: boolean;
  /** The request as sent; absent for the library and for cache hits. */
  sent?: SentRecord;
  /** Set when this answer is the fallback's because the preferred provider failed; the panel shows why. */
  fallbackFrom?: TutorFailure;
}

/** Every provider call resolves to this (it never rejects): success, or a failure the caller can act on. */
export type TutorOutcome<T> = TutorSuccess<T> | ({ ok: false } & TutorFailure);

/** Options for one call: cancellation when the context changes, and streaming drafts for the panel. */
export interface TutorCallOptions {
  signal?: AbortSignal;
  /** Called with what has arrived so far while a tutorial streams in; never with unvalidated quiz answers. */
  onPartial?: (draft: TutorialDraft) => void;
}

/**
 * What the extension calls to teach: implemented by the LLM adapter, by the offline library and by the VS Code
 * Language Model provider, so the extension can chain them (LLM first, library as the fallback).
 */
export interface TutorProvider {
  /** Short label for the panel and the "what was sent" view, e.g. "Ollama (llama3.1)" or "Built-in library". */
  readonly label: string;
  generateTutorial(request: TutorialRequest, options?: TutorCallOptions): Promise<TutorOutcome<Tutorial>>;
  generateHint(request: HintRequest, options?: TutorCallOptions): Promise<TutorOutcome<Hint>>;
}
