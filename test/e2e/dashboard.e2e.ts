import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { skillReportToStatement, type EngineerAgent } from '../../src/shared/syncSchemas';
import { startServer, type RunningServer } from '../../src/server/teamServer';

const admin = `Basic ${Buffer.from('root:correct-horse-battery').toString('base64')}`;
const results = resolve(__dirname, '../../test-results');
const weekMs = 7 * 86_400_000;

async function call(server: RunningServer, method: string, path: string, auth: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

describe('e2e: the team dashboard in Chromium against the real server', function () {
  this.timeout(120_000);
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer({
      database: { kind: 'pglite' },
      assetsDir: resolve(__dirname, '../../src/server/dashboard'),
      bootstrapAdmin: 'root:correct-horse-battery',
      log: () => undefined,
    });
    await call(server, 'POST', '/api/admin/teams', admin, { name: 'payments' });
    await call(server, 'POST', '/api/admin/users', admin, { name: 'lena', role: 'lead', team: 'payments', password: 'lena-password-1' });
    const now = Date.now();
    // (Playwright gives the browser a fresh temporary profile.)
    // Twelve engineers over four weeks: async-await struggle rises, closures stays low, generics has only three people.
    for (let i = 0; i < 12; i++) {
      const name = `eng${String(i).padStart(2, '0')}`;
      await call(server, 'POST', '/api/admin/users', admin, { name, role: 'engineer', team: 'payments' });
      const { token } = (await call(server, 'POST', '/api/admin/tokens', admin, { user: name })) as { token: string };
      const auth = `Bearer ${token}`;
      const { agent } = (await call(server, 'GET', '/api/me', auth)) as { agent: EngineerAgent };
      const statements = [];
      for (let weeksAgo = 3; weeksAgo >= 0; weeksAgo--) {
        const timestamp = new Date(now - weeksAgo * weekMs).toISOString();
        const struggling = weeksAgo === 0 ? i < 8 : weeksAgo === 1 ? i < 4 : i < 2;
        const report = (conceptId: string, mastery: number) =>
          skillReportToStatement(
            { id: randomUUID(), conceptId, conceptName: conceptId, verb: 'progressed', mastery, uncertainty: 0.2, modelVersion: 'bkt-1', explanation: 'e2e', timestamp },
            agent,
          );
        statements.push(report('async-await', struggling ? 0.25 : 0.8));
        statements.push(report('closures', i % 6 === 0 ? 0.3 : 0.85));
        if (i < 3) statements.push(report('generics', 0.2));
        // Six people on testing: the smallest shown cell, so it is the one hidden to protect generics.
        if (i < 6) statements.push(report('testing', 0.7));
      }
      await call(server, 'POST', '/xapi/statements', auth, statements);
      if (i === 5) await call(server, 'PUT', '/api/me/sharing', auth, { share: true });
    }
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('console', (message) => {
      // Failed fetches (the deliberate 401) are logged too; what must not happen is a CSP violation or a script error.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) consoleErrors.push(message.text());
    });
    mkdirSync(results, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses an engineer and explains why', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('#user', 'lena');
    await page.fill('#secret', 'wrong-password');
    await page.click('button[type="submit"]');
    await page.locator('#login-error').filter({ hasText: 'Sign-in failed' }).waitFor();
    assert.match(await page.locator('#login-error').innerText(), /invalid credentials/);
  });

  it('shows the lead a heatmap with "not enough people", trends, emerging gaps, sessions and sharing engineers only', async () => {
    await page.fill('#user', 'lena');
    await page.fill('#secret', 'lena-password-1');
    await page.click('button[type="submit"]');
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 30_000 });
    await page.selectOption('#weeks', '4');
    await page.waitForFunction(() => document.querySelectorAll('#heatmap thead th').length === 5);
    await page.screenshot({ path: join(results, 'dashboard-lead.png'), fullPage: true });

    const rowText = async (concept: string): Promise<string[]> =>
      page.locator('#heatmap tbody tr', { has: page.locator('th', { hasText: concept }) }).locator('td').allInnerTexts();
    assert.deepEqual(await rowText('generics'), ['not enough people', 'not enough people', 'not enough people', 'not enough people']);
    const asyncRow = await rowText('async-await');
    assert.equal(asyncRow.length, 4);
    assert.ok(asyncRow.every((text) => /^\d+%$/.test(text) || text === 'not enough people'), asyncRow.join('|'));
    assert.equal(asyncRow[3], '67%', 'eight of twelve struggle this week');
    assert.ok(!(await page.locator('#heatmap').innerText()).match(/\b0 engineers\b/));

    const gaps = await page.locator('#gaps').innerText();
    assert.match(gaps, /async-await: struggle up from \d+% to 67%/);
    assert.match(await page.locator('#sessions').innerText(), /async-await/);
    assert.deepEqual(await rowText('testing'), ['not enough people', 'not enough people', 'not enough people', 'not enough people'], 'hidden so generics cannot be derived from the week total');
    assert.equal(await page.locator('#trends .trend').count(), 4);
    assert.equal(await page.locator('#login').isVisible(), false);
    assert.ok((await page.locator('#trends .trend polyline').count()) >= 1);
    const individuals = await page.locator('#individuals').innerText();
    assert.match(individuals, /eng05/);
    assert.doesNotMatch(individuals, /eng0[0-46-9]|eng1/);
    assert.match(await page.locator('#audit').innerText(), /lena: team-report\/read/);
    assert.deepEqual(consoleErrors, [], 'no CSP violations or script errors');
  });

  it('keeps working keyboard-only and at a narrow width', async () => {
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.focus('#weeks');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('body[data-loaded="true"]');
    await page.screenshot({ path: join(results, 'dashboard-narrow.png'), fullPage: true });
    assert.ok((await page.locator('#heatmap tbody tr').count()) >= 4);
  });
});
