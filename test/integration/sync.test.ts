import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SkilltraceApi } from '../../src/extension/extension';
import type { ConsentRequest, ExclusionChoice, SyncPrompts } from '../../src/extension/sync/syncPrompts';
import { skilltrace, waitFor } from './testHost';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const adminAuth = `Basic ${Buffer.from('root:correct-horse-battery').toString('base64')}`;

/** The team server as its own process (the built command line), on an embedded database in a temp folder. */
async function startServerProcess(): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = {};
  // The extension host's own variables (VSCODE_*, NODE_OPTIONS, ELECTRON_*) are not for the server.
  for (const [key, value] of Object.entries(process.env)) if (!/^(VSCODE_|ELECTRON_|NODE_OPTIONS)/.test(key)) env[key] = value;
  env.SKILLTRACE_ADMIN = 'root:correct-horse-battery';
  env.DATABASE_URL = '';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'skilltrace-sync-it-'));
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'server', '--port', '0', '--data-dir', dataDir], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the server exited (${code}): ${output}`));
    });
  });
  return { child, url };
}

async function call(url: string, method: string, route: string, auth: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { authorization: auth, 'x-experience-api-version': '2.0.0', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

interface ServerStatement {
  id: string;
  verb: { id: string };
  object: { id: string };
  result?: { extensions?: Record<string, unknown> };
}

/** Every statement on the server about the engineer, as the admin reads them (voided ones are not listed). */
async function statementsOf(url: string, engineer: string): Promise<ServerStatement[]> {
  const agent = JSON.stringify({ account: { homePage: 'https://skilltrace.dev/accounts', name: engineer } });
  const out: ServerStatement[] = [];
  let route: string | undefined = `/xapi/statements?limit=100&agent=${encodeURIComponent(agent)}`;
  while (route) {
    const page = (await call(url, 'GET', route, adminAuth)) as { statements: ServerStatement[]; more: string };
    out.push(...page.statements);
    route = page.more || undefined;
  }
  return out;
}

/** Answers team sync's questions as the engineer would, and records what was shown. */
class ScriptedPrompts implements SyncPrompts {
  serverUrlAnswer: string | undefined;
  tokenAnswer: string | undefined;
  consentAnswer = true;
  exclusionAnswer: string[] | undefined;
  withdrawAnswer = false;
  revokeAnswer = true;
  readonly consents: ConsentRequest[] = [];
  readonly documents: string[] = [];
  readonly problems: { message: string; actions: string[] }[] = [];
  exclusionChoices: ExclusionChoice[] = [];

  async serverUrl(): Promise<string | undefined> {
    return this.serverUrlAnswer;
  }
  async token(): Promise<string | undefined> {
    return this.tokenAnswer;
  }
  async confirmInsecure(): Promise<boolean> {
    return false;
  }
  async consent(request: ConsentRequest): Promise<boolean> {
    this.consents.push(request);
    return this.consentAnswer;
  }
  async exclusions(choices: ExclusionChoice[]): Promise<string[] | undefined> {
    this.exclusionChoices = choices;
    return this.exclusionAnswer;
  }
  async withdraw(): Promise<boolean> {
    return this.withdrawAnswer;
  }
  async confirmRevoke(): Promise<boolean> {
    return this.revokeAnswer;
  }
  async showDocument(_name: string, content: string): Promise<void> {
    this.documents.push(content);
  }
  async problem(message: string, actions: string[]): Promise<string | undefined> {
    this.problems.push({ message, actions });
    return undefined;
  }
}

/** Opens a concept's library tutorial and answers its quiz items (right or wrong), as the panel would. */
async function answerQuiz(api: SkilltraceApi, conceptId: string, rightAnswers: boolean[]): Promise<void> {
  await api.handlePanelMessage({ type: 'concept/open', conceptId });
  await api.handlePanelMessage({ type: 'tutorial/request', conceptId });
  const focus = await waitFor(`the ${conceptId} tutorial`, () => {
    const f = api.getPanelState().focus;
    return f?.conceptId === conceptId && f.tutorial.status === 'ready' ? f : undefined;
  });
  const quiz = focus.tutorial.status === 'ready' ? focus.tutorial.tutorial.quiz : [];
  for (const [index, right] of rightAnswers.entries()) {
    const item = quiz[index];
    if (!item) break;
    const correct = item.kind === 'multiple-choice' ? String(item.answerIndex) : item.kind === 'predict-output' ? item.answer : String(item.bugLine);
    const wrong = item.kind === 'multiple-choice' ? String((item.answerIndex + 1) % item.choices.length) : 'certainly not this';
    await api.handlePanelMessage({ type: 'quiz/answer', conceptId, index, answer: right ? correct : wrong });
  }
}

const syncConfig = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('skilltrace.sync');

describe('team sync in the real extension host, against the real server process', function () {
  this.timeout(120_000);
  let server: { child: ChildProcess; url: string };
  let api: SkilltraceApi;
  const prompts = new ScriptedPrompts();
  let token = '';
  let tokenId = 0;

  before(async () => {
    server = await startServerProcess();
    await call(server.url, 'POST', '/api/admin/teams', adminAuth, { name: 'payments' });
    await call(server.url, 'POST', '/api/admin/users', adminAuth, { name: 'ada', role: 'engineer', team: 'payments' });
    ({ token, tokenId } = (await call(server.url, 'POST', '/api/admin/tokens', adminAuth, { user: 'ada' })) as { token: string; tokenId: number });
    api = await skilltrace();
    await api.whenReady();
    api.sync.usePromptsForTests(prompts);
    prompts.serverUrlAnswer = server.url;
    prompts.tokenAnswer = token;
  });

  after(async () => {
    for (const key of ['enabled', 'serverUrl', 'excludedConcepts', 'paused']) await syncConfig().update(key, undefined, vscode.ConfigurationTarget.Global);
    if (server?.child.pid) process.kill(server.child.pid, 'SIGTERM');
  });

  it('is off by default with application-scoped settings, and contributes its six commands', async () => {
    const ext = vscode.extensions.getExtension('skilltrace.skilltrace')!;
    const properties = (ext.packageJSON as { contributes: { configuration: { properties: Record<string, { scope: string; default: unknown; description: string }> } } }).contributes.configuration.properties;
    for (const key of ['enabled', 'serverUrl', 'excludedConcepts', 'paused']) {
      const setting = properties[`skilltrace.sync.${key}`];
      assert.ok(setting, key);
      assert.equal(setting.scope, 'application', `${key} cannot be set by a workspace`);
      assert.ok(setting.description.length > 20);
    }
    assert.equal(syncConfig().inspect('enabled')?.defaultValue, false);
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['turnOn', 'preview', 'excludeConcepts', 'togglePause', 'revoke', 'showStatus']) assert.ok(commands.includes(`skilltrace.sync.${id}`), id);
    assert.equal((await api.sync.status()).state, 'off');
    await vscode.commands.executeCommand('skilltrace.sync.preview');
    assert.match(prompts.documents.at(-1) ?? '', /Team sync is off: nothing is sent/);
  });

  it('sends and stores nothing when the engineer declines consent', async () => {
    await answerQuiz(api, 'null-safety', [true, false, true]);
    prompts.consentAnswer = false;
    await vscode.commands.executeCommand('skilltrace.sync.turnOn');
    assert.equal(prompts.consents.length, 1, 'asked, with the statements shown');
    assert.ok(prompts.consents[0]!.statementCount >= 1);
    assert.equal(syncConfig().inspect('enabled')?.globalValue, undefined);
    assert.equal((await api.sync.status()).state, 'off');
    assert.equal((await statementsOf(server.url, 'ada')).length, 0);
  });

  it('turns on with consent: the exact statements shown arrive, the token only in secret storage', async () => {
    prompts.consentAnswer = true;
    await vscode.commands.executeCommand('skilltrace.sync.turnOn');
    const shown = JSON.parse(prompts.consents.at(-1)!.document) as { statements: { id: string; verb: { id: string }; object: { id: string } }[] };
    assert.ok(shown.statements.some((s) => s.object.id.endsWith('/null-safety')));
    const arrived = await statementsOf(server.url, 'ada');
    assert.deepEqual(arrived.map((s) => s.id).sort(), shown.statements.map((s) => s.id).sort(), 'exactly the consented statements');
    const nullSafety = arrived.find((s) => s.object.id.endsWith('/null-safety'))!;
    assert.match(nullSafety.verb.id, /\/attempted$/, 'the first report on a concept (answers made while sync was off are not tracked)');
    assert.equal(syncConfig().inspect('enabled')?.globalValue, true);
    assert.equal(syncConfig().inspect('serverUrl')?.globalValue, server.url);
    const status = await api.sync.status();
    assert.equal(status.state, 'active');
    assert.equal(status.engineer, 'ada');
    assert.equal(status.pending, 0);
    assert.ok(!JSON.stringify(vscode.workspace.getConfiguration('skilltrace')).includes(token), 'the token is not in settings');
    assert.ok(!readFileSync(api.sync.queuePath, 'utf8').includes(token), 'nor in the queue file');
    const explanation = String(nullSafety.result?.extensions?.['https://skilltrace.dev/xapi/extensions/explanation'] ?? '');
    assert.match(explanation, /success chance/);
    assert.doesNotMatch(explanation, /[/\\]|\.ts\b/, 'no paths');
  });

  it('pause holds new reports on this machine; resume sends them', async () => {
    await vscode.commands.executeCommand('skilltrace.sync.togglePause');
    assert.equal((await api.sync.status()).state, 'paused');
    const before = (await statementsOf(server.url, 'ada')).length;
    await answerQuiz(api, 'error-handling', [false, false, true]);
    await api.sync.syncNow();
    const paused = await api.sync.status();
    assert.ok(paused.pending >= 1, 'queued');
    assert.equal((await statementsOf(server.url, 'ada')).length, before, 'not sent');
    await vscode.commands.executeCommand('skilltrace.sync.preview');
    const preview = JSON.parse(prompts.documents.at(-1)!) as { pending: { object: { id: string } }[]; note: string };
    assert.match(preview.note, /paused/);
    assert.ok(preview.pending.some((s) => s.object.id.endsWith('/error-handling')));
    await vscode.commands.executeCommand('skilltrace.sync.togglePause');
    await api.sync.syncNow();
    assert.equal((await api.sync.status()).pending, 0);
    const errorHandling = (await statementsOf(server.url, 'ada')).find((s) => s.object.id.endsWith('/error-handling'));
    assert.ok(errorHandling);
    assert.match(errorHandling.verb.id, /\/completed$/, 'the whole quiz was answered while sync was on');
  });

  it('excluding a concept holds back its reports and, when asked, withdraws those already sent', async () => {
    prompts.exclusionAnswer = ['error-handling'];
    prompts.withdrawAnswer = true;
    await vscode.commands.executeCommand('skilltrace.sync.excludeConcepts');
    assert.ok(prompts.exclusionChoices.some((c) => c.conceptId === 'null-safety' && !c.excluded));
    assert.deepEqual(syncConfig().inspect('excludedConcepts')?.globalValue, ['error-handling']);
    assert.ok(!(await statementsOf(server.url, 'ada')).some((s) => s.object.id.endsWith('/error-handling')), 'voided on the server');
    await answerQuiz(api, 'error-handling', [true, true, true]);
    await api.sync.syncNow();
    assert.ok(!(await statementsOf(server.url, 'ada')).some((s) => s.object.id.endsWith('/error-handling')), 'and not reported again');
  });

  it('recovers a damaged queue file with a visible warning, keeps the damaged copy and loses no report', async () => {
    await vscode.commands.executeCommand('skilltrace.sync.togglePause');
    await answerQuiz(api, 'closures', [false, true]);
    await answerQuiz(api, 'recursion', [true, false]);
    await api.sync.syncNow();
    const queued = JSON.parse((await api.sync.previewText())) as { pending: { id: string }[] };
    assert.ok(queued.pending.length >= 2, `${queued.pending.length} queued`);
    // Damage from outside the extension (a disk, a sync tool): the file is cut in the middle of a line.
    const text = readFileSync(api.sync.queuePath, 'utf8');
    writeFileSync(api.sync.queuePath, text.slice(0, text.length - 30));
    // Whichever reads it first (this reload, or a sync a natural break started) recovers it and says so.
    const warnings = await api.sync.reloadQueue();
    assert.deepEqual((await api.sync.status()).warnings, warnings);
    assert.ok(warnings.some((w) => /damaged file was kept|unreadable line|holds \d+ of the/.test(w)), warnings.join(' | '));
    assert.ok(readdirSync(path.dirname(api.sync.queuePath)).some((f) => f.includes('.corrupt-')), 'the damaged copy is kept');
    assert.ok(prompts.problems.some((p) => /recovered its team sync queue/.test(p.message) && p.actions.includes("Don't Show Again")), 'the engineer is told');
    const recovered = JSON.parse(await api.sync.previewText()) as { pending: { id: string }[] };
    for (const entry of queued.pending) assert.ok(recovered.pending.some((r) => r.id === entry.id), `${entry.id} survived`);
    await vscode.commands.executeCommand('skilltrace.sync.togglePause');
    await api.sync.syncNow();
    const ids = (await statementsOf(server.url, 'ada')).map((s) => s.id);
    for (const entry of queued.pending) assert.ok(ids.includes(entry.id), 'delivered after recovery');
    assert.equal(new Set(ids).size, ids.length, 'each once');
  });

  it('a revoked token stops sync with reports kept and an actionable error; a new token resumes', async () => {
    await call(server.url, 'DELETE', `/api/admin/tokens/${tokenId}`, adminAuth);
    await answerQuiz(api, 'generics', [false, false]);
    const blocked = await api.sync.syncNow();
    assert.equal(blocked?.outcome, 'blocked');
    const status = await api.sync.status();
    assert.equal(status.state, 'needs-token');
    assert.ok(status.pending >= 1);
    const problem = prompts.problems.find((p) => /refused your token/.test(p.message));
    assert.ok(problem, 'shown');
    assert.deepEqual(problem.actions, ['Enter New Token', 'Show Log', "Don't Show Again"]);
    await api.sync.syncNow();
    assert.equal(prompts.problems.filter((p) => /refused your token/.test(p.message)).length, 1, 'shown once, not at every retry');

    ({ token, tokenId } = (await call(server.url, 'POST', '/api/admin/tokens', adminAuth, { user: 'ada' })) as { token: string; tokenId: number });
    prompts.tokenAnswer = token;
    await vscode.commands.executeCommand('skilltrace.sync.turnOn');
    const shown = JSON.parse(prompts.consents.at(-1)!.document) as { statements: { object: { id: string } }[] };
    assert.ok(shown.statements.some((s) => s.object.id.endsWith('/generics')), 'the waiting reports are shown again before they go');
    assert.equal((await api.sync.status()).state, 'active');
    assert.ok((await statementsOf(server.url, 'ada')).some((s) => s.object.id.endsWith('/generics')));
  });

  it('revocation voids and deletes everything on the server, clears the queue and the token, and turns sync off', async () => {
    assert.ok((await statementsOf(server.url, 'ada')).length > 0);
    await vscode.commands.executeCommand('skilltrace.sync.revoke');
    assert.equal((await statementsOf(server.url, 'ada')).length, 0, 'nothing left on the server');
    const [row] = ((await call(server.url, 'GET', `/xapi/statements?limit=1&agent=${encodeURIComponent(JSON.stringify({ account: { homePage: 'https://skilltrace.dev/accounts', name: 'ada' } }))}`, adminAuth)) as { statements: unknown[] }).statements;
    assert.equal(row, undefined);
    assert.equal(syncConfig().inspect('enabled')?.globalValue, false);
    const status = await api.sync.status();
    assert.equal(status.state, 'off');
    assert.equal(status.pending, 0);
    const left = existsSync(api.sync.queuePath) ? readFileSync(api.sync.queuePath, 'utf8').trim().split('\n') : [];
    assert.ok(left.length <= 1 && !/statement|reported":\{"/.test(left.join('')), `no statement left on this machine: ${left.join('').slice(0, 300)}`);
    assert.ok(!readdirSync(path.dirname(api.sync.queuePath)).some((f) => f.includes('.corrupt-') || f.endsWith('.bak')), 'nor in backups or damaged copies');
    // With the token gone, turning on again needs a new one: the stored one was removed.
    prompts.tokenAnswer = '';
    await vscode.commands.executeCommand('skilltrace.sync.turnOn');
    assert.ok(prompts.problems.some((p) => /token is empty/.test(p.message)));
  });
});
