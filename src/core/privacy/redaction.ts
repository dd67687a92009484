/** What kind of secret a redaction removed; shown in the "what was sent" view. */
export type SecretKind =
  | 'private-key'
  | 'api-key'
  | 'bearer-token'
  | 'jwt'
  | 'password'
  | 'connection-string'
  | 'env-secret'
  | 'high-entropy';

/**
 * One secret removed from text before it left the machine, as listed in the "what was sent" view. It says what and
 * where, never the secret itself: `preview` keeps at most the first 4 characters of long secrets.
 */
export interface Redaction {
  kind: SecretKind;
  /** Which rule matched, e.g. "GitHub token". */
  rule: string;
  /** Offset of the secret in the original text. */
  start: number;
  length: number;
  /** The placeholder that replaced it, e.g. `[REDACTED:api-key]`. */
  placeholder: string;
  preview: string;
}

/** The result of redacting a text: what is safe to send and the list of what was taken out. */
export interface RedactionResult {
  text: string;
  redactions: Redaction[];
}
