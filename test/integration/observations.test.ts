import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { mapDiagnosticToConcepts } from '../../src/extension/conceptMapper';
import { skilltrace, waitFor, workspaceUri } from './testHost';

async function replaceLine(editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  const ok = await editor.edit((b) => b.replace(editor.document.lineAt(line).range, text));
  assert.ok(ok, 'the edit applied');
}

describe('observations from real diagnostics in the host', () => {
  it('a TypeScript error the engineer introduces is a failure for the mapped concept; fixing it is a recovery with time to fix', async () => {
    const api = await skilltrace();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('src', 'invoice.ts'));
    const editor = await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 1500)); // let the language server answer for the clean file (the baseline)
    const line = 6;
    const original = doc.lineAt(line).text;
    await replaceLine(editor, line, '  return items.map((item) => item.description);');
    const failure = await waitFor('a failure observation for TS2322', () =>
      api.recentObservations(200).find((o) => o.kind === 'failure' && o.source === 'diagnostic' && o.evidence.diagnosticCode === '2322' && o.evidence.file === 'src/invoice.ts'),
    );
    const diagnostic = vscode.languages.getDiagnostics(doc.uri).find((d) => String(d.code) === '2322');
    assert.ok(diagnostic, 'the TypeScript server reports TS2322');
    const expected = mapDiagnosticToConcepts({ code: '2322', source: 'ts', message: diagnostic.message, severity: 'error', range: { startLine: 6, startCharacter: 0, endLine: 6, endCharacter: 1 } }, 'typescript').concepts.map((c) => c.id);
    assert.ok(expected.length > 0, 'the mapper names a concept for TS2322');
    assert.ok(expected.includes(failure.conceptId), `failure for ${failure.conceptId}, mapper says ${expected.join(', ')}`);
    assert.equal(failure.evidence.range?.startLine, 6);
    assert.match(failure.evidence.messageExcerpt ?? '', /not assignable to type 'number'/);

    await replaceLine(editor, line, original);
    const recovery = await waitFor('a recovery observation for TS2322', () =>
      api.recentObservations(200).find((o) => o.kind === 'recovery' && o.conceptId === failure.conceptId && o.evidence.diagnosticCode === '2322' && o.timestamp >= failure.timestamp),
    );
    assert.ok((recovery.evidence.timeToFixMs ?? -1) > 0, 'the recovery carries the time to fix');
    await doc.save();
  });

  it('an ESLint rule broken by an edit is a failure (preexisting ones are not), and its fix a recovery', async () => {
    const api = await skilltrace();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('scripts', 'report.js'));
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor('the preexisting eqeqeq diagnostic', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'eslint') ?? undefined);
    await new Promise((r) => setTimeout(r, 1000));
    assert.ok(!api.recentObservations(500).some((o) => o.evidence.file === 'scripts/report.js' && o.kind === 'failure'), 'the diagnostics the file had when opened are not blamed on the engineer');

    const ok = await editor.edit((b) => b.insert(new vscode.Position(2, 0), "  if (jobs.length == 0) return 'none';\n"));
    assert.ok(ok);
    const failure = await waitFor('a failure observation for eqeqeq', () =>
      api.recentObservations(500).find((o) => o.kind === 'failure' && o.evidence.diagnosticCode === 'eqeqeq' && o.evidence.file === 'scripts/report.js' && o.evidence.range?.startLine === 2),
    );
    const expected = mapDiagnosticToConcepts({ code: 'eqeqeq', source: 'eslint', message: "Expected '===' and instead saw '=='.", severity: 'error', range: failure.evidence.range! }, 'javascript').concepts.map((c) => c.id);
    assert.ok(expected.includes(failure.conceptId), `failure for ${failure.conceptId}, mapper says ${expected.join(', ')}`);

    await editor.edit((b) => b.replace(new vscode.Range(2, 0, 3, 0), "  if (jobs.length === 0) return 'none';\n"));
    await waitFor('a recovery observation for eqeqeq', () =>
      api.recentObservations(500).find((o) => o.kind === 'recovery' && o.evidence.diagnosticCode === 'eqeqeq' && o.timestamp >= failure.timestamp),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('typing a new function keystroke by keystroke never blames the errors the file already had', async () => {
    const api = await skilltrace();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('src', 'orders.ts'));
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor('the preexisting TS18048 errors on line 8', () => (vscode.languages.getDiagnostics(doc.uri).filter((d) => d.range.start.line === 7).length >= 2 ? true : undefined));
    const seen: string[] = [];
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString())) seen.push(vscode.languages.getDiagnostics(doc.uri).map((d) => `${d.range.start.line + 1}:${String(d.code)}`).join(','));
    });
    const since = Date.now();
    try {
      const text = '\nexport const firstSku = (order: Order): string => order.items.find((i) => i.quantity > 0).sku;';
      for (const ch of text) {
        const end = doc.lineAt(doc.lineCount - 1).range.end;
        assert.ok(await editor.edit((b) => b.insert(end, ch)));
        await new Promise((r) => setTimeout(r, 15));
      }
      await waitFor('the new error on the typed line', () =>
        api.recentObservations(500).find((o) => o.kind === 'failure' && o.evidence.file === 'src/orders.ts' && o.timestamp >= since && (o.evidence.range?.startLine ?? 0) >= 13),
      );
      await new Promise((r) => setTimeout(r, 2500));
      const blamed = api.recentObservations(500).filter((o) => o.evidence.file === 'src/orders.ts' && o.timestamp >= since && o.evidence.range?.startLine === 7);
      assert.deepEqual(blamed.map((o) => `${o.kind} ${o.evidence.diagnosticCode}`), [], `diagnostic snapshots while typing: ${seen.join(' | ')}`);
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
