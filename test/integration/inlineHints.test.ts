import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { skilltrace, waitFor, workspaceUri } from './testHost';

describe('inline hints at the error site', () => {
  let doc: vscode.TextDocument;
  let diagnostic: vscode.Diagnostic;

  before(async () => {
    const api = await skilltrace();
    doc = await vscode.workspace.openTextDocument(workspaceUri('src', 'orders.ts'));
    await vscode.window.showTextDocument(doc);
    diagnostic = await waitFor('TS18048 on orders.ts', () => vscode.languages.getDiagnostics(doc.uri).find((d) => String(d.code) === '18048'));
    await waitFor('the panel state to carry the mapped diagnostic', () => api.getPanelState().diagnostics.find((d) => d.code === '18048' && d.conceptIds.length > 0));
  });

  it('offers "Skilltrace: why?" as its own kind, after the real quick fixes, and it opens the concept at the first hint rung', async () => {
    const api = await skilltrace();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range);
    const why = actions.find((a) => a.title.startsWith('Skilltrace: why?'));
    assert.ok(why, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(why.kind?.value, 'skilltrace.why');
    assert.ok(!why.isPreferred);
    assert.ok(why.kind && !vscode.CodeActionKind.QuickFix.contains(why.kind), 'not a quick fix kind, so the quick-fix list and its preferred fix stay the language server\'s');
    const realFixes = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
    for (const fix of realFixes) assert.ok(actions.indexOf(why) > actions.indexOf(fix), `"${why.title}" comes after "${fix.title}"`);
    assert.ok(why.command);
    await vscode.commands.executeCommand(why.command.command, ...(why.command.arguments ?? []));
    const focus = await waitFor('the panel to focus the concept with a first hint', () => {
      const f = api.getPanelState().focus;
      return f && f.hints.length > 0 ? f : undefined;
    });
    const state = api.getPanelState();
    assert.ok(state.diagnostics.find((d) => d.code === '18048')?.conceptIds.includes(focus.conceptId));
    assert.equal(focus.hints[0]?.rung, 'nudge');
    assert.match(focus.reason, /line 8/);
  });

  it('shows the concept in the diagnostic hover, with a link to its tutorial', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, diagnostic.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /\*\*Skilltrace\*\*/);
    assert.match(text, /command:skilltrace\.learnConcept/);
  });

  it('says nothing on a line without a mapped diagnostic', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.doesNotMatch(text, /Skilltrace/);
  });
});
