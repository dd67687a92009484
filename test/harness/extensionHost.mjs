// Runs the compiled integration suite (out/test/integration) inside a real VS Code extension host:
// code-server loads this folder as the development extension, Chromium connects the workbench, and the
// result comes back both through the page (codeAutomationExit) and a JSON report the suite writes.
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { format } from 'node:util';
import path from 'node:path';
import { ensureChromium, ensureCodeServer, repoRoot } from './setup.mjs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { copyWorkspace, freePort, installVsix, launchChromium, makeRunDir, startCodeServer } from './codeServer.mjs';

export const testsIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
export const fixture = path.join(repoRoot, 'test', 'fixtures', 'sample-workspace');

/**
 * Runs the suite once. `grep` filters tests by title; `env` reaches the extension host; `quiet` hides mocha's output.
 * Returns the page's exit code and the report (undefined when the host wrote none).
 */
export async function runInExtensionHost({ grep, env = {}, quiet = false, timeoutMs = 10 * 60_000 } = {}) {
  ensureCodeServer();
  const chromiumPath = ensureChromium();
  const run = makeRunDir('skilltrace-it-');
  const workspace = copyWorkspace(fixture, path.join(run.runDir, 'sample-workspace'));
  // The web workbench honours one development extension; the ESLint bridge is installed as a VSIX instead.
  installVsix(run, eslintBridgeVsix());
  const reportPath = path.join(run.runDir, 'report.json');
  const port = await freePort();
  // The ESLint bridge (test/fixtures/eslint-bridge) publishes real ESLint diagnostics in the host, as the
  // ESLint extension would; it needs to know where the project's eslint package is.
  const hostEnv = { SKILLTRACE_TEST_REPORT: reportPath, SKILLTRACE_ESLINT_PATH: path.join(repoRoot, 'node_modules', 'eslint'), ...passThroughEnv(), ...env };
  if (grep) hostEnv.SKILLTRACE_TEST_GREP = grep;
  const server = await startCodeServer({ workspace, run, port, env: hostEnv });
  const origin = `vscode-remote://127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `${origin}${repoRoot}`],
    ['extensionTestsPath', `${origin}${testsIndex}`],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browser = await launchChromium(chromiumPath);
  let exitCode;
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const done = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (quiet) return;
      const text = Array.isArray(args) ? format(...args) : String(args);
      // The workbench logs its own chatter through the same channel; keep the test output readable.
      if (/^(Resolving|Resolved|Creating a socket|Ignoring fetching|Updating additional|\[Service Worker\]|ChatSessionStore)/.test(text)) return;
      process.stdout.write(`${type === 'error' ? '[error] ' : ''}${text}\n`);
    });
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    // The deadline timer must not outlive the run, or the caller's process waits for it (ten minutes by default).
    exitCode = await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    if (exitCode === 'timeout') {
      process.stderr.write(`Tests in the extension host did not finish within ${timeoutMs / 1000} s. Server log: ${server.logFile}\n`);
      mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
      await page.screenshot({ path: path.join(repoRoot, 'test-results', 'integration-timeout.png') }).catch(() => {});
      exitCode = 1;
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
  if (!existsSync(reportPath)) {
    process.stderr.write(`No report was written by the extension host (${reportPath}). Server log tail:\n`);
    process.stderr.write(readFileSync(server.logFile, 'utf8').slice(-4000));
    return { exitCode: 1, report: undefined };
  }
  return { exitCode, report: JSON.parse(readFileSync(reportPath, 'utf8')) };
}

/** Packages test/fixtures/eslint-bridge once per content version into .vscode-test/. */
function eslintBridgeVsix() {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'eslint-bridge');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(path.join(dir, f)));
  const out = path.join(repoRoot, '.vscode-test', `eslint-bridge-${hash.digest('hex').slice(0, 12)}.vsix`);
  if (!existsSync(out)) {
    execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return out;
}

function passThroughEnv() {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) if (k.startsWith('SKILLTRACE_') && v !== undefined) out[k] = v;
  return out;
}
