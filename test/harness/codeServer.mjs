// Starts a real VS Code (code-server) on 127.0.0.1, isolated per run: its own config, user data,
// extensions folder and settings, detached in its own process group so stopping it also stops the
// extension host and tsserver it spawned.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, openSync, cpSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCodeServer, repoRoot } from './setup.mjs';

export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

/** Finds a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Copies a fixture workspace to a fresh temporary folder, so tests can edit it freely. */
export function copyWorkspace(fixture, into) {
  const target = into ?? path.join(mkdtempSync(path.join(tmpdir(), 'skilltrace-ws-')), path.basename(fixture));
  cpSync(fixture, target, { recursive: true });
  return target;
}

/** Makes a run folder with config, settings and extension dirs. */
export function makeRunDir(prefix = 'skilltrace-run-', settings = {}) {
  const runDir = mkdtempSync(path.join(tmpdir(), prefix));
  const dataDir = path.join(runDir, 'data');
  const extDir = path.join(runDir, 'ext');
  mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  mkdirSync(extDir, { recursive: true });
  writeFileSync(path.join(runDir, 'config.yaml'), 'auth: none\n');
  writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  return { runDir, dataDir, extDir };
}

function baseArgs(run) {
  return ['--config', path.join(run.runDir, 'config.yaml'), '--extensions-dir', run.extDir, '--user-data-dir', run.dataDir];
}

/** Installs a VSIX into the run's extensions folder with code-server's own installer. */
export function installVsix(run, vsixPath) {
  const bin = ensureCodeServer();
  const out = execFileSync(bin, [...baseArgs(run), '--install-extension', vsixPath], {
    encoding: 'utf8',
    env: { ...process.env, EXTENSIONS_GALLERY: '{}' },
  });
  if (!/successfully installed/i.test(out)) throw new Error(`VSIX install did not report success:\n${out}`);
  return out;
}

/**
 * Starts code-server for `workspace`. Returns its base URL and a stop() that kills the process group.
 * `env` reaches the extension host (code-server passes its environment on).
 */
export async function startCodeServer({ workspace, run, port, env = {}, logName = 'code-server.log' }) {
  const bin = ensureCodeServer();
  const listenPort = port ?? (await freePort());
  const logFile = path.join(run.runDir, logName);
  const log = openSync(logFile, 'a');
  const child = spawn(
    bin,
    [
      ...baseArgs(run),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${listenPort}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    { detached: true, stdio: ['ignore', log, log], env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...env }, cwd: repoRoot },
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${listenPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early; see ${logFile}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not listen within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 40 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  return { url, port: listenPort, logFile, stop };
}

/** Launches Debian's Chromium headless through playwright-core with the flags this offline machine needs. */
export async function launchChromium(chromiumPath, { colorScheme } = {}) {
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'skilltrace-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    colorScheme,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return context;
}
