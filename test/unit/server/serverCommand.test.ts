import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runServerCommand } from '../../../src/cli/serverCommand';

function captureIo(stdin = ''): { io: Parameters<typeof runServerCommand>[1]; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (text) => void (out += text), stderr: (text) => void (err += text), readStdin: async () => stdin },
    out: () => out,
    err: () => err,
  };
}

describe('skilltrace server command', function () {
  this.timeout(60_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'skilltrace-cli-'));
  const savedUrl = process.env.DATABASE_URL;
  let token = '';
  before(() => delete process.env.DATABASE_URL);
  after(() => {
    if (savedUrl !== undefined) process.env.DATABASE_URL = savedUrl;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a team, a user with a password from stdin and a token with the admin subcommands', async () => {
    const team = captureIo();
    assert.equal(await runServerCommand(['admin', 'create-team', 'payments', '--data-dir', dataDir], team.io), 0, team.err());
    assert.match(team.out(), /created team payments/);
    const user = captureIo('a-long-password\n');
    assert.equal(await runServerCommand(['admin', 'create-user', 'lena', '--role', 'lead', '--team', 'payments', '--password-stdin', '--data-dir', dataDir], user.io), 0, user.err());
    const engineer = captureIo();
    assert.equal(await runServerCommand(['admin', 'create-user', 'ada', '--role', 'engineer', '--team', 'payments', '--data-dir', dataDir], engineer.io), 0);
    const created = captureIo();
    assert.equal(await runServerCommand(['admin', 'create-token', 'ada', '--data-dir', dataDir], created.io), 0, created.err());
    token = created.out().trim();
    assert.match(token, /^st_\d+_[A-Za-z0-9_-]{40,}$/);
  });

  it('explains mistakes with a non-zero exit code and changes nothing', async () => {
    const duplicate = captureIo();
    assert.equal(await runServerCommand(['admin', 'create-team', 'payments', '--data-dir', dataDir], duplicate.io), 1);
    assert.match(duplicate.err(), /already exists/);
    const badRole = captureIo();
    assert.equal(await runServerCommand(['admin', 'create-user', 'x', '--role', 'boss', '--data-dir', dataDir], badRole.io), 2);
    assert.match(badRole.err(), /--role must be/);
    const lowK = captureIo();
    assert.equal(await runServerCommand(['--min-group-size', '2', '--data-dir', dataDir], lowK.io), 2);
    assert.match(lowK.err(), /at least 5/);
    for (const bad of ['0', '-5', 'fast', '1.5']) {
      const rate = captureIo();
      assert.equal(await runServerCommand([`--rate-limit=${bad}`, '--data-dir', dataDir], rate.io), 2, bad);
      assert.match(rate.err(), /--rate-limit must be a whole number of requests per minute/);
    }
  });

  it('serves xAPI and the dashboard on --port with SKILLTRACE_ADMIN, and stops on SIGTERM', async function () {
    this.timeout(60_000);
    const root = resolve(__dirname, '../../..');
    const env: NodeJS.ProcessEnv = { ...process.env, SKILLTRACE_ADMIN: 'boss:boss-password' };
    delete env.DATABASE_URL;
    const child = spawn(
      process.execPath,
      ['-r', 'tsx/cjs', '-e', `require('./src/cli/serverCommand').runServerCommand(process.argv.slice(1), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), readStdin: async () => '' }).then((code) => process.exit(code))`, '--', '--port', '0', '--data-dir', dataDir, '--rate-limit', '40'],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setInterval(() => {
          const match = /listening on (http:\/\/[^\s]+)/.exec(output);
          if (match) {
            clearInterval(timer);
            done(match[1]!);
          }
        }, 100);
        void exited.then(() => {
          clearInterval(timer);
          fail(new Error(`server exited early: ${output}`));
        });
      });
      const about = await fetch(`${url}/xapi/about`);
      assert.equal(about.status, 200);
      const page = await fetch(`${url}/`);
      assert.match(await page.text(), /Skilltrace team skills/);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const me = await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(((await me.json()) as { name: string }).name, 'ada');
      const adminMe = await fetch(`${url}/api/me`, { headers: { authorization: `Basic ${Buffer.from('boss:boss-password').toString('base64')}` } });
      assert.equal(((await adminMe.json()) as { role: string }).role, 'admin');
      // --rate-limit 40: bursts of 10 per caller, then 429 with Retry-After.
      const burst = await Promise.all(Array.from({ length: 12 }, () => fetch(`${url}/xapi/about`)));
      const refused = burst.filter((response) => response.status === 429);
      assert.ok(refused.length >= 1, `statuses: ${burst.map((r) => r.status).join(' ')}`);
      assert.match(refused[0]!.headers.get('retry-after') ?? '', /^\d+$/);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, output);
  });
});
