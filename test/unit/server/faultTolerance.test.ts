import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { skillReportToStatement, type EngineerAgent } from '../../../src/shared/syncSchemas';
import { testBackends } from './databaseBackends';
import { adminAuth, startTestServer } from './serverFixture';
import { spawnServerProcess, type ServerProcess } from '../../support/serverProcess';


/** Runs `skilltrace server` as its own process so it can be killed with SIGKILL mid-request. */
function spawnServer(databaseUrl: string): Promise<ServerProcess> {
  return spawnServerProcess(['--port', '0'], { DATABASE_URL: databaseUrl, SKILLTRACE_ADMIN: 'root:correct-horse-battery' });
}

async function post(url: string, path: string, auth: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json', 'x-experience-api-version': '2.0.0' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const postgres = testBackends().find((backend) => backend.name === 'postgres');

describe('team server fault tolerance (PostgreSQL, real process)', function () {
  this.timeout(120_000);
  if (!postgres) {
    it('is skipped: PostgreSQL is not available on this machine');
    return;
  }

  it('loses and duplicates nothing when killed mid-batch and restarted, with the client retrying by statement id', async () => {
    const location = await postgres.create();
    assert.equal(location.kind, 'postgres');
    const databaseUrl = (location as { url: string }).url;
    let server = await spawnServer(databaseUrl);
    try {
      await post(server.url, '/api/admin/teams', adminAuth, { name: 'payments' });
      await post(server.url, '/api/admin/users', adminAuth, { name: 'ada', role: 'engineer', team: 'payments' });
      const { token } = (await post(server.url, '/api/admin/tokens', adminAuth, { user: 'ada' })).json as { token: string };
      const auth = `Bearer ${token}`;
      const me = await fetch(`${server.url}/api/me`, { headers: { authorization: auth } });
      const { agent } = (await me.json()) as { agent: EngineerAgent };

      const batches = Array.from({ length: 40 }, (_, b) =>
        Array.from({ length: 25 }, (_, i) =>
          skillReportToStatement(
            { id: randomUUID(), conceptId: `concept-${(b + i) % 12}`, conceptName: 'c', verb: 'progressed', mastery: ((b * 25 + i) % 10) / 10, uncertainty: 0.2, modelVersion: 'bkt-1', explanation: 'fault test', timestamp: new Date(Date.now() - (i % 20) * 86_400_000).toISOString() },
            agent,
          ),
        ),
      );
      // Send everything with 4 requests in flight and kill the server with SIGKILL while they are.
      const acknowledged = new Set<number>();
      let next = 0;
      const sender = async (): Promise<void> => {
        while (next < batches.length) {
          const index = next++;
          try {
            const response = await post(server.url, '/xapi/statements', auth, batches[index]);
            if (response.status === 200) acknowledged.add(index);
          } catch {
            // Connection reset by the kill: the client does not know whether the batch was stored.
          }
        }
      };
      const sending = Promise.all([sender(), sender(), sender(), sender()]);
      await new Promise((r) => setTimeout(r, 150));
      server.child.kill('SIGKILL');
      await sending;
      assert.ok(acknowledged.size < batches.length, 'the kill interrupted the run');

      server = await spawnServer(databaseUrl);
      // The client resends every batch it has no acknowledgement for, plus a few acknowledged ones (lost replies).
      const resend = batches.map((_, index) => index).filter((index) => !acknowledged.has(index) || index % 7 === 0);
      for (const index of resend) {
        const response = await post(server.url, '/xapi/statements', auth, batches[index]);
        assert.equal(response.status, 200, JSON.stringify(response.json));
      }

      // Reports queued for the team roll-up when the kill came stay queued; a lead's report read rolls them up.
      const report = await fetch(`${server.url}/api/teams/payments/report`, { headers: { authorization: adminAuth } });
      assert.equal(report.status, 200);
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        assert.equal((await client.query('SELECT * FROM rollup_queue')).rows.length, 0, 'nothing left queued after a report read');
        const ids = batches.flat().map((statement) => statement.id);
        const stored = await client.query<{ id: string; n: number }>('SELECT id::text AS id, count(*)::integer AS n FROM statements GROUP BY id');
        assert.equal(stored.rows.length, ids.length, 'every statement stored');
        assert.ok(stored.rows.every((row) => row.n === 1), 'no statement stored twice');
        const reports = await client.query<{ n: number }>('SELECT count(*)::integer AS n FROM mastery_reports');
        assert.equal(reports.rows[0]!.n, ids.length, 'one skill report per statement');
        const drift = await client.query(
          `SELECT c.* FROM team_concept_weeks c FULL JOIN (
             SELECT team_id, concept_id, week, count(*)::integer AS engineers FROM engineer_concept_weeks GROUP BY 1, 2, 3) e
           USING (team_id, concept_id, week) WHERE c.engineers IS DISTINCT FROM e.engineers`,
        );
        assert.equal(drift.rows.length, 0, 'team cells agree with the engineer rows');
      } finally {
        await client.end();
      }
    } finally {
      server.child.kill('SIGTERM');
    }
  });

  it('rejects hostile payloads without storing them', async () => {
    const server = await startTestServer(postgres);
    try {
      const base = { actor: { mbox: 'mailto:a@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' }, object: { id: 'http://example.com/a' } };
      let deep: unknown = 1;
      for (let i = 0; i < 200; i++) deep = { next: deep };
      const id = randomUUID();
      const nested = await server.xapi('POST', '/statements', { body: { ...base, id, result: { extensions: { 'http://example.com/x': deep } } } });
      assert.equal(nested.status, 400);
      const proto = await server.xapi('POST', '/statements', { rawBody: `{"__proto__": {"admin": true}, "actor": {"mbox": "mailto:a@example.com"}}` });
      assert.equal(proto.status, 400);
      const manyItems = await server.xapi('POST', '/statements', { body: Array.from({ length: 501 }, () => base) });
      assert.equal(manyItems.status, 413);
      // xAPI-Communication 1.5 (ADL XAPI-00127): anything but application/json or multipart/mixed is a 400.
      const notJson = await server.xapi('POST', '/statements', { rawBody: '<xml/>', headers: { 'content-type': 'application/xml' } });
      assert.equal(notJson.status, 400);
      const count = await server.server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM statements');
      assert.equal(count[0]!.n, 0);
      assert.equal((await server.xapi('GET', `/statements?statementId=${id}`)).status, 404);
    } finally {
      await server.close();
    }
  });
});
