import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { DatabaseLocation } from '../../../src/server/database/openDatabase';

/** A database the server tests run against: every suite runs once on PGlite and once on a real PostgreSQL. */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** A fresh, empty database for one test suite. */
  create(): Promise<DatabaseLocation>;
}

const harness = resolve(__dirname, '../../harness/postgres.mjs');
let cluster: { url: string; dataDir?: string } | null | undefined;
let databaseCounter = 0;

function postgresCluster(): { url: string; dataDir?: string } | null {
  if (cluster !== undefined) return cluster;
  if (process.env.DATABASE_URL) {
    cluster = { url: process.env.DATABASE_URL };
    return cluster;
  }
  try {
    const out = execFileSync('node', [harness, 'start'], { encoding: 'utf8' });
    const url = /DATABASE_URL=(\S+)/.exec(out)?.[1];
    const dataDir = /PGDATA=(\S+)/.exec(out)?.[1];
    cluster = url ? { url, dataDir } : null;
  } catch (error) {
    // CI installs PostgreSQL (.ci/run), so there a missing cluster is a failure, not a reason to test PGlite alone.
    if (process.env.CI === 'true' || process.env.SKILLTRACE_REQUIRE_POSTGRES === '1') {
      throw new Error(`PostgreSQL is required here (CI or SKILLTRACE_REQUIRE_POSTGRES=1) but could not be started: ${String(error).slice(0, 500)}`);
    }
    console.warn(`\n  NOTICE: PostgreSQL could not be started, PostgreSQL server tests are skipped: ${String(error).slice(0, 300)}\n`);
    cluster = null;
  }
  return cluster;
}

/** Stops the cluster this process started (not one given through DATABASE_URL). */
export function stopTestPostgres(): void {
  if (cluster?.dataDir) execFileSync('node', [harness, 'stop', cluster.dataDir]);
  cluster = undefined;
}

async function freshPostgresDatabase(baseUrl: string): Promise<string> {
  const pg = await import('pg');
  const name = `skilltrace_test_${process.pid}_${++databaseCounter}_${Date.now()}`;
  const client = new pg.default.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The backends available on this machine; PostgreSQL is left out, with a notice, when it cannot run. */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: 'pglite', create: async () => ({ kind: 'pglite' }) }];
  const pgCluster = postgresCluster();
  if (pgCluster) {
    backends.push({ name: 'postgres', create: async () => ({ kind: 'postgres', url: await freshPostgresDatabase(pgCluster.url) }) });
  }
  return backends;
}

after(function () {
  this.timeout(60_000);
  stopTestPostgres();
});
