// Helpers shared by the integration tests that run inside the real extension host.
import * as vscode from 'vscode';
import type { SkilltraceApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'skilltrace.skilltrace';

/** Activates the extension under test and returns its API. */
export async function skilltrace(): Promise<SkilltraceApi> {
  const ext = vscode.extensions.getExtension<SkilltraceApi>(EXTENSION_ID);
  if (!ext) throw new Error(`Extension ${EXTENSION_ID} is not loaded in this host`);
  return ext.activate();
}

/** The first workspace folder (the harness opens a copy of test/fixtures/sample-workspace). */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Polls `probe` until it returns a value other than undefined, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
