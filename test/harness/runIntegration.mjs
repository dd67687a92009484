// `npm run test:integration`: runs test/integration inside a real VS Code extension host (code-server from
// npm, the same workbench and extension host as VS Code 1.100), loading this folder as the development
// extension. Where a VS Code build can be downloaded (a user's CI), @vscode/test-electron runs the same
// suite: set SKILLTRACE_TEST_ELECTRON=1.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './setup.mjs';
import { copyWorkspace } from './codeServer.mjs';
import { fixture, runInExtensionHost, testsIndex } from './extensionHost.mjs';

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
  const { exitCode, report } = await runInExtensionHost({});
  if (!report) return 1;
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

if (!existsSync(testsIndex)) {
  process.stderr.write(`Missing ${testsIndex}: run "node esbuild.mjs --tests" first (npm run test:integration does).\n`);
  process.exit(2);
}
const code =
  process.env.SKILLTRACE_TEST_ELECTRON === '1'
    ? await runWithTestElectron().then(
        () => 0,
        (e) => (console.error(e), 1),
      )
    : await runWithCodeServer();
process.exit(code);
