import type { Hint } from '../../shared/tutorialSchema';

/**
 * Decides whether a hint below the fix rung gives the fix away. The LLM adapter runs it on every generated hint before
 * display and regenerates (or falls back to the library) when it fails; the offline library's tests run it too.
 */

/** Why a hint was judged to leak the fix; shown in logs and tests, never to the engineer. */
export interface FixLeakVerdict {
  leaked: boolean;
  reasons: string[];
}

/** What the checker compares a hint against: the code as written and as corrected. */
export interface FixLeakContext {
  /** The focus code as the engineer wrote it. */
  original: string;
  /** The corrected focus code. */
  fix: string;
}

const TOKEN = /[A-Za-z_$][\w$]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\?\?=?|\?\.|===?|!==?|=>|<=|>=|&&|\|\||::|->|[^\s\w]/g;

/** Splits code into tokens: identifiers, numbers, string literals, multi-character operators, punctuation. */
export function codeTokens(code: string): string[] {
  return code.match(TOKEN) ?? [];
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The changed lines of the fix: lines of `fix` that do not occur in `original`, ignoring whitespace. */
function changedLines(context: FixLeakContext): string[] {
  const originalLines = new Set(context.original.split('\n').map(squash));
  return context.fix
    .split('\n')
    .map(squash)
    .filter((line) => line.length > 0 && !originalLines.has(line));
}

/** The part of the fix that differs from the original, with the unchanged token on each side as anchors. */
export interface ChangedSpan {
  left?: string;
  core: string[];
  right?: string;
}

/**
 * Finds the tokens the fix changed: `user.name` → `user?.name ?? ""` gives core `?. name ?? ""` with left anchor
 * `user`. An anchor ties the change to this code, so a hint may mention `??` but not `user?.`.
 */
export function changedTokenSpan(context: FixLeakContext): ChangedSpan {
  const before = codeTokens(context.original);
  const after = codeTokens(context.fix);
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const span: ChangedSpan = { core: after.slice(prefix, after.length - suffix) };
  if (prefix > 0) span.left = after[prefix - 1];
  if (suffix > 0) span.right = after[after.length - suffix];
  return span;
}

/** Code the hint shows: fenced blocks, inline code spans, and the hint's `code` field. */
function codeSpansOf(hint: Pick<Hint, 'text' | 'code'>): string[] {
  const spans: string[] = [];
  for (const match of hint.text.matchAll(/```[^\n]*\n([\s\S]*?)(?:```|$)/g)) spans.push(match[1] ?? '');
  for (const match of hint.text.replace(/```[\s\S]*?(?:```|$)/g, '').matchAll(/`([^`\n]+)`/g)) spans.push(match[1] ?? '');
  if (hint.code.trim().length > 0) spans.push(hint.code);
  return spans;
}

/** Length of the longest common subsequence of two token lists. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Share of a near-copy at which a code span counts as the fix with cosmetic changes. */
const NEAR_COPY_SHARE = 0.8;

/**
 * Checks a hint against the fix. It leaks when it contains a corrected line (whitespace ignored), or the changed
 * span of the fix with its surrounding token, or a code span that is a near copy of the corrected code. Hints may
 * still name the construct involved (`?.` on the concept rung is teaching, `user?.name` is the answer).
 */
export function checkFixLeak(hint: Pick<Hint, 'text' | 'code'>, context: FixLeakContext): FixLeakVerdict {
  const reasons: string[] = [];
  if (squash(context.fix) === squash(context.original) || context.fix.trim().length === 0) return { leaked: false, reasons };
  const everything = squash(`${hint.text}\n${hint.code}`);

  for (const line of changedLines(context)) {
    if (line.length >= 4 && everything.includes(line)) reasons.push(`contains the corrected line "${line}"`);
  }

  const span = changedTokenSpan(context);
  const hintTokens = codeTokens(`${hint.text}\n${hint.code}`).join('');
  const core = span.core.join('');
  const anchored = [span.left === undefined ? undefined : span.left + core, span.right === undefined ? undefined : core + span.right];
  for (const candidate of anchored) {
    if (core.length > 0 && candidate !== undefined && candidate.length >= 3 && hintTokens.includes(candidate)) {
      reasons.push(`contains the changed code "${candidate}"`);
      break;
    }
  }

  const fixTokens = codeTokens(context.fix);
  if (fixTokens.length >= 3) {
    for (const code of codeSpansOf(hint)) {
      const spanTokens = codeTokens(code);
      const shared = lcsLength(fixTokens, spanTokens);
      if (shared / fixTokens.length >= NEAR_COPY_SHARE && !isNearCopyOfOriginal(spanTokens, context)) {
        reasons.push('shows a near copy of the corrected code');
        break;
      }
    }
  }
  return { leaked: reasons.length > 0, reasons };
}

/** Quoting the engineer's own (broken) code back is fine; only the corrected version is the answer. */
function isNearCopyOfOriginal(spanTokens: string[], context: FixLeakContext): boolean {
  const originalTokens = codeTokens(context.original);
  const fixTokens = codeTokens(context.fix);
  return lcsLength(originalTokens, spanTokens) > lcsLength(fixTokens, spanTokens);
}
