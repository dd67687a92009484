import * as vscode from 'vscode';
import { redactSecrets } from '../../core/privacy/secretRedactor';
import type { ReviewHint } from '../../core/review/reviewHint';

/** The name and source of the review diagnostics, so they never mix with the compiler's or the linter's. */
export const REVIEW_SOURCE = 'Skilltrace review';

/** The kind of the review actions: its own name, so they never sort ahead of the language server's quick fixes. */
export const REVIEW_ACTION_KIND = vscode.CodeActionKind.Empty.append('skilltrace').append('review');

/** One review hint shown in an editor: the finding, where it sits now, and what the engineer did with it. */
export interface PlacedHint {
  hint: ReviewHint;
  /** `reviewHintKey(hint)`: stable across line shifts, names the hint in commands. */
  key: string;
  uri: vscode.Uri;
  /** 0-based line where the finding's text is now (it moves when lines are inserted above it). */
  line: number;
  conceptTitle: string;
  /** How often review found this concept lately, when that made it worth a lesson. */
  lessonFindings?: number;
  /** The engineer said "Learn" (the finding was real); a second "Learn" only opens the panel. */
  accepted?: boolean;
  /** Position in the review's ranking (0 first), so the panel lists hints in the order they matter. */
  rank?: number;
}

/** The lines of a file as relocation reads them: an open document, or the file's text split into lines. */
export interface LineSource {
  readonly lineCount: number;
  lineAt(line: number): { readonly text: string };
}

/** A LineSource over text read from disk. */
export function linesOf(text: string): LineSource {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  return { lineCount: lines.length, lineAt: (line) => ({ text: lines[line] ?? '' }) };
}

/** Arguments of the review hint commands; plain JSON, so a code action or a test can pass them. */
export interface ReviewHintCommandArgs {
  uri: string;
  key: string;
}

const MAX_EXCERPT = 200;
const RELOCATE_WINDOW = 60;

/** The excerpt the review core would have made of `text`: trimmed, secrets redacted, cut at 200 characters. */
function excerptOf(text: string): string {
  const trimmed = redactSecrets(text.trim()).text;
  return trimmed.length > MAX_EXCERPT ? `${trimmed.slice(0, MAX_EXCERPT - 1)}…` : trimmed;
}

/** True when the document line still holds the code the hint was about. */
export function lineMatchesHint(lineText: string, hint: ReviewHint): boolean {
  return excerptOf(lineText) === hint.excerpt;
}

/**
 * Finds where a hint's line is now: the same line if it still matches, else the nearest matching line within a
 * window (edits above it shift it), else undefined (the line was changed or removed, so the hint is stale).
 */
export function relocateHint(document: LineSource, hint: ReviewHint, line: number): number | undefined {
  const matches = (index: number): boolean => index >= 0 && index < document.lineCount && lineMatchesHint(document.lineAt(index).text, hint);
  if (matches(line)) return line;
  for (let distance = 1; distance <= RELOCATE_WINDOW; distance++) {
    if (matches(line - distance)) return line - distance;
    if (matches(line + distance)) return line + distance;
  }
  return undefined;
}

function severityOf(hint: ReviewHint): vscode.DiagnosticSeverity {
  // Review findings teach; they must never look like build errors in the Problems view.
  return hint.severity === 'info' ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Information;
}

/** The text of a hint's diagnostic: the concept first, then the finding, then a lesson note when it keeps coming back. */
export function hintMessage(placed: Pick<PlacedHint, 'hint' | 'conceptTitle' | 'lessonFindings'>): string {
  const lesson = placed.lessonFindings ? ` Found ${placed.lessonFindings} times in your reviews: a lesson on it is open in the Skilltrace panel.` : '';
  return `${placed.conceptTitle}: ${placed.hint.message}${lesson}`;
}

/**
 * Owns the "Skilltrace review" diagnostic collection: places the hints of the last review in their files, keeps
 * them on their lines while the engineer edits, drops stale ones, and answers which hint a diagnostic shows.
 */
export class ReviewHintsInPlace implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(REVIEW_SOURCE);
  private readonly byUri = new Map<string, PlacedHint[]>();

  /** Replaces every shown hint with `placed` (a new review supersedes the last one). */
  replace(placed: readonly PlacedHint[]): void {
    this.byUri.clear();
    this.collection.clear();
    for (const hint of placed) {
      const key = hint.uri.toString();
      const list = this.byUri.get(key) ?? [];
      list.push(hint);
      this.byUri.set(key, list);
    }
    for (const key of this.byUri.keys()) this.publish(key);
  }

  /** Every hint shown, in ranking order. */
  all(): PlacedHint[] {
    return [...this.byUri.values()].flat().sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  }

  /** Whether a document has hints (the edit listener's cheap first check). */
  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  get(uri: string, key: string): PlacedHint | undefined {
    return this.byUri.get(uri)?.find((placed) => placed.key === key);
  }

  /** The hint a diagnostic of this collection shows (VS Code hands back copies, so match on line, code and message). */
  forDiagnostic(uri: vscode.Uri, diagnostic: vscode.Diagnostic): PlacedHint | undefined {
    if (diagnostic.source !== REVIEW_SOURCE) return undefined;
    const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
    return this.byUri
      .get(uri.toString())
      ?.find((placed) => placed.line === diagnostic.range.start.line && placed.hint.conceptId === code && hintMessage(placed) === diagnostic.message);
  }

  remove(uri: string, key: string): PlacedHint | undefined {
    const list = this.byUri.get(uri);
    const index = list?.findIndex((placed) => placed.key === key) ?? -1;
    if (!list || index < 0) return undefined;
    const [removed] = list.splice(index, 1);
    this.publish(uri);
    return removed;
  }

  /** Marks a hint as accepted and refreshes nothing else (its diagnostic stays until it is fixed or dismissed). */
  markAccepted(uri: string, key: string): void {
    const placed = this.get(uri, key);
    if (placed) placed.accepted = true;
  }

  /** After an edit: moves hints whose line shifted, drops those whose line no longer holds the finding. */
  refresh(document: vscode.TextDocument): PlacedHint[] {
    const key = document.uri.toString();
    const list = this.byUri.get(key);
    if (!list) return [];
    const dropped: PlacedHint[] = [];
    const kept: PlacedHint[] = [];
    for (const placed of list) {
      const line = relocateHint(document, placed.hint, placed.line);
      if (line === undefined) dropped.push(placed);
      else kept.push({ ...placed, line });
    }
    this.byUri.set(key, kept);
    this.publish(key);
    return dropped;
  }

  clear(): void {
    this.byUri.clear();
    this.collection.clear();
  }

  dispose(): void {
    this.collection.dispose();
  }

  private publish(uri: string): void {
    const list = this.byUri.get(uri) ?? [];
    if (list.length === 0) {
      this.byUri.delete(uri);
      this.collection.delete(vscode.Uri.parse(uri, true));
      return;
    }
    this.collection.set(
      vscode.Uri.parse(uri, true),
      list.map((placed) => {
        const start = placed.hint.column ?? 0;
        const length = Math.max(1, placed.hint.excerpt.length);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(placed.line, start, placed.line, start + length), hintMessage(placed), severityOf(placed.hint));
        diagnostic.source = REVIEW_SOURCE;
        diagnostic.code = placed.hint.conceptId;
        return diagnostic;
      }),
    );
  }
}

/** "Learn: <concept>", "Dismiss this hint" and "Got it, fixed" on review diagnostics. */
export class ReviewHintActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [REVIEW_ACTION_KIND] };

  constructor(private readonly hints: ReviewHintsInPlace) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    if (token.isCancellationRequested) return [];
    if (context.only && !REVIEW_ACTION_KIND.intersects(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const placed = this.hints.forDiagnostic(document.uri, diagnostic);
      if (!placed) continue;
      const args: ReviewHintCommandArgs = { uri: document.uri.toString(), key: placed.key };
      const action = (title: string, command: string): void => {
        const codeAction = new vscode.CodeAction(title, REVIEW_ACTION_KIND);
        codeAction.diagnostics = [diagnostic];
        codeAction.isPreferred = false;
        codeAction.command = { command, title, arguments: [args] };
        actions.push(codeAction);
      };
      action(`Learn: ${placed.conceptTitle}`, 'skilltrace.acceptReviewHint');
      action('Dismiss this hint', 'skilltrace.dismissReviewHint');
      action('Got it, fixed', 'skilltrace.fixedReviewHint');
    }
    return actions;
  }
}

