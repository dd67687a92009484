import * as vscode from 'vscode';

/** The extension's one log channel ("Skilltrace" in the Output view); everything logs through it. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Creates the log channel; VS Code persists and rotates it, and shows it on "Skilltrace: Show Log". */
export function createLogger(): Logger & vscode.Disposable & { show(): void } {
  const channel = vscode.window.createOutputChannel('Skilltrace', { log: true });
  return {
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m, e) => channel.error(e === undefined ? m : `${m}: ${e instanceof Error ? e.message : String(e)}`),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
