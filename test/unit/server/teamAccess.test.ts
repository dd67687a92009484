import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { skillReportToStatement, type EngineerAgent, type SkillReport } from '../../../src/shared/syncSchemas';
import { rebuildTeamCells } from '../../../src/server/aggregates/skillRollup';
import type { TeamReport } from '../../../src/server/aggregates/teamReport';
import { createServer } from '../../../src/server/teamServer';
import { testBackends } from './databaseBackends';
import { adminAuth, assetsDir, basic, startTestServer, type TestServer } from './serverFixture';

type Cells = { concept_id: string; week: number; engineers: number; mastery_sum: number; struggling: number }[];

for (const backend of testBackends()) {
  describe(`team server accounts, roles and private aggregates on ${backend.name}`, function () {
    this.timeout(60_000);
    let server: TestServer;
    const tokens = new Map<string, string>();
    const agents = new Map<string, EngineerAgent>();
    const engineers = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];
    const bearer = (name: string): string => `Bearer ${tokens.get(name)}`;
    const lena = basic('lena', 'lena-password-1');
    const sam = basic('sam', 'sam-password-12');

    const report = (engineer: string, conceptId: string, mastery: number, id = randomUUID()): Record<string, unknown> => {
      const input: SkillReport = {
        id,
        conceptId,
        conceptName: conceptId,
        verb: mastery >= 0.8 ? 'mastered' : 'progressed',
        mastery,
        uncertainty: 0.1,
        modelVersion: 'bkt-1',
        explanation: 'repeated TS2339 on optional fields',
        timestamp: new Date().toISOString(),
      };
      return skillReportToStatement(input, agents.get(engineer)!);
    };

    const cellsAreConsistent = async (): Promise<void> => {
      const db = server.server.db;
      await server.server.rollups.catchUp();
      const order = 'ORDER BY team_id, concept_id, week';
      const running = await db.query<Cells[number]>(`SELECT * FROM team_concept_weeks ${order}`);
      await rebuildTeamCells(db);
      const rebuilt = await db.query<Cells[number]>(`SELECT * FROM team_concept_weeks ${order}`);
      assert.deepEqual(
        running.map((c) => ({ ...c, mastery_sum: Math.round(c.mastery_sum * 1e4) })),
        rebuilt.map((c) => ({ ...c, mastery_sum: Math.round(c.mastery_sum * 1e4) })),
      );
    };

    before(async () => {
      server = await startTestServer(backend);
      for (const team of ['payments', 'search']) assert.equal((await server.request('POST', '/api/admin/teams', { auth: adminAuth, body: { name: team } })).status, 201);
      for (const name of [...engineers, 'eve']) {
        const team = name === 'eve' ? 'search' : 'payments';
        assert.equal((await server.request('POST', '/api/admin/users', { auth: adminAuth, body: { name, role: 'engineer', team } })).status, 201);
        const token = await server.request('POST', '/api/admin/tokens', { auth: adminAuth, body: { user: name } });
        tokens.set(name, (token.json as { token: string }).token);
        const me = await server.request('GET', '/api/me', { auth: bearer(name) });
        agents.set(name, (me.json as { agent: EngineerAgent }).agent);
      }
      await server.request('POST', '/api/admin/users', { auth: adminAuth, body: { name: 'lena', role: 'lead', team: 'payments', password: 'lena-password-1' } });
      await server.request('POST', '/api/admin/users', { auth: adminAuth, body: { name: 'sam', role: 'lead', team: 'search', password: 'sam-password-12' } });
    });
    after(async () => server?.close());

    it('refuses bad account input with clear 4xx errors', async () => {
      const duplicate = await server.request('POST', '/api/admin/teams', { auth: adminAuth, body: { name: 'payments' } });
      assert.equal(duplicate.status, 409);
      const noTeam = await server.request('POST', '/api/admin/users', { auth: adminAuth, body: { name: 'x', role: 'engineer', team: 'nope' } });
      assert.equal(noTeam.status, 404);
      assert.match((noTeam.json as { message: string }).message, /create it first/);
      const notAdmin = await server.request('POST', '/api/admin/teams', { auth: lena, body: { name: 'mine' } });
      assert.equal(notAdmin.status, 403);
      const extra = await server.request('POST', '/api/admin/teams', { auth: adminAuth, body: { name: 'ok', sneaky: true } });
      assert.equal(extra.status, 400);
    });

    it('lets engineers write and read only their own statements, and leads neither', async () => {
      const own = await server.xapi('POST', '/statements', { auth: bearer('e1'), body: [report('e1', 'closures', 0.9)] });
      assert.equal(own.status, 200, own.text);
      const other = await server.xapi('POST', '/statements', { auth: bearer('e1'), body: [report('e2', 'closures', 0.9)] });
      assert.equal(other.status, 403);
      assert.match((other.json as { message: string }).message, /about themselves/);
      const mine = (await server.xapi('GET', '/statements', { auth: bearer('e1') })).json as { statements: { id: string }[] };
      assert.deepEqual(mine.statements.map((s) => s.id), own.json);
      const theirs = await server.xapi('GET', `/statements?statementId=${(own.json as string[])[0]}`, { auth: bearer('e2') });
      assert.equal(theirs.status, 404);
      assert.equal((await server.xapi('GET', '/statements', { auth: lena })).status, 403);
      assert.equal((await server.xapi('POST', '/statements', { auth: lena, body: [report('e1', 'x', 0.5)] })).status, 403);
    });

    it('builds the team report with k-anonymity and complementary suppression, for the own team lead only', async () => {
      // closures: 7 engineers (e1 already sent one); async-await: 6; generics: 2.
      for (const name of engineers.slice(1)) await server.xapi('POST', '/statements', { auth: bearer(name), body: [report(name, 'closures', 0.7)] });
      for (const name of engineers.slice(0, 6)) await server.xapi('POST', '/statements', { auth: bearer(name), body: [report(name, 'async-await', 0.2)] });
      for (const name of engineers.slice(0, 2)) await server.xapi('POST', '/statements', { auth: bearer(name), body: [report(name, 'generics', 0.3)] });
      const response = await server.request('GET', '/api/teams/payments/report?weeks=4', { auth: lena });
      assert.equal(response.status, 200, response.text);
      const body = response.json as TeamReport;
      const latest = (concept: string) => body.concepts.find((c) => c.conceptId === concept)!.cells.at(-1)!;
      assert.deepEqual(latest('generics'), { week: body.weeks.at(-1), shown: false, reason: 'not enough people' });
      assert.equal(latest('async-await').shown, false, 'hidden so generics cannot be derived from the week total');
      const closures = latest('closures');
      assert.ok(closures.shown);
      assert.equal(closures.engineers, 7);
      assert.equal(closures.struggleRate, 0);
      assert.deepEqual(body.weekTotals.at(-1), { shown: true, engineerConcepts: 15, struggleRate: 0.533 });
      assert.deepEqual(body.individuals, []);
      assert.equal((await server.request('GET', '/api/teams/payments/report', { auth: sam })).status, 404);
      assert.equal((await server.request('GET', '/api/teams/payments/report', { auth: bearer('e1') })).status, 403);
      await cellsAreConsistent();
    });

    it('shows individual rows only for engineers who chose to share', async () => {
      assert.equal((await server.request('PUT', '/api/me/sharing', { auth: bearer('e1'), body: { share: true } })).status, 200);
      const body = (await server.request('GET', '/api/teams/payments/report', { auth: lena })).json as TeamReport;
      assert.deepEqual(body.individuals.map((i) => i.name), ['e1']);
      assert.deepEqual(body.individuals[0]!.concepts.map((c) => c.conceptId).sort(), ['async-await', 'closures', 'generics']);
      await server.request('PUT', '/api/me/sharing', { auth: bearer('e1'), body: { share: false } });
    });

    it('records every team-data read in an audit log engineers of that team can read', async () => {
      const entries = ((await server.request('GET', '/api/audit', { auth: bearer('e2') })).json as { entries: { actor: string; action: string }[] }).entries;
      assert.ok(entries.some((e) => e.actor === 'lena' && e.action === 'team-report/read'));
      assert.ok(entries.some((e) => e.actor === 'e1' && e.action === 'sharing/enabled'));
      const otherTeam = ((await server.request('GET', '/api/audit', { auth: bearer('eve') })).json as { entries: { actor: string }[] }).entries;
      assert.ok(!otherTeam.some((e) => e.actor === 'lena'));
      const admin = ((await server.request('GET', '/api/audit', { auth: adminAuth })).json as { entries: unknown[] }).entries;
      assert.ok(admin.length >= entries.length);
      await server.xapi('GET', '/statements?limit=5');
      const afterAdminRead = ((await server.request('GET', '/api/audit', { auth: bearer('eve') })).json as { entries: { actor: string; action: string }[] }).entries;
      assert.ok(afterAdminRead.some((e) => e.actor === 'root' && e.action === 'statements/read'), 'engineers see that an admin credential read statements');
    });

    it('keeps the cells right through voiding and revocation (delete)', async () => {
      const id = randomUUID();
      await server.xapi('POST', '/statements', { auth: bearer('e3'), body: [report('e3', 'generics', 0.1, id)] });
      await cellsAreConsistent();
      const voiding = { actor: agents.get('e3'), verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id } };
      assert.equal((await server.xapi('POST', '/statements', { auth: bearer('e3'), body: [voiding] })).status, 200);
      await cellsAreConsistent();
      const rows = await server.server.db.query<{ engineers: number }>("SELECT engineers FROM team_concept_weeks WHERE concept_id = 'generics'");
      assert.equal(rows[0]!.engineers, 2, 'e3 left the generics cell when their only report was voided');
      const deleted = await server.request('DELETE', '/api/me/data', { auth: bearer('e2') });
      assert.ok((deleted.json as { deletedStatements: number }).deletedStatements >= 3);
      assert.deepEqual(((await server.xapi('GET', '/statements', { auth: bearer('e2') })).json as { statements: unknown[] }).statements, []);
      await cellsAreConsistent();
      const after = await server.server.db.query<{ engineers: number }>("SELECT engineers FROM team_concept_weeks WHERE concept_id = 'closures'");
      assert.equal(after[0]!.engineers, 6);
    });

    it('stops accepting a revoked token', async () => {
      const created = (await server.request('POST', '/api/admin/tokens', { auth: adminAuth, body: { user: 'e5' } })).json as { token: string; tokenId: number };
      assert.equal((await server.request('GET', '/api/me', { auth: `Bearer ${created.token}` })).status, 200);
      assert.equal((await server.request('DELETE', `/api/admin/tokens/${created.tokenId}`, { auth: adminAuth })).status, 200);
      assert.equal((await server.request('GET', '/api/me', { auth: `Bearer ${created.token}` })).status, 401);
      assert.equal((await server.request('GET', '/api/me', { auth: basic('anyone', created.token) })).status, 401);
    });

    it('stores secrets only as scrypt hashes', async () => {
      const rows = await server.server.db.query<{ password_hash: string | null }>("SELECT password_hash FROM users WHERE name = 'lena'");
      assert.match(rows[0]!.password_hash!, /^scrypt\$/);
      assert.ok(!rows[0]!.password_hash!.includes('lena-password-1'));
      const tokenRows = await server.server.db.query<{ secret_hash: string }>('SELECT secret_hash FROM tokens');
      for (const row of tokenRows) for (const token of tokens.values()) assert.ok(!row.secret_hash.includes(token.slice(token.indexOf('_', 3) + 1)));
    });
  });
}

describe('team server limits', function () {
  this.timeout(60_000);
  const [pglite] = testBackends();
  it('refuses a minimum group size below 5', async () => {
    await assert.rejects(createServer({ database: await pglite!.create(), assetsDir, minGroupSize: 3 }), /at least 5/);
  });

  it('answers 429 with Retry-After when a client exceeds its rate', async () => {
    const server = await startTestServer(pglite!, { rateLimit: { perMinute: 60, burst: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await server.request('GET', '/xapi/about')).status);
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      const limited = await server.request('GET', '/xapi/about');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal(limited.headers.get('x-experience-api-version'), '2.0.0', 'a 429 is an xAPI answer too');
      // Credentials have their own bucket: exhaust it with statement reads.
      let limitedRead = await server.xapi('GET', '/statements');
      for (let i = 0; i < 5 && limitedRead.status !== 429; i++) limitedRead = await server.xapi('GET', '/statements');
      assert.equal(limitedRead.status, 429);
      assert.ok(limitedRead.headers.get('x-experience-api-consistent-through'), 'statement reads carry Consistent-Through even when refused for rate');
    } finally {
      await server.close();
    }
  });
});
