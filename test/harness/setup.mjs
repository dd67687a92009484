// Installs what the test tiers and the demo need on a fresh machine: Debian packages (when root),
// the code-server test host (the real VS Code workbench and extension host, from npm) and Chromium.
// Every step is idempotent and prints what it does, so a fresh clone needs no manual set-up.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const cacheDir = path.join(repoRoot, '.vscode-test');
const codeServerDir = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function log(msg) {
  process.stderr.write(`[setup] ${msg}\n`);
}

function hasDebianPackage(name) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed');
}

/** Installs missing Debian packages when running as root; otherwise explains what to install. */
export function ensureDebianPackages(names, why) {
  const missing = names.filter((n) => !hasDebianPackage(n));
  if (missing.length === 0) return;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `Missing system packages for ${why}: ${missing.join(' ')}.\nInstall them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}) and run again.`,
    );
  }
  log(`installing Debian packages for ${why}: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['/tmp/skilltrace-apt.lock'];
  execFileSync('flock', [...lock, 'apt-get', 'update', '-q'], { stdio: 'inherit', env });
  execFileSync('flock', [...lock, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

/** Installs code-server into .vscode-test/ on first use (offline-safe: ripgrep comes from Debian). */
export function ensureCodeServer() {
  if (existsSync(codeServerBin)) return codeServerBin;
  ensureDebianPackages(['libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev', 'ripgrep', 'python3', 'make', 'g++'], 'the code-server test host');
  mkdirSync(codeServerDir, { recursive: true });
  // @vscode/ripgrep's postinstall downloads a binary from GitHub; it first looks in a cache in TMPDIR.
  // Seed that cache with Debian's rg for every version code-server may pull in.
  seedRipgrepCache();
  writeFileSync(
    path.join(codeServerDir, 'package.json'),
    JSON.stringify({ name: 'skilltrace-code-server-host', private: true, version: '0.0.0' }, null, 2),
  );
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, codeServerDir)} (about a minute)`);
  const env = { ...process.env, npm_config_nodedir: '/usr', npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--unsafe-perm', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: codeServerDir,
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0 || !existsSync(codeServerBin)) {
    rmSync(path.join(codeServerDir, 'node_modules'), { recursive: true, force: true });
    throw new Error(`code-server install failed (exit ${result.status}). See the npm output above.`);
  }
  const version = execFileSync(codeServerBin, ['--version'], { encoding: 'utf8' });
  log(`code-server ready: ${version.split('\n')[0]}`);
  return codeServerBin;
}

function seedRipgrepCache() {
  const rg = '/usr/bin/rg';
  if (!existsSync(rg)) throw new Error('ripgrep (/usr/bin/rg) is missing: apt-get install ripgrep');
  const stage = path.join(tmpdir(), 'skilltrace-rg-stage');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(rg, path.join(stage, 'rg'));
  // Versions of @vscode/ripgrep and their release tags used by code-server 4.100.x; extra entries are harmless.
  const pairs = [
    ['1.15.11', 'v13.0.0-10'],
    ['1.15.10', 'v13.0.0-10'],
    ['1.15.9', 'v13.0.0-10'],
    ['1.15.12', 'v13.0.0-13'],
    ['1.15.13', 'v13.0.0-13'],
    ['1.15.14', 'v13.0.0-13'],
  ];
  for (const [pkgVersion, tag] of pairs) {
    const dir = path.join(tmpdir(), `vscode-ripgrep-cache-${pkgVersion}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `ripgrep-${tag}-x86_64-unknown-linux-musl.tar.gz`);
    if (!existsSync(file)) execFileSync('tar', ['-czf', file, '-C', stage, 'rg']);
  }
}

/** Installs Debian's Chromium (the browser for e2e tests) when missing. */
export function ensureChromium() {
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c) => existsSync(c));
  if (found) return found;
  ensureDebianPackages(['chromium'], 'browser tests');
  return '/usr/bin/chromium';
}

/** Reads the JSON-with-comments-free package.json of the project. */
export function projectPackage() {
  return JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
}

export function listDir(dir) {
  return existsSync(dir) ? readdirSync(dir) : [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const what = process.argv.slice(2);
  if (what.length === 0 || what.includes('code-server')) ensureCodeServer();
  if (what.length === 0 || what.includes('chromium')) ensureChromium();
}
