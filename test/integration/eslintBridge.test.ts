import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from './testHost';

describe('ESLint diagnostics in the host (test bridge running the real ESLint)', () => {
  it('publishes eqeqeq for scripts/report.js', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('scripts', 'report.js'));
    await vscode.window.showTextDocument(doc);
    const d = await waitFor('an eqeqeq diagnostic from eslint', () =>
      vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'eslint' && typeof x.code === 'object' && x.code.value === 'eqeqeq'),
    );
    assert.match(d.message, /Expected '===' and instead saw '=='/);
  });
});
