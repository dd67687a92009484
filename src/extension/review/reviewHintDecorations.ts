import * as vscode from 'vscode';
import type { PlacedHint, ReviewHintCommandArgs, ReviewHintsInPlace } from './reviewHintsInPlace';

/**
 * The quiet in-editor marks of review hints besides their diagnostics: a themed gutter dot and the concept's name after
 * the line (`skilltrace.review.decorations`, on by default), and an optional CodeLens with "Learn" and "Dismiss"
 * (`skilltrace.review.codeLens`, off by default). Both follow the hints as they move with edits.
 */
export class ReviewHintDecorations implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly decoration: vscode.TextEditorDecorationType;
  private readonly lensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensChanged.event;

  constructor(
    private readonly hints: ReviewHintsInPlace,
    extensionUri: vscode.Uri,
  ) {
    this.decoration = vscode.window.createTextEditorDecorationType({
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'review-hint-dark.svg'),
      gutterIconSize: '70%',
      light: { gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'review-hint-light.svg') },
      overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em', fontStyle: 'italic' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
  }

  /** Redraws the marks in every visible editor and tells VS Code the lenses changed. */
  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
    this.lensChanged.fire();
  }

  decorate(editor: vscode.TextEditor): void {
    if (!enabled('decorations', true)) {
      editor.setDecorations(this.decoration, []);
      return;
    }
    const uri = editor.document.uri.toString();
    const options = this.hints
      .all()
      .filter((placed) => placed.uri.toString() === uri && placed.line < editor.document.lineCount)
      .map((placed): vscode.DecorationOptions => {
        const end = editor.document.lineAt(placed.line).range.end;
        return {
          range: new vscode.Range(end, end),
          renderOptions: { after: { contentText: `Skilltrace: ${placed.conceptTitle}${placed.accepted ? ' ✓' : ''}` } },
        };
      });
    editor.setDecorations(this.decoration, options);
  }

  provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.CodeLens[] {
    if (token.isCancellationRequested || !enabled('codeLens', false)) return [];
    const uri = document.uri.toString();
    const lenses: vscode.CodeLens[] = [];
    const onLine = new Map<number, PlacedHint[]>();
    for (const placed of this.hints.all()) {
      if (placed.uri.toString() !== uri || placed.line >= document.lineCount) continue;
      onLine.set(placed.line, [...(onLine.get(placed.line) ?? []), placed]);
    }
    for (const [line, placedOnLine] of onLine) {
      const range = new vscode.Range(line, 0, line, 0);
      for (const placed of placedOnLine) {
        const args: ReviewHintCommandArgs = { uri, key: placed.key };
        lenses.push(
          new vscode.CodeLens(range, { title: `$(mortar-board) Learn: ${placed.conceptTitle}`, command: 'skilltrace.acceptReviewHint', arguments: [args] }),
          new vscode.CodeLens(range, { title: 'Dismiss', command: 'skilltrace.dismissReviewHint', arguments: [args] }),
        );
      }
    }
    return lenses;
  }

  dispose(): void {
    this.decoration.dispose();
    this.lensChanged.dispose();
  }
}

function enabled(key: 'decorations' | 'codeLens', fallback: boolean): boolean {
  return vscode.workspace.getConfiguration('skilltrace.review').get<boolean>(key, fallback) === true;
}
