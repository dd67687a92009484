import * as vscode from 'vscode';

/** What the engineer is asked to consent to before the first statement leaves the machine. */
export interface ConsentRequest {
  serverUrl: string;
  engineer: string;
  team: string | undefined;
  minGroupSize: number;
  statementCount: number;
  /** The exact statements (and a note on what they are), as the JSON document shows them. */
  document: string;
}

/** One concept in the exclusion picker. */
export interface ExclusionChoice {
  conceptId: string;
  title: string;
  excluded: boolean;
}

/**
 * Every question team sync asks the engineer. The VS Code implementation below is what engineers see; the
 * integration tests, which cannot click VS Code's dialogs, answer through their own implementation (accepted
 * only in the test extension host).
 */
export interface SyncPrompts {
  serverUrl(current: string): Promise<string | undefined>;
  /** `hasStored`: a token for this server is already in secret storage (an empty answer keeps it). */
  token(serverUrl: string, hasStored: boolean): Promise<string | undefined>;
  confirmInsecure(serverUrl: string): Promise<boolean>;
  consent(request: ConsentRequest): Promise<boolean>;
  exclusions(choices: ExclusionChoice[]): Promise<string[] | undefined>;
  withdraw(titles: string[]): Promise<boolean>;
  confirmRevoke(serverUrl: string, engineer: string | undefined): Promise<boolean>;
  /** Shows read-only text; `name` is the tab's title (its extension picks the language). */
  showDocument(name: string, content: string): Promise<void>;
  /** A problem that needs the engineer: the message and the actions offered; resolves to the chosen action. */
  problem(message: string, actions: string[]): Promise<string | undefined>;
}

/** The scheme of the read-only documents team sync shows (what is sent, the status). */
export const SYNC_DOCUMENT_SCHEME = 'skilltrace-sync';

/**
 * The prompts as VS Code shows them: input boxes, a read-only JSON document next to a modal consent dialog,
 * quick picks. Documents are served by a content provider, so they are read-only and never ask to be saved.
 */
export class VsCodeSyncPrompts implements SyncPrompts, vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;

  /** Registers the document provider; dispose to unregister. */
  register(): vscode.Disposable {
    return vscode.Disposable.from(vscode.workspace.registerTextDocumentContentProvider(SYNC_DOCUMENT_SCHEME, this), this.changes);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.path) ?? '';
  }

  async serverUrl(current: string): Promise<string | undefined> {
    return vscode.window.showInputBox({
      title: 'Skilltrace: Turn On Team Sync (1/2)',
      prompt: "The team server's address, as your lead gave it to you",
      placeHolder: 'https://skilltrace.example.com',
      value: current,
      ignoreFocusOut: true,
      validateInput: (text) => (/^https?:\/\/\S+$/i.test(text.trim()) ? undefined : 'Enter an http(s) URL, e.g. https://skilltrace.example.com'),
    });
  }

  async token(serverUrl: string, hasStored: boolean): Promise<string | undefined> {
    return vscode.window.showInputBox({
      title: 'Skilltrace: Turn On Team Sync (2/2)',
      prompt: `Your sync token for ${new URL(serverUrl).host} (kept in VS Code's secret storage, never in settings)${hasStored ? '. Leave empty to keep the stored one.' : ''}`,
      placeHolder: 'st_…',
      password: true,
      ignoreFocusOut: true,
    });
  }

  async confirmInsecure(serverUrl: string): Promise<boolean> {
    const choice = await vscode.window.showWarningMessage(
      `${serverUrl} uses plain http: your token and skill reports would cross the network unencrypted.`,
      { modal: true, detail: 'Use https unless the server is on a network you trust.' },
      'Use http Anyway',
    );
    return choice === 'Use http Anyway';
  }

  async consent(request: ConsentRequest): Promise<boolean> {
    await this.showDocument('Statements to send.json', request.document);
    const who = `${request.engineer}${request.team ? ` (team ${request.team})` : ''}`;
    const choice = await vscode.window.showWarningMessage(
      `Send ${request.statementCount} skill report${request.statementCount === 1 ? '' : 's'} to ${new URL(request.serverUrl).host} as ${who}?`,
      {
        modal: true,
        detail:
          'The document shows exactly what is sent: per concept, your estimated mastery, how sure the model is and why, with no code, file names or messages. ' +
          `Your lead sees team aggregates only, for groups of at least ${request.minGroupSize} engineers, unless you choose to share more on the server. ` +
          'Later reports are sent as your skills change; preview them any time, exclude concepts, pause, or revoke and delete everything.',
      },
      'Send and Turn On',
    );
    return choice === 'Send and Turn On';
  }

  async exclusions(choices: ExclusionChoice[]): Promise<string[] | undefined> {
    const items = choices.map((c) => ({ label: c.title, description: c.conceptId, picked: c.excluded, conceptId: c.conceptId }));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Skilltrace: Exclude Concepts From Sync',
      placeHolder: 'Checked concepts are never reported to the team server',
      canPickMany: true,
      matchOnDescription: true,
      ignoreFocusOut: true,
    });
    return picked?.map((item) => item.conceptId);
  }

  async withdraw(titles: string[]): Promise<boolean> {
    const choice = await vscode.window.showWarningMessage(
      `Also withdraw what was already sent about ${titles.join(', ')}?`,
      { modal: true, detail: 'Those reports are voided on the server and leave the team aggregates. Otherwise only future reports are held back.' },
      'Withdraw',
      'Keep Sent Reports',
    );
    return choice === 'Withdraw';
  }

  async confirmRevoke(serverUrl: string, engineer: string | undefined): Promise<boolean> {
    const choice = await vscode.window.showWarningMessage(
      `Revoke team sync and delete your data on ${new URL(serverUrl).host}?`,
      {
        modal: true,
        detail: `Every skill report ${engineer ? `${engineer} ` : ''}sent is voided (so servers it was forwarded to drop it too), then everything you sent is deleted from the server. Unsent reports are discarded, the token is removed from secret storage and sync is turned off.`,
      },
      'Revoke and Delete',
    );
    return choice === 'Revoke and Delete';
  }

  async showDocument(name: string, content: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: SYNC_DOCUMENT_SCHEME, path: `/${name}` });
    this.contents.set(uri.path, content);
    this.changes.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true, preserveFocus: false });
  }

  async problem(message: string, actions: string[]): Promise<string | undefined> {
    return vscode.window.showErrorMessage(message, ...actions);
  }
}
