import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { skillReportToStatement, type EngineerAgent } from '../../../src/shared/syncSchemas';
import { SkillRollups } from '../../../src/server/aggregates/rollupQueue';
import { rebuildTeamCells } from '../../../src/server/aggregates/skillRollup';
import type { TeamReport } from '../../../src/server/aggregates/teamReport';
import type { DatabaseLocation } from '../../../src/server/database/openDatabase';
import type { SqlDatabase } from '../../../src/server/database/sqlDatabase';
import { startServer, type RunningServer } from '../../../src/server/teamServer';
import { testBackends } from './databaseBackends';
import { adminAuth, adminCredentials, assetsDir, basic, createEngineer, startTestServer, type TestEngineer, type TestServer } from './serverFixture';

type Cell = { team_id: number; concept_id: string; week: number; engineers: number; mastery_sum: number; struggling: number };

/** A background roll-up that never runs on its own, so a test sees exactly what ingest left queued. */
const noBackground = { quietMs: 3_600_000, maxDelayMs: 3_600_000, intervalMs: 3_600_000 };

async function teamCells(db: SqlDatabase): Promise<Cell[]> {
  const rows = await db.query<Cell>('SELECT * FROM team_concept_weeks ORDER BY team_id, concept_id, week');
  return rows.map((c) => ({ ...c, mastery_sum: Math.round(c.mastery_sum * 1e4) }));
}

/** The running sums equal a rebuild from the engineer rows (rebuilding in a transaction that is rolled back). */
async function assertCellsConsistent(db: SqlDatabase): Promise<void> {
  const running = await teamCells(db);
  const rebuilt = await db
    .transaction(async (tx) => {
      await rebuildTeamCells(tx);
      const rows = await tx.query<Cell>('SELECT * FROM team_concept_weeks ORDER BY team_id, concept_id, week');
      throw Object.assign(new Error('rollback'), { rows });
    })
    .catch((error: { rows?: Cell[] }) => error.rows!.map((c) => ({ ...c, mastery_sum: Math.round(c.mastery_sum * 1e4) })));
  assert.deepEqual(running, rebuilt);
}

async function addEngineers(url: string, team: string, names: string[]): Promise<Map<string, TestEngineer>> {
  const out = new Map<string, TestEngineer>();
  for (const name of names) out.set(name, await createEngineer(url, name, team));
  return out;
}

const report = (agent: EngineerAgent, conceptId: string, mastery: number, id = randomUUID()): Record<string, unknown> =>
  skillReportToStatement(
    { id, conceptId, conceptName: conceptId, verb: 'progressed', mastery, uncertainty: 0.1, modelVersion: 'bkt-1', explanation: 'test', timestamp: new Date().toISOString() },
    agent,
  ) as unknown as Record<string, unknown>;

for (const backend of testBackends()) {
  describe(`team roll-up after ingest (queue, background, catch-up on read) on ${backend.name}`, function () {
    this.timeout(60_000);
    let server: TestServer;
    let engineers: Map<string, TestEngineer>;
    const names = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    const lead = basic('lea', 'lea-password-123');
    const send = async (name: string, body: unknown[]): Promise<void> => {
      const response = await server.xapi('POST', '/statements', { auth: engineers.get(name)!.auth, body });
      assert.equal(response.status, 200, response.text);
    };
    const readReport = async (): Promise<TeamReport> => {
      const response = await server.request('GET', '/api/teams/core/report', { auth: lead });
      assert.equal(response.status, 200, response.text);
      return response.json as TeamReport;
    };
    const queued = async (): Promise<number> => server.server.rollups.pending();

    before(async () => {
      server = await startTestServer(backend, { rollups: noBackground });
      engineers = await addEngineers(server.url, 'core', names);
      await server.request('POST', '/api/admin/users', { auth: adminAuth, body: { name: 'lea', role: 'lead', team: 'core', password: 'lea-password-123' } });
    });
    after(async () => server?.close());

    it('ingest queues the reports and leaves the cells alone; a lead reading the report first rolls them up', async () => {
      for (const name of names.slice(0, 5)) await send(name, [report(engineers.get(name)!.agent, 'closures', 0.3)]);
      assert.equal(await queued(), 5, 'one queue row per write');
      assert.deepEqual(await teamCells(server.server.db), [], 'nothing rolled up at ingest');
      const read = await readReport();
      const closures = read.concepts.find((c) => c.conceptId === 'closures');
      const latest = closures?.cells[closures.cells.length - 1];
      assert.deepEqual(latest && latest.shown ? { engineers: latest.engineers, struggleRate: latest.struggleRate } : latest, { engineers: 5, struggleRate: 1 });
      assert.equal(await queued(), 0);
      await assertCellsConsistent(server.server.db);
    });

    it('never counts a report voided or deleted while it waits in the queue', async () => {
      const voidedId = randomUUID();
      await send('r1', [report(engineers.get('r1')!.agent, 'generics', 0.9, voidedId)]);
      await send('r1', [{ actor: engineers.get('r1')!.agent, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: voidedId } }]);
      await send('r6', [report(engineers.get('r6')!.agent, 'generics', 0.2), report(engineers.get('r6')!.agent, 'closures', 0.9)]);
      assert.equal((await server.request('DELETE', '/api/me/data', { auth: engineers.get('r6')!.auth })).status, 200);
      assert.ok((await queued()) >= 2, 'both writes are still queued');
      await server.server.rollups.catchUp();
      const generics = await server.server.db.query('SELECT * FROM mastery_reports WHERE concept_id = $1', ['generics']);
      assert.deepEqual(generics, [], 'the voided report and the deleted engineer count nowhere');
      const closures = (await teamCells(server.server.db)).filter((c) => c.concept_id === 'closures');
      assert.deepEqual(closures.map((c) => c.engineers), [5], "r6's deleted report did not join the cell");
      await assertCellsConsistent(server.server.db);
    });

    it('a roll-up that fails leaves its reports queued, and the retry counts each once', async () => {
      for (const name of names.slice(0, 3)) await send(name, [report(engineers.get(name)!.agent, 'async-await', 0.4), report(engineers.get(name)!.agent, 'iterators', 0.7)]);
      const before = await server.server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM mastery_reports');
      // The same database, failing the statement that would delete the taken queue rows (the end of the work).
      const db = server.server.db;
      let failures = 0;
      const failing: SqlDatabase = {
        ...db,
        query: db.query.bind(db),
        transaction: (work) =>
          db.transaction((tx) =>
            work({
              query: (sql, params) => {
                if (sql.startsWith('DELETE FROM rollup_queue')) {
                  failures++;
                  throw new Error('connection lost (test)');
                }
                return tx.query(sql, params);
              },
            }),
          ),
      };
      const broken = new SkillRollups(failing, { quietMs: 0, maxDelayMs: 0, intervalMs: 3_600_000, rowsPerTransaction: 50, log: () => undefined });
      await assert.rejects(broken.catchUp(), /connection lost/);
      assert.equal(failures, 1);
      assert.equal(await queued(), 3, 'the failed transaction took nothing off the queue');
      const [after] = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM mastery_reports');
      assert.equal(after!.n, before[0]!.n, 'and stored no report');
      await server.server.rollups.catchUp();
      const [done] = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM mastery_reports');
      assert.equal(done!.n, before[0]!.n + 6);
      await assertCellsConsistent(db);
    });
  });

  describe(`team roll-up in the background on ${backend.name}`, function () {
    this.timeout(60_000);

    it('rolls up on its own once writes pause, without a report read', async () => {
      const server = await startTestServer(backend, { rollups: { quietMs: 20, maxDelayMs: 200, intervalMs: 3_600_000 } });
      try {
        const engineers = await addEngineers(server.url, 'bg', ['b1', 'b2']);
        for (const [, { auth, agent }] of engineers) {
          assert.equal((await server.xapi('POST', '/statements', { auth, body: [report(agent, 'closures', 0.6), report(agent, 'generics', 0.2)] })).status, 200);
        }
        const deadline = Date.now() + 10_000;
        while ((await server.server.rollups.pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        assert.equal(await server.server.rollups.pending(), 0, 'the queue drained by itself');
        const cells = await teamCells(server.server.db);
        assert.deepEqual(cells.map((c) => [c.concept_id, c.engineers, c.struggling]), [['closures', 2, 0], ['generics', 2, 2]]);
      } finally {
        await server.close();
      }
    });

    // In-memory PGlite does not outlive its server; on disk, the sync fault test restarts a PGlite server with a queue.
    if (backend.name === 'postgres') it('keeps what is queued across a restart on the same database', async () => {
      const location = await backend.create();
      const first = await startServer({ database: location, assetsDir, bootstrapAdmin: adminCredentials, log: () => undefined, rollups: noBackground });
      const { auth, agent } = await createEngineer(first.url, 'k1', 'keep');
      const posted = await fetch(`${first.url}/xapi/statements`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' }, body: JSON.stringify([report(agent, 'closures', 0.1)]) });
      assert.equal(posted.status, 200);
      await first.close();
      const second = await startServer({ database: location, assetsDir, bootstrapAdmin: adminCredentials, log: () => undefined, rollups: { quietMs: 20, maxDelayMs: 50, intervalMs: 30 } });
      try {
        const deadline = Date.now() + 10_000;
        while ((await second.server.rollups.pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        assert.equal(await second.server.rollups.pending(), 0, 'the restarted server found the queued report by its polling');
        assert.deepEqual((await teamCells(second.server.db)).map((c) => [c.concept_id, c.engineers]), [['closures', 1]]);
      } finally {
        await second.close();
      }
    });
  });
}

const postgres = testBackends().find((backend) => backend.name === 'postgres');

describe('team roll-up shared by two server instances on one PostgreSQL', function () {
  this.timeout(120_000);
  if (!postgres) {
    it('is skipped: PostgreSQL is not available on this machine');
    return;
  }

  it('applies every report exactly once while both ingest, roll up in the background and catch up on reads', async () => {
    const location: DatabaseLocation = await postgres.create();
    const options = { database: location, assetsDir, bootstrapAdmin: adminCredentials, log: () => undefined, rateLimit: { perMinute: 1e6, burst: 1e6 } };
    const a: RunningServer = await startServer({ ...options, rollups: { quietMs: 5, maxDelayMs: 20, intervalMs: 50 } });
    const b: RunningServer = await startServer({ ...options, rollups: { quietMs: 5, maxDelayMs: 20, intervalMs: 50 } });
    try {
      const call = async (server: RunningServer, method: string, path: string, auth: string, body?: unknown): Promise<unknown> => {
        const response = await fetch(`${server.url}${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' }, body: body === undefined ? undefined : JSON.stringify(body) });
        const text = await response.text();
        assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
        return text ? JSON.parse(text) : undefined;
      };
      const engineers: TestEngineer[] = [];
      for (let i = 0; i < 6; i++) engineers.push(await createEngineer(a.url, `s${i}`, 'shared'));
      // 60 writes of 20 reports, alternating instances, 3 in flight, while reads on both force catch-ups.
      const writes = Array.from({ length: 60 }, (_, w) => ({
        server: w % 2 === 0 ? a : b,
        engineer: engineers[w % engineers.length]!,
        body: Array.from({ length: 20 }, (_, i) => report(engineers[w % engineers.length]!.agent, `concept-${(w + i) % 7}`, ((w * 20 + i) % 10) / 10)),
      }));
      let next = 0;
      const writer = async (): Promise<void> => {
        while (next < writes.length) {
          const { server, engineer, body } = writes[next++]!;
          await call(server, 'POST', '/xapi/statements', engineer.auth, body);
        }
      };
      let reading = true;
      const reader = async (server: RunningServer): Promise<number> => {
        let reads = 0;
        while (reading) {
          await call(server, 'GET', '/api/teams/shared/report', adminAuth);
          reads++;
        }
        return reads;
      };
      const readers = [reader(a), reader(b)];
      await Promise.all([writer(), writer(), writer()]);
      reading = false;
      const reads = await Promise.all(readers);
      assert.ok(reads[0]! > 0 && reads[1]! > 0, 'both instances caught up on reads while the writes ran');
      await call(b, 'GET', '/api/teams/shared/report', adminAuth);

      const db = a.server.db;
      assert.equal(await a.server.rollups.pending(), 0);
      const [counts] = await db.query<{ reports: number; statements: number; distinct: number }>(
        `SELECT (SELECT count(*)::integer FROM mastery_reports) AS reports, (SELECT count(*)::integer FROM statements) AS statements,
                (SELECT count(DISTINCT statement_seq)::integer FROM mastery_reports) AS distinct`,
      );
      assert.deepEqual(counts, { reports: 1200, statements: 1200, distinct: 1200 });
      const drift = await db.query(
        `SELECT c.* FROM team_concept_weeks c FULL JOIN (
           SELECT team_id, concept_id, week, count(*)::integer AS engineers FROM engineer_concept_weeks GROUP BY 1, 2, 3) e
         USING (team_id, concept_id, week) WHERE c.engineers IS DISTINCT FROM e.engineers`,
      );
      assert.deepEqual(drift, [], 'team cells agree with the engineer rows');
      await assertCellsConsistent(db);
      // The engineer rows hold each engineer's latest report per concept and week.
      const wrong = await db.query(
        `SELECT e.* FROM engineer_concept_weeks e JOIN LATERAL (
           SELECT mastery FROM mastery_reports r WHERE r.user_id = e.user_id AND r.concept_id = e.concept_id AND r.week = e.week
           ORDER BY at_ms DESC, statement_seq DESC LIMIT 1) latest ON true WHERE latest.mastery <> e.mastery`,
      );
      assert.deepEqual(wrong, []);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('stores a batch sent to both instances at once exactly once and answers both with 200', async () => {
    const location: DatabaseLocation = await postgres.create();
    const options = { database: location, assetsDir, bootstrapAdmin: adminCredentials, log: () => undefined };
    const a = await startServer(options);
    const b = await startServer(options);
    try {
      const body = Array.from({ length: 50 }, (_, i) => ({
        id: randomUUID(),
        actor: { mbox: 'mailto:race@example.com' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' },
        object: { id: `http://example.com/race/${i}` },
      }));
      for (let attempt = 0; attempt < 5; attempt++) {
        const batch = body.map((s) => ({ ...s, id: randomUUID() }));
        const answers = await Promise.all(
          [a, b, a, b].map((server) =>
            fetch(`${server.url}/xapi/statements`, { method: 'POST', headers: { authorization: adminAuth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' }, body: JSON.stringify(batch) }),
          ),
        );
        assert.deepEqual(answers.map((r) => r.status), [200, 200, 200, 200]);
        const [row] = await a.server.db.query<{ n: number; distinct: number }>('SELECT count(*)::integer AS n, count(DISTINCT id)::integer AS distinct FROM statements WHERE id = ANY($1::uuid[])', [batch.map((s) => s.id)]);
        assert.deepEqual(row, { n: 50, distinct: 50 });
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});
