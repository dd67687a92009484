import type { SentRecord } from '../tutor/tutorProvider';
import type { SecretKind } from './redaction';

/** A plain-text account of one request for the "what was sent" view; the panel shows it as preformatted text. */
export interface SentRecordReport {
  /** One line: where, when, which model, whether code was included. */
  summary: string;
  /** What was redacted, counted by kind, e.g. "2 API keys, 1 password". */
  redactionSummary: string;
  /** The messages as sent, each under a role heading. */
  body: string;
}

const KIND_NAMES: Record<SecretKind, [string, string]> = {
  'private-key': ['private key', 'private keys'],
  'api-key': ['API key', 'API keys'],
  'bearer-token': ['bearer token', 'bearer tokens'],
  jwt: ['JSON web token', 'JSON web tokens'],
  password: ['password', 'passwords'],
  'connection-string': ['connection-string credential', 'connection-string credentials'],
  'env-secret': ['.env secret', '.env secrets'],
  'high-entropy': ['random-looking string', 'random-looking strings'],
};

/**
 * Describes the last request for the "what was sent" view, built by the extension from the LLM provider's record.
 * It only rearranges the record, which already holds the redacted text and never the key.
 */
export function describeSentRecord(record: SentRecord): SentRecordReport {
  const when = new Date(record.at).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const code = record.codeIncluded ? 'with code from your editor (trimmed and redacted)' : 'with no code from your editor';
  const format = { json_schema: 'JSON schema', json_object: 'JSON mode', prompt: 'JSON by instruction' }[record.responseFormat];
  const counts = new Map<SecretKind, number>();
  for (const redaction of record.redactions) counts.set(redaction.kind, (counts.get(redaction.kind) ?? 0) + 1);
  const redactionSummary =
    counts.size === 0
      ? 'Nothing was redacted.'
      : `Redacted before sending: ${[...counts].map(([kind, count]) => `${count} ${KIND_NAMES[kind][count === 1 ? 0 : 1]}`).join(', ')}.`;
  return {
    summary: `Sent to ${record.providerLabel} (${record.model}) at ${record.baseUrl} on ${when}, ${code}; reply as ${format}.`,
    redactionSummary,
    body: record.messages.map((message) => `── ${message.role} ──\n${message.content}`).join('\n\n'),
  };
}
