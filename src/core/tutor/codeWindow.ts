import { redactSecrets } from '../privacy/secretRedactor';
import type { Redaction } from '../privacy/redaction';
import type { CodeContext } from './tutorProvider';

/** How much code around the error goes into a prompt; small windows keep prompts cheap and leak less. */
export interface CodeWindowLimits {
  linesBefore: number;
  linesAfter: number;
  maxFocusLines: number;
  maxLineLength: number;
}

/** The defaults the tutor uses: enough context to see the declaration a line or two up, not the whole file. */
export const DEFAULT_CODE_WINDOW: CodeWindowLimits = { linesBefore: 12, linesAfter: 6, maxFocusLines: 12, maxLineLength: 240 };

/** A code context trimmed to the window and with secrets redacted: what the prompt builder may quote. */
export interface TrimmedCodeContext extends CodeContext {
  redactions: Redaction[];
  /** True when lines were dropped or cut, so the prompt can say the excerpt is partial. */
  truncated: boolean;
}

function splitLines(text: string): string[] {
  return text.length === 0 ? [] : text.replace(/\r\n?/g, '\n').split('\n');
}

function cutLine(line: string, max: number): { line: string; cut: boolean } {
  return line.length > max ? { line: `${line.slice(0, max)} …`, cut: true } : { line, cut: false };
}

/**
 * Trims a code context to a window around the focus and redacts secrets in every part (including the diagnostic
 * message, which often quotes code). Used by the prompt builder and by the cache key, so both see the same code.
 */
export function trimCodeContext(context: CodeContext, limits: CodeWindowLimits = DEFAULT_CODE_WINDOW): TrimmedCodeContext {
  let truncated = false;
  const take = (lines: string[], fromEnd: boolean, count: number): string => {
    const kept = fromEnd ? lines.slice(Math.max(0, lines.length - count)) : lines.slice(0, count);
    if (kept.length < lines.length) truncated = true;
    return kept
      .map((line) => {
        const result = cutLine(line, limits.maxLineLength);
        if (result.cut) truncated = true;
        return result.line;
      })
      .join('\n');
  };
  const parts = {
    before: take(splitLines(context.before), true, limits.linesBefore),
    focus: take(splitLines(context.focus), false, limits.maxFocusLines),
    after: take(splitLines(context.after), false, limits.linesAfter),
    diagnosticMessage: context.diagnosticMessage === undefined ? undefined : cutLine(context.diagnosticMessage, 600).line,
  };
  const redactions: Redaction[] = [];
  const redact = (text: string): string => {
    const result = redactSecrets(text);
    redactions.push(...result.redactions);
    return result.text;
  };
  return {
    before: redact(parts.before),
    focus: redact(parts.focus),
    after: redact(parts.after),
    ...(parts.diagnosticMessage === undefined ? {} : { diagnosticMessage: redact(parts.diagnosticMessage) }),
    ...(context.focusLine === undefined ? {} : { focusLine: context.focusLine }),
    redactions,
    truncated,
  };
}
