import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { PanelCodeReview, PanelFromHistory } from '../../src/shared/webviewProtocol';
import { skilltrace, waitFor, workspaceUri } from './testHost';
import { startFakeOpenAiServer } from '../support/fakeOpenAiServer';

const ALICE = { name: 'Alice Engineer', email: 'alice@example.com' };
const BOB = { name: 'Bob Other', email: 'bob@example.com' };

/** A commit date this many days back, inside the history analysis' default date bound. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

/** Turns the test workspace into a real git repository: Alice's and Bob's commits, then uncommitted work. */
function makeRepository(root: string): void {
  const git = (args: string[], env: Record<string, string> = {}): string =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env } });
  const write = (file: string, content: string): void => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  const commit = (message: string, who: typeof ALICE, date: string): void => {
    git(['add', '-A']);
    git(['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, 'commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', ALICE.name]);
  git(['config', 'user.email', ALICE.email]);
  git(['config', 'commit.gpgsign', 'false']);
  write('reviewed/jobs.py', 'def run(path):\n    try:\n        return load(path)\n    except:\n        return None\n');
  commit('Add the job runner', ALICE, daysAgo(6));
  write('reviewed/other.py', 'def other(items=[]):\n    return items\n');
  commit('Bob adds other', BOB, daysAgo(5));
  write('reviewed/jobs.py', 'def run(path):\n    try:\n        return load(path)\n    except OSError:\n        return None\n');
  commit('Fix bare except in the job runner', ALICE, daysAgo(4));
  // Uncommitted work to review: a slip on a changed line of a tracked file, and a new file.
  write('reviewed/jobs.py', 'def run(path, seen=[]):\n    try:\n        return load(path)\n    except OSError:\n        return None\n');
  write('reviewed/report.py', 'def report(rows):\n    total = 0\n    try:\n        total = sum(rows)\n    except:\n        pass\n    return total\n');
}

function reviewDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Skilltrace review');
}

describe('teaching in the flow: review hints, history, outcome, paste check (real host, real git)', () => {
  const jobs = () => workspaceUri('reviewed', 'jobs.py');
  const report = () => workspaceUri('reviewed', 'report.py');

  before(async () => {
    const api = await skilltrace();
    await api.whenReady();
    makeRepository(workspaceUri().fsPath);
  });

  it('"Review My Changes" places diagnostics with source "Skilltrace review" on the changed lines', async () => {
    const api = await skilltrace();
    const result = await vscode.commands.executeCommand<PanelCodeReview>('skilltrace.reviewChanges', { target: 'working-tree' });
    assert.equal(result?.status, 'done', JSON.stringify(result));
    const onJobs = await waitFor('review diagnostics on jobs.py', () => (reviewDiagnostics(jobs()).length ? reviewDiagnostics(jobs()) : undefined), 10_000);
    assert.deepEqual(onJobs.map((d) => [d.range.start.line, String(d.code)]), [[0, 'py.mutable-defaults']]);
    assert.notEqual(onJobs[0].severity, vscode.DiagnosticSeverity.Error, 'review findings never look like build errors');
    const onReport = reviewDiagnostics(report());
    assert.deepEqual(onReport.map((d) => [d.range.start.line, String(d.code)]), [[4, 'py.exceptions']]);
    assert.match(onReport[0].message, /except/);
    const panel = api.getPanelState().codeReview;
    assert.equal(panel?.hints.length, 2);
    assert.match(panel?.message ?? '', /2 hints on \d+ added lines in 2 files/);
    assert.equal(panel?.llm.status, 'off');
  });

  it('offers Learn / Dismiss / Fixed as their own kind, and "Learn" feeds the model and opens the tutorial', async () => {
    const api = await skilltrace();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(report()));
    const [diagnostic] = reviewDiagnostics(report());
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', report(), diagnostic.range);
    const ours = actions.filter((a) => a.kind?.value === 'skilltrace.review');
    assert.deepEqual(ours.map((a) => a.title.split(':')[0]), ['Learn', 'Dismiss this hint', 'Got it, fixed']);
    assert.ok(ours.every((a) => !a.isPreferred && a.kind && !vscode.CodeActionKind.QuickFix.contains(a.kind)));
    const learn = ours[0];
    assert.ok(learn.command);
    const before = api.recentObservations(500, 'py.exceptions').length;
    await vscode.commands.executeCommand(learn.command.command, ...(learn.command.arguments ?? []));
    const observed = api.recentObservations(500, 'py.exceptions').slice(before);
    assert.deepEqual(observed.map((o) => [o.source, o.kind]), [['review', 'failure']]);
    const focus = await waitFor('the tutorial on the concept', () => {
      const f = api.getPanelState().focus;
      return f?.conceptId === 'py.exceptions' && f.tutorial.status === 'ready' ? f : undefined;
    });
    assert.match(focus.reason, /review hint at reviewed\/report\.py:5/);
    assert.ok(api.getPanelState().codeReview?.hints.find((h) => h.conceptId === 'py.exceptions')?.accepted);
    // The tutorial is help: the learning outcome now follows this concept.
    const outcome = await waitFor('the outcome row', () => api.getPanelState().outcomes.concepts.find((o) => o.conceptId === 'py.exceptions'));
    assert.equal(outcome.verdict, 'too-early');
    assert.match(outcome.helpLabel, /tutorial/);
    // A second Learn opens the lesson again without counting the slip twice.
    await vscode.commands.executeCommand(learn.command.command, ...(learn.command.arguments ?? []));
    assert.equal(api.recentObservations(500, 'py.exceptions').slice(before).filter((o) => o.source === 'review').length, 1);
  });

  it('hints follow their line when code is inserted above, and a dismissed hint stays dismissed', async () => {
    const api = await skilltrace();
    const doc = await vscode.workspace.openTextDocument(jobs());
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(jobs(), new vscode.Position(0, 0), 'import os\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = await waitFor('the hint to move down two lines', () => reviewDiagnostics(jobs()).find((d) => d.range.start.line === 2), 10_000);
    const [dismiss] = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', jobs(), moved.range)).filter((a) => a.title === 'Dismiss this hint');
    assert.ok(dismiss?.command);
    const before = api.recentObservations(500, 'py.mutable-defaults').length;
    await vscode.commands.executeCommand(dismiss.command.command, ...(dismiss.command.arguments ?? []));
    assert.deepEqual(reviewDiagnostics(jobs()), []);
    assert.deepEqual(api.recentObservations(500, 'py.mutable-defaults').slice(before).map((o) => [o.source, o.kind]), [['review', 'success']], 'dismissing is weak evidence');
    await doc.save();
    const again = await vscode.commands.executeCommand<PanelCodeReview>('skilltrace.reviewChanges', 'working-tree');
    assert.equal(again?.status, 'done');
    assert.deepEqual(reviewDiagnostics(jobs()), [], 'the dismissed finding does not come back');
    assert.equal(reviewDiagnostics(report()).length, 1);
  });

  it('"Analyze My History" reads only Alice\'s commits and seeds observations marked as history, once', async () => {
    const api = await skilltrace();
    const summary = await vscode.commands.executeCommand<PanelFromHistory>('skilltrace.analyzeHistory', { maxCommits: 50 });
    assert.ok(summary, 'the analysis finished');
    assert.equal(summary.commits, 2, 'Bob\'s commit is not Alice\'s history');
    assert.match(summary.author, /alice@example\.com/);
    assert.ok(summary.newEvidence > 0);
    const fixed = summary.concepts.find((c) => c.conceptId === 'py.exceptions');
    assert.equal(fixed?.fixedIn, 1, JSON.stringify(summary.concepts));
    const history = api.recentObservations(500).filter((o) => o.source === 'history');
    assert.ok(history.some((o) => o.conceptId === 'py.exceptions' && o.kind === 'recovery'), JSON.stringify(history));
    assert.ok(history.every((o) => o.strength <= 0.25));
    assert.equal(api.getPanelState().fromHistory?.commits, 2);
    assert.equal(api.getPanelState().view, 'history');
    const again = await vscode.commands.executeCommand<PanelFromHistory>('skilltrace.analyzeHistory', { maxCommits: 50 });
    assert.equal(again?.newEvidence, 0, 'analyzing again feeds nothing twice');
    assert.equal(api.recentObservations(500).filter((o) => o.source === 'history').length, history.length);
  });

  it('offers an explain-it-back check in the panel after a large paste, and the answer feeds the model', async () => {
    const api = await skilltrace();
    const target = workspaceUri('reviewed', 'paste.py');
    writeFileSync(target.fsPath, '# pasted below\n');
    const doc = await vscode.workspace.openTextDocument(target);
    await vscode.window.showTextDocument(doc);
    const pasted = ['def fetch(path):', '    f = open(path)', '    data = f.read()', '    return data', '', 'def parse(text):', '    rows = []', '    for line in text.splitlines():', '        rows.append(line.split(","))', '    return rows', ''].join('\n');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, new vscode.Position(1, 0), pasted);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const offer = await waitFor('the paste-check offer', () => api.getPanelState().pasteCheck, 20_000);
    assert.equal(offer.status, 'offered');
    assert.equal(offer.label, 'reviewed/paste.py');
    await api.handlePanelMessage({ type: 'pasteCheck/start', id: offer.id });
    const asked = await waitFor('the question', () => (api.getPanelState().pasteCheck?.status === 'question' ? api.getPanelState().pasteCheck : undefined), 10_000);
    assert.equal(asked.question?.origin, 'detector');
    assert.equal(asked.question?.conceptId, 'py.context-managers');
    const item = asked.question?.item;
    assert.ok(item?.kind === 'multiple-choice');
    const before = api.recentObservations(500, 'py.context-managers').length;
    await api.handlePanelMessage({ type: 'pasteCheck/answer', id: offer.id, answer: String(item.answerIndex) });
    assert.equal(api.getPanelState().pasteCheck?.answer?.correct, true);
    assert.deepEqual(api.recentObservations(500, 'py.context-managers').slice(before).map((o) => [o.source, o.kind]), [['quiz', 'success']]);
    await api.handlePanelMessage({ type: 'pasteCheck/dismiss', id: offer.id });
    assert.equal(api.getPanelState().pasteCheck, undefined);
  });

  it('with an LLM configured: its findings on changed lines join the detectors\', and a failing LLM leaves the detectors\' hints with a notice', async () => {
    const api = await skilltrace();
    const server = await startFakeOpenAiServer({ models: ['fake-model'] });
    const config = vscode.workspace.getConfiguration('skilltrace.llm');
    const set = async (values: Record<string, unknown>): Promise<void> => {
      for (const [key, value] of Object.entries(values)) await config.update(key, value, vscode.ConfigurationTarget.Global);
    };
    try {
      await set({ provider: 'openai-compatible', baseUrl: server.baseUrl, model: 'fake-model' });
      const finding = { file: 'reviewed/report.py', line: 4, conceptId: 'error-handling', severity: 'warning', message: 'sum() raises TypeError on a non-numeric row; validate the rows first.' };
      server.script({ kind: 'reply', content: JSON.stringify({ findings: [finding] }) });
      const used = await vscode.commands.executeCommand<PanelCodeReview>('skilltrace.reviewChanges', 'working-tree');
      assert.equal(used?.llm.status, 'used', JSON.stringify(used?.llm));
      const llmHint = used?.hints.find((h) => h.origin === 'llm');
      assert.deepEqual([llmHint?.conceptId, llmHint?.line], ['error-handling', 3]);
      assert.ok(reviewDiagnostics(report()).some((d) => d.range.start.line === 3 && String(d.code) === 'error-handling'));
      assert.ok(used?.hints.some((h) => h.origin === 'detector' && h.conceptId === 'py.exceptions'));
      const [request] = server.chatRequests();
      assert.ok(request.rawBody.includes('sum(rows)'), 'the changed code was sent');
      assert.ok(!request.rawBody.includes('Bob adds other') && !request.rawBody.includes('def other('), 'unchanged files were not');
      assert.equal(api.lastSent()?.codeIncluded, true, 'the "what was sent" view shows the review request');

      server.setResponder(() => ({ kind: 'error', status: 500, message: 'upstream exploded' }));
      const failed = await vscode.commands.executeCommand<PanelCodeReview>('skilltrace.reviewChanges', 'working-tree');
      assert.equal(failed?.llm.status, 'failed');
      assert.match(failed?.llm.notice ?? '', /LLM review .* failed.*detectors' findings only/);
      assert.ok(failed?.hints.every((h) => h.origin === 'detector'));
      assert.ok(reviewDiagnostics(report()).some((d) => String(d.code) === 'py.exceptions'));
    } finally {
      await set({ provider: undefined, baseUrl: undefined, model: undefined });
      await server.close();
    }
  });

  it('repeated findings on one concept open a lesson in the panel, once', async () => {
    const api = await skilltrace();
    writeFileSync(workspaceUri('reviewed', 'more_a.py').fsPath, 'def a():\n    try:\n        return 1\n    except:\n        return 0\n');
    writeFileSync(workspaceUri('reviewed', 'more_b.py').fsPath, 'def b():\n    try:\n        return 2\n    except:  # anything\n        return 0\n');
    const result = await vscode.commands.executeCommand<PanelCodeReview>('skilltrace.reviewChanges', 'working-tree');
    assert.deepEqual(result?.lesson && [result.lesson.conceptId, result.lesson.findings, result.lesson.reviews], ['py.exceptions', 3, 2], JSON.stringify(result?.lesson));
    const focus = await waitFor('the lesson in the panel', () => {
      const f = api.getPanelState().focus;
      return f?.conceptId === 'py.exceptions' && f.tutorial.status === 'ready' ? f : undefined;
    });
    assert.match(focus.reason, /Your reviews found this 3 times in 2 reviews/);
    assert.equal(api.getPanelState().view, 'now');
    assert.ok(reviewDiagnostics(workspaceUri('reviewed', 'more_a.py')).some((d) => /Found 3 times in your reviews/.test(d.message)));
    const again = await vscode.commands.executeCommand<PanelCodeReview>('skilltrace.reviewChanges', 'working-tree');
    assert.equal(again?.lesson, undefined, 'the same lesson is not offered again the same week');
  });

  it('with skilltrace.review.onSave, saving a file reviews the working tree quietly', async () => {
    const config = vscode.workspace.getConfiguration('skilltrace.review');
    await config.update('onSave', true, vscode.ConfigurationTarget.Global);
    try {
      const uri = workspaceUri('reviewed', 'more_a.py');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(doc.lineCount, 0), 'def c(cache={}):\n    return cache\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(reviewDiagnostics(uri).some((d) => String(d.code) === 'py.mutable-defaults'), false);
      await doc.save();
      await waitFor('the on-save review to place the new hint', () => reviewDiagnostics(uri).find((d) => String(d.code) === 'py.mutable-defaults'), 20_000);
    } finally {
      await config.update('onSave', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
