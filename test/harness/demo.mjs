// `npm run demo`: builds and packages the extension, installs the VSIX into a real VS Code (code-server),
// opens a sample workspace with real mistakes in it, and serves it on 127.0.0.1. No LLM and no server
// are needed: the tutor uses its built-in library. Stop with Ctrl+C.
//   --port N        port to serve on (default 8080, or SKILLTRACE_DEMO_PORT; 0 picks a free one)
//   --reset         start from a fresh copy of the sample workspace and fresh editor state
//   --check         start, verify the workbench serves and the extension is installed, then stop (for CI)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, repoRoot } from './setup.mjs';
import { QUIET_SETTINGS, copyWorkspace, installVsix, startCodeServer } from './codeServer.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const port = Number(option('--port') ?? process.env.SKILLTRACE_DEMO_PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a TCP port number, got ${option('--port')}`);
  process.exit(2);
}

const demoDir = path.join(repoRoot, '.demo');
if (flag('--reset')) rmSync(demoDir, { recursive: true, force: true });
const run = { runDir: demoDir, dataDir: path.join(demoDir, 'data'), extDir: path.join(demoDir, 'ext') };
mkdirSync(path.join(run.dataDir, 'User'), { recursive: true });
mkdirSync(run.extDir, { recursive: true });
writeFileSync(path.join(demoDir, 'config.yaml'), 'auth: none\n');
const settingsFile = path.join(run.dataDir, 'User', 'settings.json');
if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(QUIET_SETTINGS, null, 2));
const workspace = path.join(demoDir, 'sample-workspace');
if (!existsSync(workspace)) copyWorkspace(path.join(repoRoot, 'test', 'fixtures', 'sample-workspace'), workspace);

console.log('[demo] setting up the VS Code host (first run installs code-server, about a minute)…');
ensureCodeServer();
console.log('[demo] building and packaging the extension…');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
installVsix(run, path.join(repoRoot, 'dist', 'skilltrace.vsix'));
const installed = readdirSync(run.extDir).filter((d) => d.startsWith('skilltrace.skilltrace-'));
if (installed.length === 0) {
  console.error('[demo] the VSIX did not install; see the output above.');
  process.exit(1);
}

const server = await startCodeServer({ workspace, run, port: port === 0 ? undefined : port, logName: 'code-server.log' });
const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
if (flag('--check')) {
  const page = await fetch(url);
  const ok = page.ok && (await page.text()).includes('workbench');
  await server.stop();
  console.log(ok ? `[demo] ok: served ${url} with ${installed.join(', ')}` : '[demo] the workbench page did not load');
  process.exit(ok ? 0 : 1);
}
console.log(`
  Skilltrace demo is running in a real VS Code (code-server ${installed[0]}).

  Open:  ${url}

  Then open src/pricing.ts, src/orders.ts or src/users.ts and click the Skilltrace icon in the activity bar.
  Tutorials come from the built-in library: no LLM and no network are needed.
  Stop with Ctrl+C. Log: ${path.relative(repoRoot, server.logFile)}
`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => {});
