import type { Redaction, RedactionResult, SecretKind } from './redaction';

/**
 * Removes secrets from text before it leaves the machine. The LLM adapter runs it over every message it sends, and
 * the "what was sent" view lists its redactions. Rules err on the side of redacting: a lost literal costs a worse
 * tutorial, a leaked key costs far more.
 */

interface SecretRule {
  kind: SecretKind;
  name: string;
  pattern: RegExp;
  /** Index of the capture group holding the secret; 0 (the whole match) when absent. */
  group?: number;
  /** Extra check on the captured secret, to skip placeholders and ordinary words. */
  accept?: (secret: string) => boolean;
}

/** Values that are obviously not real secrets; redacting them would only make examples harder to read. */
const PLACEHOLDER = /^(?:x+|\*+|\.+|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%[A-Z_]+%|\$[A-Z_][A-Z0-9_]*|changeme|password|secret|example|your[-_ ]?\w*|todo|null|none|undefined|true|false|process\.env\.\w+)$/i;

function notPlaceholder(secret: string): boolean {
  const value = secret.trim();
  return value.length > 0 && !PLACEHOLDER.test(value);
}

// Order matters only as a tie-breaker between overlapping matches of the same start and length.
const RULES: SecretRule[] = [
  {
    kind: 'private-key',
    name: 'PEM private key',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  { kind: 'api-key', name: 'Anthropic key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g },
  { kind: 'api-key', name: 'OpenAI key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { kind: 'api-key', name: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})/g },
  { kind: 'api-key', name: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { kind: 'api-key', name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g },
  {
    kind: 'api-key',
    name: 'AWS secret access key',
    pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})\b/gi,
    group: 1,
  },
  { kind: 'api-key', name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'api-key', name: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'api-key', name: 'Stripe key', pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}/g },
  { kind: 'api-key', name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'api-key', name: 'SendGrid key', pattern: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g },
  { kind: 'api-key', name: 'Hugging Face token', pattern: /\bhf_[A-Za-z0-9]{30,}\b/g },
  { kind: 'jwt', name: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    kind: 'bearer-token',
    name: 'Authorization header',
    pattern: /\b(?:Bearer|Basic|Token)\s+([A-Za-z0-9._~+/-]{12,}=*)/g,
    group: 1,
  },
  {
    kind: 'connection-string',
    name: 'credentials in a URL',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/@'"`]+:[^\s@/'"`]+)@/gi,
    group: 1,
    accept: (userInfo) => notPlaceholder(userInfo.slice(userInfo.indexOf(':') + 1)),
  },
  {
    kind: 'connection-string',
    name: 'password in a connection string',
    // Key=value pairs as in ADO.NET, JDBC and Azure strings; not `x.password == y` comparisons.
    pattern: /(?<![\w.])(?:Password|Pwd|AccountKey|SharedAccessKey|SharedAccessSignature)\s*=(?!=)\s*([^;'"`\s]+)/gi,
    group: 1,
    accept: notPlaceholder,
  },
  {
    kind: 'env-secret',
    name: '.env secret',
    pattern: /^[ \t]*(?:export[ \t]+)?[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH)[A-Z0-9_]*[ \t]*=[ \t]*["']?([^\s"'#]+)/gm,
    group: 1,
    accept: notPlaceholder,
  },
  {
    kind: 'password',
    name: 'password assignment',
    pattern: /\b[\w.-]*(?:password|passwd|passphrase|pwd|secret)[\w-]*["']?\s*(?::=|=>|[:=])\s*(["'`])([^"'`\n]{1,400})\1/gi,
    group: 2,
    accept: notPlaceholder,
  },
  {
    kind: 'password',
    name: 'token or key assignment',
    pattern: /\b[\w.-]*(?:token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|credentials?)[\w-]*["']?\s*(?::=|=>|[:=])\s*(["'`])([^"'`\s]{1,400})\1/gi,
    group: 2,
    // These names are also ordinary words in code (`tokenizer = "whitespace"`): only values that look issued count.
    accept: (value) => notPlaceholder(value) && value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value),
  },
];

const HIGH_ENTROPY_CANDIDATE = /[A-Za-z0-9+/_-]{24,}={0,2}/g;

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * True for strings that look random enough to be a credential: long, mixing letters and digits, and near the entropy
 * of random base64 (or of random hex, for hex). Long identifiers and words fail the digit or entropy test.
 */
export function looksLikeHighEntropySecret(candidate: string): boolean {
  const value = candidate.replace(/=+$/, '');
  if (value.length < 24) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && entropy(value) >= 3.3;
  // Paths, kebab/snake identifiers and dotted names are separators between words, not random characters.
  const separators = (value.match(/[/_-]/g) ?? []).length;
  if (separators > value.length / 6) return false;
  return entropy(value) >= 4.2;
}

interface Span {
  start: number;
  end: number;
  kind: SecretKind;
  rule: string;
}

function collectSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const group = rule.group ?? 0;
      const secret = match[group];
      if (secret === undefined || secret.length === 0) continue;
      if (rule.accept && !rule.accept(secret)) continue;
      // Every grouped rule captures the secret at the end of its match, so the last occurrence is the right one.
      const start = (match.index ?? 0) + (group === 0 ? 0 : Math.max(0, match[0].lastIndexOf(secret)));
      spans.push({ start, end: start + secret.length, kind: rule.kind, rule: rule.name });
    }
  }
  for (const match of text.matchAll(HIGH_ENTROPY_CANDIDATE)) {
    if (!looksLikeHighEntropySecret(match[0])) continue;
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length, kind: 'high-entropy', rule: 'high-entropy string' });
  }
  return spans;
}

/** Merges overlapping spans: the earliest start wins, and it grows to cover everything it overlaps. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      continue;
    }
    merged.push({ ...span });
  }
  return merged;
}

function previewOf(secret: string): string {
  return secret.length >= 16 ? `${secret.slice(0, 4)}…(${secret.length} chars)` : `(${secret.length} chars)`;
}

/** Redacts every secret in `text`, returning the safe text and what was taken out (offsets into the original). */
export function redactSecrets(text: string): RedactionResult {
  const spans = mergeSpans(collectSpans(text));
  if (spans.length === 0) return { text, redactions: [] };
  const redactions: Redaction[] = [];
  let output = '';
  let cursor = 0;
  for (const span of spans) {
    const placeholder = `[REDACTED:${span.kind}]`;
    output += text.slice(cursor, span.start) + placeholder;
    const secret = text.slice(span.start, span.end);
    redactions.push({
      kind: span.kind,
      rule: span.rule,
      start: span.start,
      length: span.end - span.start,
      placeholder,
      preview: span.kind === 'private-key' ? '(PEM block)' : previewOf(secret),
    });
    cursor = span.end;
  }
  output += text.slice(cursor);
  return { text: output, redactions };
}
