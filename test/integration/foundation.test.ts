import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { skilltrace, waitFor, workspaceUri } from './testHost';

describe('Skilltrace in a real VS Code host', () => {
  it('activates lazily and cheaply, and contributes its commands and view', async () => {
    const api = await skilltrace();
    assert.ok(api.activationMs > 0, 'activation time is measured');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['skilltrace.openPanel', 'skilltrace.showLog', 'skilltrace.tutor.focus']) {
      assert.ok(commands.includes(id), `command ${id} is registered`);
    }
    const pkg = vscode.extensions.getExtension('skilltrace.skilltrace')?.packageJSON as { activationEvents?: string[] };
    assert.ok(!pkg.activationEvents?.includes('*'), 'never activates on "*"');
  });

  it('receives a real TypeScript diagnostic and the panel gets it after the ready handshake', async () => {
    const api = await skilltrace();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('src', 'pricing.ts'));
    await vscode.window.showTextDocument(doc);
    const diagnostic = await waitFor('TS2322 from the TypeScript server in the panel state', () =>
      api.getPanelState().diagnostics.find((d) => d.code === '2322' && d.file === doc.uri.toString()),
    );
    assert.equal(diagnostic.source, 'ts');
    assert.equal(diagnostic.severity, 'error');
    assert.equal(diagnostic.line, 3);
    assert.match(diagnostic.message, /Type 'string' is not assignable to type 'number'/);
    assert.equal(diagnostic.label, 'src/pricing.ts');

    await vscode.commands.executeCommand('skilltrace.openPanel');
    await waitFor('the panel to complete its ready handshake', () => (api.isPanelReady() ? true : undefined));
  });

  it('drops the diagnostic once the engineer fixes the code', async () => {
    const api = await skilltrace();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('src', 'pricing.ts'));
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(3);
    await editor.edit((b) => b.replace(line.range, '  return Number.parseFloat(cleaned);'));
    await waitFor('TS2322 to disappear from the panel state', () =>
      api.getPanelState().diagnostics.some((d) => d.code === '2322' && d.file === doc.uri.toString()) ? undefined : true,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
