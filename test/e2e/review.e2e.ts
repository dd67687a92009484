import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openFile, openSkilltraceView, panelFrame, runCommand, startWorkbench, type Workbench } from './support/workbench';

const ALICE = { name: 'Alice Engineer', email: 'alice@example.com' };
const BOB = { name: 'Bob Other', email: 'bob@example.com' };

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}

/** A real repository in the workspace: Alice's and Bob's commits, then Alice's uncommitted change to invoice.ts. */
function makeRepository(root: string): void {
  const git = (args: string[], env: Record<string, string> = {}): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env } });
  const commit = (message: string, who: typeof ALICE, date: string): void => {
    git(['add', '-A']);
    git(['-c', `user.name=${who.name}`, '-c', `user.email=${who.email}`, 'commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', ALICE.name]);
  git(['config', 'user.email', ALICE.email]);
  const orders = path.join(root, 'src', 'orders.ts');
  const fixed = readFileSync(orders, 'utf8');
  writeFileSync(orders, fixed.replace('order.coupon.code', 'order.coupon!.code'));
  commit('Add the sample project', ALICE, daysAgo(9));
  writeFileSync(path.join(root, 'src', 'extra.ts'), 'export const extra = 1;\n');
  commit('Bob adds extra', BOB, daysAgo(8));
  writeFileSync(orders, fixed);
  commit('Fix null check in the discount label', ALICE, daysAgo(7));
  appendFileSync(
    path.join(root, 'src', 'invoice.ts'),
    ['', 'export function isFree(items: LineItem[]): boolean {', '  const total: any = invoiceTotal(items);', '  return total == 0;', '}', ''].join('\n'),
  );
}

describe('e2e: review my changes and the history cold start, in the real workbench', () => {
  let wb: Workbench;

  before(async () => {
    wb = await startWorkbench({ settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
    makeRepository(wb.workspace);
  });

  after(async () => {
    await wb?.stop();
  });

  it('a real diff → "Review My Changes" from the command palette → hints in place and in the panel', async () => {
    const { page } = wb;
    await openFile(page, 'src/invoice.ts');
    await runCommand(page, 'Skilltrace: Review My Changes');
    // The quick pick asks which changes; the working tree holds the edit.
    const working = page.locator('.quick-input-list .monaco-list-row[aria-label^="Working tree"]').first();
    await working.waitFor({ timeout: 30_000 });
    await working.click();
    // The loose-equality hint is an Information diagnostic: a blue squiggle on line 12 (its concept is named after the
    // line by a decoration, which the screenshot shows: VS Code draws it with CSS, not as text).
    await page.locator('.squiggly-info').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    await wb.screenshot('e2e-review-hints-in-place');

    await openSkilltraceView(page);
    const frame = await panelFrame(page, '#tab-review', 60_000);
    await frame.locator('#tab-review').click();
    await frame.locator('section.code-review').waitFor({ timeout: 30_000 });
    await frame.locator('li.review-hint').first().waitFor({ timeout: 30_000 });
    const concepts = await frame.locator('li.review-hint').evaluateAll((items) => items.map((item) => item.getAttribute('data-concept')));
    assert.deepEqual([...concepts].sort(), ['equality-comparison', 'ts.unknown-vs-any']);
    assert.match(await frame.locator('[data-testid="code-review-summary"]').innerText(), /Working tree: 2 hints on \d+ added lines in 1 file, by the built-in detectors \(offline\)\./);
    await wb.screenshot('e2e-review-panel');

    // "Learn" on the equality hint: the tutorial opens in the panel (help the learning outcome then follows).
    await frame.locator('li.review-hint[data-concept="equality-comparison"] button[data-action="learn"]').click();
    await frame.locator('section.focus[data-concept="equality-comparison"] [data-testid="tutorial"]').waitFor({ timeout: 60_000 });
  });

  it('"Analyze My History" → the panel shows "From your history" and "Did the help stick?"', async () => {
    const { page } = wb;
    await runCommand(page, 'Skilltrace: Analyze My History');
    const frame = await panelFrame(page, '[data-testid="history-summary"]', 90_000);
    const summary = await frame.locator('[data-testid="history-summary"]').innerText();
    assert.match(summary, /^2 commits by Alice Engineer <alice@example\.com>/, summary);
    await frame.locator('section.from-history li[data-concept="null-safety"]').waitFor({ timeout: 30_000 });
    const outcome = frame.locator('section.outcomes li[data-concept="equality-comparison"]');
    await outcome.waitFor({ timeout: 30_000 });
    assert.equal(await outcome.getAttribute('data-verdict'), 'too-early');
    assert.match(await outcome.innerText(), /too early to tell/);
    await wb.screenshot('e2e-history-and-outcome');
  });
});
