import * as vscode from 'vscode';

/** The `skilltrace.sync.*` settings the team sync reads; all application-scoped, so a workspace cannot set them. */
export interface SyncSettings {
  enabled: boolean;
  serverUrl: string;
  excludedConcepts: string[];
  paused: boolean;
}

export const SYNC_SECTION = 'skilltrace.sync';

/**
 * Reads the user's own (global) values only. The settings are application-scoped, which VS Code already keeps
 * out of workspace settings; reading globalValue makes sure a cloned repository's .vscode/settings.json can never
 * point the statements at another server or switch sync on.
 */
export function readSyncSettings(): SyncSettings {
  const config = vscode.workspace.getConfiguration(SYNC_SECTION);
  const own = (key: string): unknown => config.inspect(key)?.globalValue;
  const excluded = own('excludedConcepts');
  const serverUrl = own('serverUrl');
  return {
    enabled: own('enabled') === true,
    serverUrl: typeof serverUrl === 'string' ? serverUrl.trim() : '',
    excludedConcepts: Array.isArray(excluded) ? excluded.filter((id): id is string => typeof id === 'string') : [],
    paused: own('paused') === true,
  };
}

/** Writes one sync setting to the user settings. */
export async function updateSyncSetting<K extends keyof SyncSettings>(key: K, value: SyncSettings[K]): Promise<void> {
  await vscode.workspace.getConfiguration(SYNC_SECTION).update(key, value, vscode.ConfigurationTarget.Global);
}
