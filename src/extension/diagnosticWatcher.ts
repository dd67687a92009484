import * as vscode from 'vscode';

/** A diagnostic snapshot of one document, handed to the rest of the extension after the debounce. */
export interface DocumentDiagnostics {
  uri: vscode.Uri;
  diagnostics: readonly vscode.Diagnostic[];
}

const WATCHED_SCHEMES = new Set(['file', 'untitled']);

/**
 * Watches diagnostics from every language server and linter. Work is debounced per document so a burst
 * of updates while typing collapses into one snapshot; nothing runs on the keystroke path itself.
 */
export class DiagnosticWatcher implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly onSnapshot: (snapshot: DocumentDiagnostics) => void,
    private readonly debounceMs = 400,
  ) {
    this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris) this.schedule(uri);
    });
  }

  /** Reads the current diagnostics of all watched documents once (used when the panel first opens). */
  snapshotAll(): DocumentDiagnostics[] {
    return vscode.languages
      .getDiagnostics()
      .filter(([uri]) => WATCHED_SCHEMES.has(uri.scheme))
      .map(([uri, diagnostics]) => ({ uri, diagnostics }));
  }

  private schedule(uri: vscode.Uri): void {
    if (!WATCHED_SCHEMES.has(uri.scheme)) return;
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.onSnapshot({ uri, diagnostics: vscode.languages.getDiagnostics(uri) });
      }, this.debounceMs),
    );
  }

  dispose(): void {
    this.subscription.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
