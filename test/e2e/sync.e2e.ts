import { strict as assert } from 'node:assert';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { getLibraryEntry } from '../../src/core/library/libraryContent';
import { suppressCells } from '../../src/server/aggregates/cellSuppression';
import { startServer, type RunningServer } from '../../src/server/teamServer';
import { skillReportToStatement, type EngineerAgent } from '../../src/shared/syncSchemas';
import { chooseCodeAction, openFile, openWhyCodeAction, panelFrame, repoRoot, resultsDir, runCommand, vsixPath } from './support/workbench';

const admin = `Basic ${Buffer.from('root:correct-horse-battery').toString('base64')}`;

interface RunDir {
  runDir: string;
  dataDir: string;
  extDir: string;
}
interface CodeServerHarness {
  makeRunDir(prefix?: string, settings?: Record<string, unknown>): RunDir;
  copyWorkspace(fixture: string, into?: string): string;
  installVsix(run: RunDir, vsix: string): string;
  startCodeServer(options: { workspace: string; run: RunDir; port?: number; env?: Record<string, string> }): Promise<{ url: string; stop(): Promise<void> }>;
  launchChromium(chromiumPath: string): Promise<BrowserContext>;
  freePort(): Promise<number>;
}

/**
 * The editor, restartable on the same user data (the queue lives in its global storage), with the same browser
 * profile and port, since code-server keeps SecretStorage (the token) in the browser, per origin.
 */
class Editor {
  private server: { url: string; stop(): Promise<void> } | undefined;
  private browser: BrowserContext | undefined;
  private port: number | undefined;
  page!: Page;
  constructor(
    private readonly cs: CodeServerHarness,
    private readonly chromium: string,
    readonly run: RunDir,
    readonly workspace: string,
  ) {}

  get queueFile(): string {
    return path.join(this.run.dataDir, 'User', 'globalStorage', 'skilltrace.skilltrace', 'sync', 'sync-queue.jsonl');
  }

  async start(): Promise<Page> {
    this.port ??= await this.cs.freePort();
    this.server = await this.cs.startCodeServer({ workspace: this.workspace, run: this.run, port: this.port });
    this.browser ??= await this.cs.launchChromium(this.chromium);
    this.page = this.browser.pages()[0] ?? (await this.browser.newPage());
    await this.page.goto(`${this.server.url}/?folder=${encodeURIComponent(this.workspace)}`);
    await this.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await this.page.waitForSelector('.activitybar', { timeout: 90_000 });
    return this.page;
  }

  async newPage(): Promise<Page> {
    return this.browser!.newPage();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(resultsDir, `${name}.png`) });
  }

  /** Stops the editor (code-server and its extension host); the browser stays, as a user's would. */
  async stopEditor(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    await this.stopEditor();
    this.browser = undefined;
  }
}

async function call(server: RunningServer, method: string, route: string, auth: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { authorization: auth, 'x-experience-api-version': '2.0.0', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Types into the quick input box that a command opened and presses Enter. */
async function answerInput(page: Page, promptText: RegExp, value: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-message, .quick-input-title').filter({ hasText: promptText }).first().waitFor({ timeout: 30_000 });
  const input = widget.locator('input').first();
  await input.fill(value);
  await input.press('Enter');
}

/** Answers every item of the tutorial quiz shown in the panel, rightly. */
async function answerQuiz(frame: Frame, conceptId: string): Promise<void> {
  const focus = frame.locator(`section.focus[data-concept="${conceptId}"]`);
  await focus.locator('[data-testid="tutorial"]').waitFor({ timeout: 60_000 });
  const level = (await focus.locator('.provenance').innerText()).startsWith('Advanced') ? 'advanced' : 'fundamentals';
  const quiz = getLibraryEntry(conceptId)![level].quiz;
  for (const [index, item] of quiz.entries()) {
    const box = focus.locator(`.quiz-item[data-index="${index}"]`);
    const verdict = box.locator('.verdict');
    // The panel re-renders from state snapshots (diagnostics keep arriving), which can replace the input between
    // typing and submitting: try again until the verdict shows.
    for (let attempt = 0; attempt < 5 && (await verdict.count()) === 0; attempt++) {
      if (item.kind === 'multiple-choice') await box.locator(`button[data-choice="${item.answerIndex}"]`).click();
      else {
        await box.locator('input.answer-input').fill(item.kind === 'predict-output' ? item.answer : String(item.bugLine));
        await box.locator('button', { hasText: 'Check' }).click();
      }
      await verdict.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await verdict.waitFor({ timeout: 30_000 });
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function pendingIds(queueFile: string): string[] {
  if (!existsSync(queueFile)) return [];
  return readFileSync(queueFile, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .flatMap((line) => {
      const entry = JSON.parse(line) as { pending?: { id: string } };
      return entry.pending ? [entry.pending.id] : [];
    });
}

describe('e2e: from an error and a quiz to the team dashboard (code-server + team server + Chromium)', function () {
  this.timeout(480_000);
  let server: RunningServer;
  let editor: Editor;
  let token = '';

  before(async () => {
    server = await startServer({ database: { kind: 'pglite' }, assetsDir: path.join(repoRoot, 'src', 'server', 'dashboard'), bootstrapAdmin: 'root:correct-horse-battery', log: () => undefined });
    await call(server, 'POST', '/api/admin/teams', admin, { name: 'payments' });
    await call(server, 'POST', '/api/admin/users', admin, { name: 'lena', role: 'lead', team: 'payments', password: 'lena-password-1' });
    await call(server, 'POST', '/api/admin/users', admin, { name: 'ada', role: 'engineer', team: 'payments' });
    ({ token } = (await call(server, 'POST', '/api/admin/tokens', admin, { user: 'ada' })) as { token: string });
    const setup = (await import('../harness/setup.mjs')) as unknown as { ensureCodeServer(): string; ensureChromium(): string };
    const cs = (await import('../harness/codeServer.mjs')) as unknown as CodeServerHarness;
    setup.ensureCodeServer();
    const chromium = setup.ensureChromium();
    const run = cs.makeRunDir('skilltrace-e2e-sync-', { 'workbench.colorTheme': 'Default Dark Modern' });
    cs.installVsix(run, vsixPath);
    const workspace = cs.copyWorkspace(path.join(repoRoot, 'test', 'fixtures', 'sample-workspace'), path.join(run.runDir, 'sample-workspace'));
    editor = new Editor(cs, chromium, run, workspace);
    mkdirSync(resultsDir, { recursive: true });
  });

  after(async () => {
    await editor?.stop();
    await server?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await editor?.screenshot(`e2e-sync-failed-${this.currentTest.title.slice(0, 30).replace(/\W+/g, '-')}`).catch(() => undefined);
  });

  // Skill reports reach mastery_reports through the roll-up queue; catch up first, as a lead's report read does.
  const adaStatements = async (): Promise<{ id: string; concept_id: string | null; verb: string; mastery: number | null; explanation: string | null }[]> =>
    server.server.rollups.catchUp().then(() => server.server.db.query(
      `SELECT s.id::text AS id, r.concept_id, s.verb_id AS verb, r.mastery,
              s.statement->'result'->'extensions'->>'https://skilltrace.dev/xapi/extensions/explanation' AS explanation
       FROM statements s JOIN users u ON u.id = s.owner_id LEFT JOIN mastery_reports r ON r.statement_seq = s.seq WHERE u.name = 'ada'`,
    ));

  let quizConcept = '';

  it('a real error and a quiz answer, then "Turn On Team Sync…" with consent to the exact statements: they arrive', async () => {
    const page = await editor.start();
    await openFile(page, 'src/orders.ts');
    await page.locator('.squiggly-error').first().waitFor({ timeout: 120_000 });
    await openWhyCodeAction(page, '8:13');
    await chooseCodeAction(page, 'Skilltrace: why?');
    const frame = await panelFrame(page, 'section.focus', 90_000);
    quizConcept = (await frame.locator('section.focus').getAttribute('data-concept')) ?? '';
    assert.ok(quizConcept);
    await frame.locator('section.tutorial button[data-action="teach-me"]').click();
    await answerQuiz(frame, quizConcept);
    await editor.screenshot('e2e-sync-quiz-answered');

    await runCommand(page, 'Skilltrace: Turn On Team Sync…');
    await answerInput(page, /team server's address/, server.url);
    await answerInput(page, /sync token/, token);
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 60_000 });
    assert.match(await dialog.innerText(), /Send \d+ skill reports? to 127\.0\.0\.1:\d+ as ada \(team payments\)\?/);
    // Monaco renders spaces as no-break spaces.
    const shown = (await page.locator('.editor-instance .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(shown, /These are exactly the statements Skilltrace will send/);
    const tab = page.locator('.tabs-container .tab[aria-label^="Statements to send.json"]').first();
    assert.equal(await tab.count(), 1, 'shown in its own tab');
    assert.doesNotMatch((await tab.getAttribute('class')) ?? '', /\bdirty\b/, 'read-only: never asks to be saved');
    await editor.screenshot('e2e-sync-consent');
    assert.equal((await adaStatements()).length, 0, 'nothing is sent before consent');
    await dialog.locator('a.monaco-button, button', { hasText: 'Send and Turn On' }).first().click();

    const arrived = await until('the statements on the server', async () => {
      const rows = await adaStatements();
      return rows.some((r) => r.concept_id === quizConcept) ? rows : undefined;
    });
    const report = arrived.find((r) => r.concept_id === quizConcept)!;
    assert.match(report.verb, /\/(attempted|answered|completed)$/);
    assert.match(report.explanation ?? '', /success chance/);
    assert.doesNotMatch(report.explanation ?? '', /orders|\.ts\b|[/\\]/, 'no file names or paths leave the machine');
    assert.equal(new Set(arrived.map((r) => r.id)).size, arrived.length);
    await editor.screenshot('e2e-sync-on');
  });

  it('editor restarted with a full queue (paused, then closed): after resuming, every queued report arrives once', async () => {
    const page = editor.page;
    await runCommand(page, 'Skilltrace: Pause/Resume Team Sync');
    await runCommand(page, 'Skilltrace: Learn a Concept…');
    const pick = page.locator('.quick-input-widget input');
    await pick.fill('Recursion');
    await page.locator('.quick-input-list .monaco-list-row[aria-label^="Recursion"]').first().click();
    const frame = await panelFrame(page, 'section.focus[data-concept="recursion"]', 60_000);
    await answerQuiz(frame, 'recursion');
    const queued = await until('reports queued on disk while paused', async () => {
      const ids = pendingIds(editor.queueFile);
      return ids.length > 0 ? ids : undefined;
    });
    const before = new Set((await adaStatements()).map((r) => r.id));
    for (const id of queued) assert.ok(!before.has(id), 'held back while paused');

    await editor.stopEditor();
    assert.deepEqual(pendingIds(editor.queueFile), queued, 'the queue survived the editor');
    const restarted = await editor.start();
    await restarted.waitForTimeout(3000);
    await runCommand(restarted, 'Skilltrace: Pause/Resume Team Sync');
    const after = await until('the queued reports on the server', async () => {
      const rows = await adaStatements();
      return queued.every((id) => rows.some((r) => r.id === id)) ? rows : undefined;
    });
    assert.equal(new Set(after.map((r) => r.id)).size, after.length, 'nothing stored twice');
    assert.ok(after.some((r) => r.concept_id === 'recursion'));
    await until('an empty queue', async () => (pendingIds(editor.queueFile).length === 0 ? true : undefined), 30_000);
    await runCommand(restarted, 'Skilltrace: Show Sync Status');
    await restarted.locator('.editor-instance .view-lines').filter({ hasText: /Skilltrace\s+team\s+sync:\s+active/ }).first().waitFor({ timeout: 30_000 });
    await editor.screenshot('e2e-sync-status');
  });

  it('the lead sees the team on the dashboard: a cell for the concept six engineers reported, "not enough people" for the rest', async () => {
    // Five more engineers report the quiz concept this week, and five another one, so cells can be shown.
    const now = new Date().toISOString();
    const seeded: Record<string, number[]> = { [quizConcept]: [0.2, 0.3, 0.8, 0.9, 0.7], testing: [0.6, 0.7, 0.8, 0.9, 0.4] };
    for (let i = 0; i < 5; i++) {
      const name = `eng${i}`;
      await call(server, 'POST', '/api/admin/users', admin, { name, role: 'engineer', team: 'payments' });
      const { token: theirs } = (await call(server, 'POST', '/api/admin/tokens', admin, { user: name })) as { token: string };
      const auth = `Bearer ${theirs}`;
      const { agent } = (await call(server, 'GET', '/api/me', auth)) as { agent: EngineerAgent };
      const statements = Object.entries(seeded).map(([conceptId, values]) =>
        skillReportToStatement({ id: randomUUID(), conceptId, conceptName: conceptId, verb: 'progressed', mastery: values[i]!, uncertainty: 0.2, modelVersion: 'e2e', explanation: 'seeded', timestamp: now }, agent),
      );
      // Two of them also report a concept nobody else does: a cell k-anonymity must hide whatever else ran before.
      if (i < 2) statements.push(skillReportToStatement({ id: randomUUID(), conceptId: 'regular-expressions', conceptName: 'regular-expressions', verb: 'progressed', mastery: 0.3, uncertainty: 0.2, modelVersion: 'e2e', explanation: 'seeded', timestamp: now }, agent));
      await call(server, 'POST', '/xapi/statements', auth, statements);
    }
    // What the rules say for this week: count engineers per concept from what was stored, hide as k-anonymity requires.
    await server.server.rollups.catchUp();
    const cells = await server.server.db.query<{ concept_id: string; engineers: number; struggling: number }>(
      `SELECT concept_id, count(*)::integer AS engineers, count(*) FILTER (WHERE mastery < 0.5)::integer AS struggling FROM (
         SELECT DISTINCT ON (user_id, concept_id) user_id, concept_id, mastery FROM mastery_reports ORDER BY user_id, concept_id, at_ms DESC, statement_seq DESC) latest
       GROUP BY concept_id ORDER BY concept_id`,
    );
    const { hidden } = suppressCells(cells.map((c) => [c.engineers]), 5);
    const expected = new Map(cells.map((c, i) => [c.concept_id, hidden[i]![0] ? 'not enough people' : `${Math.round((c.struggling / c.engineers) * 100)}%`]));
    const quizCell = cells.find((c) => c.concept_id === quizConcept)!;
    assert.equal(quizCell.engineers, 6, 'ada and five others');
    assert.notEqual(expected.get(quizConcept), 'not enough people', 'the seeding leaves the quiz concept shown');
    assert.ok([...expected.entries()].some(([concept, text]) => concept !== quizConcept && text === 'not enough people'), 'and some concept hidden');

    const page = await editor.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`${server.url}/`);
    await page.fill('#user', 'lena');
    await page.fill('#secret', 'lena-password-1');
    await page.click('button[type="submit"]');
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    for (const [concept, text] of expected) {
      const row = page.locator('#heatmap tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${concept.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
      const cellsText = await row.locator('td').allInnerTexts();
      assert.equal(cellsText.at(-1), text, `${concept} this week: ${cellsText.join(' | ')}`);
    }
    assert.doesNotMatch(await page.locator('#individuals').innerText(), /\bada\b/, 'ada did not choose to share her own rows');
    await page.screenshot({ path: path.join(resultsDir, 'e2e-sync-dashboard.png'), fullPage: true });
  });
});
