// Runs test/integration inside a real VS Code extension host (code-server from npm, the same workbench
// and extension host as VS Code 1.100), loading this folder as the development extension.
// Where a VS Code build can be downloaded (a user's CI), @vscode/test-electron runs the same suite:
// set SKILLTRACE_TEST_ELECTRON=1.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { format } from 'node:util';
import path from 'node:path';
import { ensureChromium, ensureCodeServer, repoRoot } from './setup.mjs';
import { copyWorkspace, freePort, launchChromium, makeRunDir, startCodeServer } from './codeServer.mjs';

const testsIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const fixture = path.join(repoRoot, 'test', 'fixtures', 'sample-workspace');
const TIMEOUT_MS = Number(process.env.SKILLTRACE_INTEGRATION_TIMEOUT_MS ?? 10 * 60_000);

async function runWithTestElectron() {
  const { runTests } = await import('@vscode/test-electron');
  const workspace = copyWorkspace(fixture);
  await runTests({
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsIndex,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

async function runWithCodeServer() {
  ensureCodeServer();
  const chromiumPath = ensureChromium();
  const run = makeRunDir('skilltrace-it-');
  const workspace = copyWorkspace(fixture, path.join(run.runDir, 'sample-workspace'));
  const reportPath = path.join(run.runDir, 'report.json');
  const port = await freePort();
  const server = await startCodeServer({ workspace, run, port, env: { SKILLTRACE_TEST_REPORT: reportPath, ...passThroughEnv() } });
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
      const text = Array.isArray(args) ? format(...args) : String(args);
      // The workbench logs its own chatter through the same channel; keep the test output readable.
      if (/^(Resolving|Resolved|Creating a socket|Ignoring fetching|Updating additional|\[Service Worker\]|ChatSessionStore)/.test(text)) return;
      process.stdout.write(`${type === 'error' ? '[error] ' : ''}${text}\n`);
    });
    await page.goto(url);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS));
    exitCode = await Promise.race([done, timeout]);
    if (exitCode === 'timeout') {
      process.stderr.write(`Integration tests did not finish within ${TIMEOUT_MS / 1000} s. Server log: ${server.logFile}\n`);
      mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
      await page.screenshot({ path: path.join(repoRoot, 'test-results', 'integration-timeout.png') }).catch(() => {});
      exitCode = 1;
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
  // Second witness: the JSON report written by the test index inside the extension host.
  if (!existsSync(reportPath)) {
    process.stderr.write(`No report was written by the extension host (${reportPath}). Server log: ${server.logFile}\n`);
    process.stderr.write(readFileSync(server.logFile, 'utf8').slice(-4000));
    return 1;
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const passed = report.tests.filter((t) => t.state === 'passed').length;
  const failed = report.tests.filter((t) => t.state === 'failed').length;
  const skipped = report.tests.filter((t) => t.state === 'pending').length;
  mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'test-results', 'integration-report.json'), JSON.stringify(report, null, 2));
  process.stdout.write(`integration: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  if (failed === 0 && passed === 0) {
    process.stderr.write('No integration test ran.\n');
    return 1;
  }
  return exitCode === 0 && failed === 0 ? 0 : 1;
}

function passThroughEnv() {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) if (k.startsWith('SKILLTRACE_') && v !== undefined) out[k] = v;
  return out;
}

if (!existsSync(testsIndex)) {
  process.stderr.write(`Missing ${testsIndex}: run "node esbuild.mjs --tests" first (npm run test:integration does).\n`);
  process.exit(2);
}
const code = process.env.SKILLTRACE_TEST_ELECTRON === '1' ? await runWithTestElectron().then(() => 0, (e) => (console.error(e), 1)) : await runWithCodeServer();
process.exit(code);
