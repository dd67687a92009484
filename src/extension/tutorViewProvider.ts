import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { hostToPanelSchema, panelToHostSchema, type PanelState, type PanelToHost } from '../shared/webviewProtocol';
import type { Logger } from './logger';

/** The view id contributed in package.json. */
export const TUTOR_VIEW_ID = 'skilltrace.tutor';

/**
 * Hosts the tutor panel: serves its HTML with a strict CSP, posts full state snapshots and parses every
 * message the panel sends. The panel keeps no state of its own beyond what the host sends, so it survives
 * being hidden and shown without `retainContextWhenHidden`.
 */
export class TutorViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly getState: () => PanelState,
    private readonly onMessage: (message: PanelToHost) => void,
    private readonly logger: Logger,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    webview.html = this.html(webview);
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.post();
      }),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
      }),
    );
  }

  /** Whether the panel is open and has told the host it is ready. */
  get isReady(): boolean {
    return this.view !== undefined && this.ready;
  }

  /** Sends the current snapshot, if the panel is there to receive it. */
  post(): void {
    if (!this.view || !this.ready) return;
    const parsed = hostToPanelSchema.safeParse({ type: 'state/didChange', state: this.getState() });
    if (!parsed.success) {
      // A state that breaks the protocol is a bug here, not the engineer's problem: keep the last good panel.
      this.logger.error(`Panel state rejected by the protocol: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`);
      return;
    }
    void this.view.webview.postMessage(parsed.data);
  }

  /** Reveals the panel (used by commands and code actions). */
  async reveal(): Promise<void> {
    if (this.view) {
      this.view.show(true);
      return;
    }
    await vscode.commands.executeCommand(`${TUTOR_VIEW_ID}.focus`);
  }

  private receive(raw: unknown): void {
    const parsed = panelToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.logger.warn(`Dropped a malformed message from the panel: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return;
    }
    if (parsed.data.type === 'webview/ready') {
      this.ready = true;
      this.post();
    }
    this.onMessage(parsed.data);
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(18).toString('base64');
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js'));
    const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'panel.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${styleUri.toString()}">
<title>Skilltrace</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">Loading Skilltrace…</p></main>
<script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
