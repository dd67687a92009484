import * as vscode from 'vscode';
import type { Observation } from '../shared/observation';
import type { CodeContext } from '../core/tutor/tutorProvider';

const LINES_BEFORE = 12;
const LINES_AFTER = 6;

/**
 * The code around a concept's latest evidence, read from the open editor (never from disk), for tutorials grounded
 * in the engineer's own code. The tutor trims and redacts it before anything is sent; with `sendCode` off, only the
 * language is returned.
 */
export function codeContextFor(
  conceptId: string,
  observations: readonly Observation[],
  locate: (file: string) => string | undefined,
  sendCode: boolean,
): { language: string; context?: CodeContext } | undefined {
  for (let i = observations.length - 1; i >= 0; i--) {
    const o = observations[i];
    if (!o || o.conceptId !== conceptId || !o.evidence.file || !o.evidence.range) continue;
    const uri = locate(o.evidence.file);
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : undefined;
    if (!doc) continue;
    if (!sendCode) return { language: doc.languageId };
    const start = Math.min(o.evidence.range.startLine, doc.lineCount - 1);
    const end = Math.min(Math.max(o.evidence.range.endLine, start), doc.lineCount - 1);
    const text = (from: number, to: number): string => (to < from ? '' : doc.getText(new vscode.Range(from, 0, to, doc.lineAt(to).text.length)));
    return {
      language: doc.languageId,
      context: {
        before: text(Math.max(0, start - LINES_BEFORE), start - 1),
        focus: text(start, end),
        after: text(end + 1, Math.min(doc.lineCount - 1, end + LINES_AFTER)),
        diagnosticMessage: o.evidence.messageExcerpt,
        focusLine: start + 1,
      },
    };
  }
  return undefined;
}
