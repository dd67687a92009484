// Starts a throwaway PostgreSQL cluster for tests, benchmarks and CI: initdb into a temp folder,
// listen on 127.0.0.1 at a free port, trust auth (loopback only), stop and delete on demand.
// As root, PostgreSQL refuses to run, so the cluster is made and run as the `postgres` user.
// CLI: `node test/harness/postgres.mjs start` prints `DATABASE_URL=…` and `PGDATA=…`;
//      `node test/harness/postgres.mjs stop DIR` stops and removes it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, chownSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function findBin(name) {
  for (const dir of ['/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/17/bin']) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  return name;
}

function asPostgres(bin, args) {
  const command = isRoot ? 'runuser' : bin;
  const fullArgs = isRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed: ${result.error?.message ?? ''}${result.stderr ?? ''}${result.stdout ?? ''}`);
  }
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(address.port));
    });
  });
}

/** Starts a cluster; resolves to `{ url, dataDir, stop() }`. Throws when PostgreSQL is not installed. */
export async function startPostgres() {
  const dataDir = mkdtempSync(join(tmpdir(), 'skilltrace-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dataDir, uid, gid);
  }
  asPostgres(findBin('initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories='' -c fsync=off -c max_connections=200`;
  asPostgres(findBin('pg_ctl'), ['-D', dataDir, '-o', options, '-l', join(dataDir, 'server.log'), '-w', '-t', '60', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return { url, dataDir, stop: () => stopPostgres(dataDir) };
}

/** Stops the cluster in `dataDir` and deletes the folder. */
export function stopPostgres(dataDir) {
  try {
    asPostgres(findBin('pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const invokedAsScript = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedAsScript) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const pg = await startPostgres();
    process.stdout.write(`DATABASE_URL=${pg.url}\nPGDATA=${pg.dataDir}\n`);
  } else if (command === 'stop' && dir) {
    stopPostgres(dir);
  } else {
    process.stderr.write('usage: node test/harness/postgres.mjs start | stop DIR\n');
    process.exit(2);
  }
}
