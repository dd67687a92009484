// Drives the real VS Code workbench (code-server) in Debian's Chromium for end-to-end scenarios.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const resultsDir = path.join(repoRoot, 'test-results');
export const vsixPath = path.join(repoRoot, 'dist', 'skilltrace.vsix');

interface Harness {
  ensureChromium(): string;
  ensureCodeServer(): string;
}
interface CodeServerHarness {
  makeRunDir(prefix?: string, settings?: Record<string, unknown>): { runDir: string; dataDir: string; extDir: string };
  copyWorkspace(fixture: string, into?: string): string;
  installVsix(run: { runDir: string; dataDir: string; extDir: string }, vsix: string): string;
  startCodeServer(options: {
    workspace: string;
    run: { runDir: string; dataDir: string; extDir: string };
    env?: Record<string, string>;
  }): Promise<{ url: string; port: number; logFile: string; stop(): Promise<void> }>;
  launchChromium(chromiumPath: string, options?: { colorScheme?: 'light' | 'dark' }): Promise<BrowserContext>;
}

/** A running workbench: code-server with the packaged extension installed, and a page showing it. */
export interface Workbench {
  page: Page;
  workspace: string;
  installOutput: string;
  /** Folder names in the run's extensions directory after the VSIX install. */
  installedExtensions: string[];
  screenshot(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts code-server with the VSIX installed and opens the sample workspace in Chromium. */
export async function startWorkbench(options: {
  settings?: Record<string, unknown>;
  colorScheme?: 'light' | 'dark';
  env?: Record<string, string>;
  fixture?: string;
} = {}): Promise<Workbench> {
  const setup = (await import('../../harness/setup.mjs')) as unknown as Harness;
  const cs = (await import('../../harness/codeServer.mjs')) as unknown as CodeServerHarness;
  setup.ensureCodeServer();
  const chromiumPath = setup.ensureChromium();
  const run = cs.makeRunDir('skilltrace-e2e-', options.settings ?? {});
  const installOutput = cs.installVsix(run, vsixPath);
  const fixture = options.fixture ?? path.join(repoRoot, 'test', 'fixtures', 'sample-workspace');
  const workspace = cs.copyWorkspace(fixture, path.join(run.runDir, 'sample-workspace'));
  const server = await cs.startCodeServer({ workspace, run, env: options.env });
  const browser = await cs.launchChromium(chromiumPath, { colorScheme: options.colorScheme });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForSelector('.activitybar', { timeout: 90_000 });
  mkdirSync(resultsDir, { recursive: true });
  return {
    page,
    workspace,
    installOutput,
    installedExtensions: readdirSync(run.extDir),
    screenshot: async (name) => {
      const file = path.join(resultsDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    stop: async () => {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}

/** Opens a workspace file through Quick Open, as an engineer would. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  // Focus the workbench itself (not a webview iframe) so the Quick Open keybinding reaches it.
  await page.locator('.part.editor').first().click({ position: { x: 10, y: 10 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await input.fill(relativePath);
  const base = path.basename(relativePath);
  // Wait for the row of this very file: the list first shows recently opened files.
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${base}"]`).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator(`.tabs-container .tab[aria-label^="${base}"]`).first().waitFor({ timeout: 30_000 });
}

/** Clicks the Skilltrace icon in the activity bar to show the tutor view. */
export async function openSkilltraceView(page: Page): Promise<void> {
  const item = page.locator('.activitybar .action-item a[aria-label^="Skilltrace"], .activitybar .action-item [aria-label^="Skilltrace"]').first();
  await item.waitFor({ timeout: 60_000 });
  await item.click();
}

/** Finds the webview content frame that contains `selector` (a webview is two nested iframes). */
export async function panelFrame(page: Page, selector: string, timeoutMs = 60_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      try {
        if ((await frame.locator(selector).count()) > 0) return frame;
      } catch {
        // frame detached while probing
      }
    }
    if (Date.now() > deadline) throw new Error(`No webview frame with ${selector} within ${timeoutMs} ms`);
    await page.waitForTimeout(300);
  }
}

/**
 * Runs a command from the command palette, as an engineer does, robustly on a loaded machine: it waits for a quick
 * input still closing from the last command, reopens the palette if the keystroke was swallowed (focus in a webview
 * or a dialog that just closed), and clicks the command's own row rather than pressing Enter on whatever is first.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${title}"]`).first();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
  for (let attempt = 0; ; attempt++) {
    await page.locator('.part.editor').first().click({ position: { x: 10, y: 10 } }).catch(() => undefined);
    await page.keyboard.press('Control+Shift+P');
    const opened = await input.waitFor({ state: 'visible', timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    // Something can take the focus back right after the palette opens (a progress notification, a webview):
    // a fill that finds the input gone is another attempt, not a failure.
    const filled = opened && (await input.fill(`>${title}`, { timeout: 5_000 }).then(() => true, () => false));
    if (filled) {
      const found = await row.waitFor({ state: 'visible', timeout: 15_000 }).then(
        () => true,
        () => false,
      );
      if (found) break;
      await page.keyboard.press('Escape');
    }
    if (attempt >= 3) throw new Error(`could not run "${title}" from the command palette`);
  }
  await row.click();
}

/** Puts the cursor at `line:column` and opens the code actions there; returns the "Skilltrace: why?" entry. */
export async function openWhyCodeAction(page: Page, position: string): Promise<Locator> {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(position);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1500);
  await page.keyboard.press('Control+.');
  const why = page.locator('.action-widget .monaco-list-row', { hasText: 'Skilltrace: why?' }).first();
  await why.waitFor({ timeout: 60_000 });
  return why;
}

/** Runs the open action list's entry starting with `label`: the list takes the keyboard (a pointer shield covers it while it animates), so arrow down to it. */
export async function chooseCodeAction(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => '')).trim();
    if (focused.startsWith(label)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

