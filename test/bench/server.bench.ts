// Team server benchmarks against a real PostgreSQL (DATABASE_URL, else a throwaway cluster from
// test/harness/postgres.mjs): statement ingest vs a raw batched INSERT of the same rows in the same database,
// the team heatmap query at 1,000 engineers x 150 concepts x 90 days, and an autocannon load run on loopback.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import pg from 'pg';
import { skillReportToStatement, type EngineerAgent } from '../../src/shared/syncSchemas';
import { rebuildTeamCells, weekOf } from '../../src/server/aggregates/skillRollup';
import { loadTeamReport } from '../../src/server/aggregates/teamReportService';
import { startServer, type RunningServer } from '../../src/server/teamServer';
import type { BenchResult } from './benchResult';

const group = 'Team server';
const adminAuth = `Basic ${Buffer.from('root:bench-admin-pass').toString('base64')}`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function call(server: RunningServer, method: string, path: string, auth: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

// The ingest load generator runs in a worker thread with a lean keep-alive HTTP client, so it does not share the
// server's event loop (as autocannon's workers do not); it answers the requests per second it achieved.
const loadWorkerSource = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, work, inFlight } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
const post = ({ auth, body }) => new Promise((resolve, reject) => {
  const request = http.request(url, { method: 'POST', agent, headers: { authorization: auth, 'content-type': 'application/json',
    'content-length': Buffer.byteLength(body), 'x-experience-api-version': '2.0.0' } }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => response.statusCode === 200 ? resolve() : reject(new Error('POST ' + response.statusCode + ' ' + Buffer.concat(chunks).toString().slice(0, 300))));
  });
  request.on('error', reject);
  request.end(body);
});
(async () => {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: inFlight }, async () => { while (next < work.length) await post(work[next++]); }));
  parentPort.postMessage({ perSecond: work.length / ((performance.now() - started) / 1000) });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

function postInWorker(url: string, work: { auth: string; body: string }[], inFlight: number): Promise<number> {
  return new Promise((resolveRate, reject) => {
    const worker = new Worker(loadWorkerSource, { eval: true, workerData: { url, work, inFlight } });
    worker.once('message', (message: { perSecond?: number; error?: string }) => {
      void worker.terminate();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolveRate(message.perSecond!);
    });
    worker.once('error', reject);
  });
}

async function freshDatabase(baseUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function ingestBench(baseUrl: string): Promise<BenchResult[]> {
  const url = await freshDatabase(baseUrl, 'skilltrace_bench_ingest');
  const server = await startServer({
    database: { kind: 'postgres', url },
    assetsDir: resolve(__dirname, '../../src/server/dashboard'),
    bootstrapAdmin: 'root:bench-admin-pass',
    rateLimit: { perMinute: 1e9, burst: 1e9 },
    log: () => undefined,
  });
  try {
    await call(server, 'POST', '/api/admin/teams', adminAuth, { name: 'bench' });
    const engineers: { auth: string; agent: EngineerAgent }[] = [];
    for (let i = 0; i < 10; i++) {
      await call(server, 'POST', '/api/admin/users', adminAuth, { name: `eng${i}`, role: 'engineer', team: 'bench' });
      const { token } = (await call(server, 'POST', '/api/admin/tokens', adminAuth, { user: `eng${i}` })) as { token: string };
      const auth = `Bearer ${token}`;
      const { agent } = (await call(server, 'GET', '/api/me', auth)) as { agent: EngineerAgent };
      engineers.push({ auth, agent });
    }
    const batchSize = 100;
    const batches = 40;
    const rounds = 7;
    const makeWork = (round: number): { engineer: (typeof engineers)[number]; statements: ReturnType<typeof skillReportToStatement>[] }[] => {
      const now = Date.now();
      return Array.from({ length: batches }, (_, b) => {
        const engineer = engineers[b % engineers.length]!;
        const statements = Array.from({ length: batchSize }, (_, i) =>
          skillReportToStatement(
            {
              id: randomUUID(),
              conceptId: `concept-${(b * batchSize + i) % 150}`,
              conceptName: 'concept',
              verb: 'progressed',
              mastery: ((round * 31 + b * 7 + i * 13) % 100) / 100,
              uncertainty: 0.2,
              modelVersion: 'bkt-1',
              explanation: 'bench',
              timestamp: new Date(now - ((b * batchSize + i) % 90) * 86_400_000).toISOString(),
            },
            engineer.agent,
          ),
        );
        return { engineer, statements };
      });
    };
    // Warm-up round, not counted (JIT, connection pool, PostgreSQL caches).
    for (const { engineer, statements } of makeWork(-1).slice(0, 5)) await call(server, 'POST', '/xapi/statements', engineer.auth, statements);
    await server.server.rollups.catchUp();

    // Baselines: the same rows (as stored) inserted raw, 100 per INSERT, in the same PostgreSQL: into a table with
    // the statements table's columns and indexes, and into a bare (id, jsonb) table. Rounds alternate server and
    // raw so that drift of the machine hits both alike; medians of the rounds are reported.
    const clients = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return client;
      }),
    );
    const client = clients[0]!;
    await client.query('CREATE TABLE raw_statements (LIKE statements INCLUDING ALL)');
    await client.query('CREATE TABLE bare_statements (id uuid PRIMARY KEY, statement jsonb NOT NULL)');
    const columns = ['id', 'owner_id', 'agent_keys', 'related_agent_keys', 'verb_id', 'activity_id', 'related_activity_ids', 'registration', 'ref_id', 'stored_ms', 'voided', 'is_voiding', 'statement'];
    // Runs `count` jobs with `inFlight` of them at a time; returns jobs per second.
    const timeJobs = async (count: number, inFlight: number, job: (index: number, lane: number) => Promise<void>): Promise<number> => {
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: inFlight }, async (_, lane) => {
          while (next < count) await job(next++, lane);
        }),
      );
      return count / ((performance.now() - started) / 1000);
    };
    const timeInserts = async (table: string, names: string[], stored: Record<string, unknown>[], inFlight: number): Promise<number> =>
      batchSize *
      (await timeJobs(Math.ceil(stored.length / batchSize), inFlight, async (index, lane) => {
        const rows = stored.slice(index * batchSize, (index + 1) * batchSize);
        const values = rows.map((_, j) => `(${names.map((_name, c) => `$${j * names.length + c + 1}`).join(', ')})`).join(', ');
        await clients[lane]!.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES ${values}`, rows.flatMap((row) => names.map((name) => (name === 'statement' ? JSON.stringify(row[name]) : row[name]))));
      }));
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const percent = (value: number): string => `${(value * 100).toFixed(0)}%`;
    let lastSeq = 0;
    let round = 0;
    const results: BenchResult[] = [];
    const rollupRates: number[] = [];
    let sequentialRate = 0;
    // One sender (one engineer's editor flushing its queue), then four at once (a team syncing), each against the
    // raw INSERT at the same number of connections in flight.
    for (const inFlight of [1, 4]) {
      const serverRates: number[] = [];
      const rawRates: number[] = [];
      const bareRates: number[] = [];
      for (let repeat = 0; repeat < rounds; repeat++, round++) {
        // Request bodies are serialised before the clock starts, as a load generator does (autocannon sends a fixed body).
        const work = makeWork(round).map(({ engineer, statements }) => ({ auth: engineer.auth, body: JSON.stringify(statements) }));
        serverRates.push(batchSize * (await postInWorker(`${server.url}/xapi/statements`, work, inFlight)));
        // What ingest deferred: rolling this round's reports into the engineer rows and team cells.
        const rollupStarted = performance.now();
        await server.server.rollups.catchUp();
        rollupRates.push((batches * batchSize) / ((performance.now() - rollupStarted) / 1000));
        const stored = (await client.query<Record<string, unknown>>(`SELECT ${columns.join(', ')}, seq FROM statements WHERE seq > $1 ORDER BY seq`, [lastSeq])).rows;
        lastSeq = Number(stored[stored.length - 1]!.seq);
        rawRates.push(await timeInserts('raw_statements', columns, stored, inFlight));
        bareRates.push(await timeInserts('bare_statements', ['id', 'statement'], stored, inFlight));
      }
      const ratios = serverRates.map((rate, i) => rate / rawRates[i]!);
      const ratio = median(ratios);
      if (inFlight === 1) sequentialRate = median(serverRates);
      results.push({
        group,
        name: `statement ingest over HTTP (skill reports, batches of 100, ${inFlight === 1 ? 'one request' : `${inFlight} requests`} in flight, PostgreSQL)`,
        value: Math.round(median(serverRates)),
        unit: 'statements/s',
        goal: '≥ 50% of raw batched INSERT',
        met: ratio >= 0.5,
        baseline: { name: `raw batched INSERT of the same rows into a table with the same columns and indexes, ${inFlight} connection${inFlight === 1 ? '' : 's'}`, value: Math.round(median(rawRates)) },
        note:
          `median of ${rounds} alternating rounds of ${batches * batchSize}: ${percent(ratio)} of raw (rounds ${ratios.map(percent).join(', ')}); ` +
          `${Math.round(median(bareRates))} statements/s into a bare (id, jsonb) table; the server path adds HTTP, JSON, xAPI validation, auth, ` +
          'the conflict and voided-on-arrival checks, the forwarding outbox and the roll-up queue',
      });
    }
    await Promise.all(clients.map((c) => c.end()));
    const rollupRate = median(rollupRates);
    results.push({
      group,
      name: 'team roll-up of ingested skill reports (after ingest, PostgreSQL)',
      value: Math.round(rollupRate),
      unit: 'reports/s',
      note:
        `deferred from ingest: folds queued reports into mastery reports, engineer rows and team cells (rollupQueue.ts), run when writes pause and ` +
        `before every team report read; one sender's ingest and roll-up back to back: ${Math.round(1 / (1 / sequentialRate + 1 / rollupRate))} statements/s`,
    });
    return results;
  } finally {
    await server.close();
  }
}

async function heatmapBench(baseUrl: string): Promise<BenchResult[]> {
  const url = await freshDatabase(baseUrl, 'skilltrace_bench_heatmap');
  const server = await startServer({
    database: { kind: 'postgres', url },
    assetsDir: resolve(__dirname, '../../src/server/dashboard'),
    bootstrapAdmin: 'root:bench-admin-pass',
    rateLimit: { perMinute: 1e9, burst: 1e9 },
    log: () => undefined,
  });
  try {
    const db = server.server.db;
    const [team] = await db.query<{ id: number }>("INSERT INTO teams (name, created_ms) VALUES ('big', 0) RETURNING id");
    await db.query(
      `INSERT INTO users (name, role, team_id, share_individual, created_ms)
       SELECT 'eng' || g, 'engineer', $1, g % 100 = 0, 0 FROM generate_series(1, 1000) g`,
      [team!.id],
    );
    const lastWeek = weekOf(Date.now());
    // 90 days of daily reports reduce to 13 weekly rows per engineer and concept: 1,000 x 150 x 13 = 1.95 M rows.
    const seedStarted = performance.now();
    // Bulk-load practice: build the primary key once after the load instead of row by row.
    await db.query('ALTER TABLE engineer_concept_weeks DROP CONSTRAINT engineer_concept_weeks_pkey');
    await db.query(
      `INSERT INTO engineer_concept_weeks (user_id, team_id, concept_id, week, mastery)
       SELECT u.id, $1, 'concept-' || c, w, ((u.id * 31 + c * 17 + w * 7) % 100) / 100.0
       FROM users u CROSS JOIN generate_series(1, 150) c CROSS JOIN generate_series($2::integer, $3::integer) w WHERE u.role = 'engineer'`,
      [team!.id, lastWeek - 12, lastWeek],
    );
    await db.query('ALTER TABLE engineer_concept_weeks ADD PRIMARY KEY (user_id, concept_id, week) INCLUDE (team_id, mastery)');
    await rebuildTeamCells(db);
    // What autovacuum does on a live server after a load this size (it also enables index-only scans).
    await db.query('VACUUM ANALYZE');
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    await db.query("INSERT INTO users (name, role, team_id, password_hash, created_ms) VALUES ('lead', 'lead', $1, NULL, 0)", [team!.id]);
    const { token } = (await call(server, 'POST', '/api/admin/tokens', adminAuth, { user: 'lead' })) as { token: string };
    const auth = `Bearer ${token}`;
    for (let i = 0; i < 5; i++) await call(server, 'GET', `/api/teams/${team!.id}/report?weeks=13`, auth);
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      await call(server, 'GET', `/api/teams/${team!.id}/report?weeks=13`, auth);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const queryTimes: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = performance.now();
      await loadTeamReport(db, { id: team!.id, name: 'big' }, { minGroupSize: 5, weeks: 13, nowMs: Date.now() });
      queryTimes.push(performance.now() - started);
    }
    queryTimes.sort((a, b) => a - b);
    const queryP95 = percentile(queryTimes, 95);
    return [
      {
        group,
        name: 'team heatmap query p95 (1,000 engineers x 150 concepts x 13 weeks: queries + suppression + report)',
        value: Math.round(queryP95 * 10) / 10,
        unit: 'ms',
        goal: '≤ 100 ms',
        met: queryP95 <= 100,
        baseline: { name: 'median', value: Math.round(percentile(queryTimes, 50) * 10) / 10 },
        note: '60 runs of loadTeamReport against PostgreSQL, in the server process',
      },
      {
        group,
        name: 'team heatmap report over HTTP p95 (same data; auth, audit write and ~1,950-cell JSON included)',
        value: Math.round(p95 * 10) / 10,
        unit: 'ms',
        baseline: { name: 'median', value: Math.round(percentile(times, 50) * 10) / 10 },
        note: `60 requests; 1.95 M engineer-week rows seeded in ${seedSeconds.toFixed(1)} s; 10 engineers share individual rows`,
      },
    ];
  } finally {
    await server.close();
  }
}

async function loadBench(baseUrl: string): Promise<BenchResult[]> {
  const url = await freshDatabase(baseUrl, 'skilltrace_bench_load');
  const server = await startServer({
    database: { kind: 'postgres', url },
    assetsDir: resolve(__dirname, '../../src/server/dashboard'),
    bootstrapAdmin: 'root:bench-admin-pass',
    rateLimit: { perMinute: 1e9, burst: 1e9 },
    log: () => undefined,
  });
  try {
    await call(server, 'POST', '/api/admin/teams', adminAuth, { name: 'load' });
    await call(server, 'POST', '/api/admin/users', adminAuth, { name: 'eng', role: 'engineer', team: 'load' });
    const { token } = (await call(server, 'POST', '/api/admin/tokens', adminAuth, { user: 'eng' })) as { token: string };
    const auth = `Bearer ${token}`;
    const { agent } = (await call(server, 'GET', '/api/me', auth)) as { agent: EngineerAgent };
    const body = JSON.stringify(
      skillReportToStatement(
        { id: randomUUID(), conceptId: 'closures', conceptName: 'closures', verb: 'progressed', mastery: 0.4, uncertainty: 0.2, modelVersion: 'bkt-1', explanation: 'load', timestamp: new Date().toISOString() },
        agent,
      ),
    );
    const headers = { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' };
    for (let i = 0; i < 200; i++) await call(server, 'POST', '/xapi/statements', auth, JSON.parse(body.replace(/"id":"[^"]+"/, `"id":"${randomUUID()}"`)));
    const run = (options: autocannon.Options) => autocannon({ duration: 5, connections: 10, ...options });
    const reads = await run({ url: `${server.url}/xapi/statements?limit=20`, headers });
    const writes = await run({
      url: `${server.url}/xapi/statements`,
      method: 'POST',
      headers,
      // A fresh client-generated id per request, as the sync client sends them.
      requests: [{ setupRequest: (request) => ({ ...request, body: body.replace(/"id":"[^"]+"/, `"id":"${randomUUID()}"`) }) }],
    });
    const result = (name: string, r: autocannon.Result): BenchResult[] => [
      {
        group,
        name: `${name}: p99 latency (autocannon, 10 connections, 5 s, loopback)`,
        value: r.latency.p99,
        unit: 'ms',
        baseline: { name: 'p50', value: r.latency.p50 },
        note: `${Math.round(r.requests.average)} req/s average; ${r.non2xx} non-2xx; ${r.errors} errors`,
      },
    ];
    return [...result('GET /xapi/statements?limit=20', reads), ...result('POST /xapi/statements (one skill report)', writes)];
  } finally {
    await server.close();
  }
}

/** Runs the team server benchmarks; see the file comment. */
export async function run(): Promise<BenchResult[]> {
  let baseUrl = process.env.DATABASE_URL;
  let dataDir: string | undefined;
  const harness = resolve(__dirname, '../harness/postgres.mjs');
  if (!baseUrl) {
    const out = execFileSync('node', [harness, 'start'], { encoding: 'utf8' });
    baseUrl = /DATABASE_URL=(\S+)/.exec(out)?.[1];
    dataDir = /PGDATA=(\S+)/.exec(out)?.[1];
    if (!baseUrl) throw new Error(`could not start PostgreSQL: ${out}`);
  }
  try {
    // SKILLTRACE_BENCH_PARTS=ingest,heatmap,load runs a subset (all by default).
    const parts = (process.env.SKILLTRACE_BENCH_PARTS ?? 'ingest,heatmap,load').split(',');
    const results: BenchResult[] = [];
    if (parts.includes('ingest')) results.push(...(await ingestBench(baseUrl)));
    if (parts.includes('heatmap')) results.push(...(await heatmapBench(baseUrl)));
    if (parts.includes('load')) results.push(...(await loadBench(baseUrl)));
    return results;
  } finally {
    if (dataDir) execFileSync('node', [harness, 'stop', dataDir]);
  }
}
