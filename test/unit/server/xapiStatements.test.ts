import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { testBackends } from './databaseBackends';
import { startTestServer, type TestServer } from './serverFixture';

const verb = { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } };
const actor = { objectType: 'Agent', mbox: 'mailto:ada@example.com', name: 'Ada' };
const activity = { objectType: 'Activity', id: 'http://example.com/activities/closures' };

function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { actor, verb, object: activity, ...overrides };
}

interface StatementResult {
  statements: Record<string, unknown>[];
  more: string;
}

for (const backend of testBackends()) {
  describe(`xAPI statements resource on ${backend.name}`, function () {
    // Servers start a real database (PGlite's WASM or a fresh PostgreSQL one): seconds on a loaded 2-core machine.
    this.timeout(60_000);
    let server: TestServer;
    before(async () => {
      server = await startTestServer(backend, { maxPageSize: 3 });
    });
    after(async () => server?.close());

    it('serves /xapi/about without credentials and announces version 2.0.0', async () => {
      const response = await server.request('GET', '/xapi/about');
      assert.equal(response.status, 200);
      assert.deepEqual((response.json as { version: string[] }).version.includes('2.0.0'), true);
      assert.equal(response.headers.get('x-experience-api-version'), '2.0.0');
    });

    it('requires the version header and Basic credentials', async () => {
      const noVersion = await server.request('GET', '/xapi/statements', { auth: server.url && 'Basic cm9vdDpjb3JyZWN0LWhvcnNlLWJhdHRlcnk=' });
      assert.equal(noVersion.status, 400);
      assert.match((noVersion.json as { message: string }).message, /X-Experience-API-Version/);
      const badVersion = await server.xapi('GET', '/statements', { headers: { 'x-experience-api-version': '0.9' } });
      assert.equal(badVersion.status, 400);
      const noAuth = await server.xapi('GET', '/statements', { auth: '' });
      assert.equal(noAuth.status, 401);
      assert.match(noAuth.headers.get('www-authenticate') ?? '', /Basic/);
      const wrong = await server.xapi('GET', '/statements', { auth: `Basic ${Buffer.from('root:nope').toString('base64')}` });
      assert.equal(wrong.status, 401);
      assert.equal(noVersion.headers.get('x-experience-api-version'), '2.0.0', 'errors carry the version header too');
      const head = await server.xapi('HEAD', '/statements?limit=1');
      assert.equal(head.status, 200);
      assert.ok(head.headers.get('x-experience-api-consistent-through'));
    });

    it('PUT stores with 204, GET returns it with stored, authority, version and the Date and consistency headers', async () => {
      const id = randomUUID();
      const put = await server.xapi('PUT', `/statements?statementId=${id}`, { body: statement({ id }) });
      assert.equal(put.status, 204);
      const got = await server.xapi('GET', `/statements?statementId=${id}`);
      assert.equal(got.status, 200);
      const body = got.json as Record<string, unknown>;
      assert.equal(body.id, id);
      assert.deepEqual(body.actor, actor);
      assert.equal(body.version, '2.0.0');
      assert.ok(typeof body.stored === 'string' && !Number.isNaN(Date.parse(body.stored)));
      assert.equal(body.timestamp, body.stored, 'timestamp defaults to stored');
      assert.deepEqual((body.authority as { account: { name: string } }).account.name, 'root');
      assert.ok(got.headers.get('date'));
      assert.ok(got.headers.get('last-modified'));
      const through = got.headers.get('x-experience-api-consistent-through');
      assert.ok(through && Date.parse(through) <= Date.now());
    });

    it('accepts a repeated identical statement and rejects a different one with the same id (409), storing nothing new', async () => {
      const id = randomUUID();
      assert.equal((await server.xapi('PUT', `/statements?statementId=${id}`, { body: statement() })).status, 204);
      assert.equal((await server.xapi('PUT', `/statements?statementId=${id}`, { body: statement() })).status, 204);
      const again = await server.xapi('POST', '/statements', { body: [statement({ id })] });
      assert.equal(again.status, 200);
      const conflict = await server.xapi('PUT', `/statements?statementId=${id}`, { body: statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } }) });
      assert.equal(conflict.status, 409);
      const fresh = randomUUID();
      const batch = await server.xapi('POST', '/statements', { body: [statement({ id: fresh }), statement({ id, result: { success: true } })] });
      assert.equal(batch.status, 409);
      assert.equal((await server.xapi('GET', `/statements?statementId=${fresh}`)).status, 404, 'a rejected batch stores nothing');
    });

    it('POST returns the ids in order, generating the missing ones', async () => {
      const given = randomUUID();
      const response = await server.xapi('POST', '/statements', { body: [statement({ id: given }), statement()] });
      assert.equal(response.status, 200);
      const ids = response.json as string[];
      assert.equal(ids.length, 2);
      assert.equal(ids[0], given);
      assert.match(ids[1]!, /^[0-9a-f-]{36}$/);
      assert.equal((await server.xapi('GET', `/statements?statementId=${ids[1]}`)).status, 200);
    });

    const malformed: [string, unknown][] = [
      ['no actor', { verb, object: activity }],
      ['an agent with two IFIs', statement({ actor: { mbox: 'mailto:a@b.c', openid: 'http://a.example/' } })],
      ['a mbox without mailto', statement({ actor: { mbox: 'a@b.c' } })],
      ['a verb id without a scheme', statement({ verb: { id: 'attempted' } })],
      ['an unknown property', statement({ mood: 'happy' })],
      ['a wrongly cased key', statement({ Actor: actor })],
      ['a null value', statement({ result: { success: null } })],
      ['a string where a boolean belongs', statement({ result: { success: 'true' } })],
      ['a string where a number belongs', statement({ result: { score: { scaled: '0.5' } } })],
      ['a scaled score above 1', statement({ result: { score: { scaled: 1.5 } } })],
      ['a raw score outside min/max', statement({ result: { score: { raw: 11, min: 0, max: 10 } } })],
      ['a bad duration', statement({ result: { duration: '5 minutes' } })],
      ['a timestamp without a zone', statement({ timestamp: '2024-01-01T10:00:00' })],
      ['a -00:00 offset', statement({ timestamp: '2024-01-01T10:00:00-00:00' })],
      ['a bad language tag', statement({ verb: { id: verb.id, display: { 'not a tag': 'x' } } })],
      ['a bad interaction type', statement({ object: { id: activity.id, definition: { interactionType: 'Choice' } } })],
      ['a voiding statement without a StatementRef', statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } })],
      ['context.revision with an Agent object', statement({ object: { objectType: 'Agent', mbox: 'mailto:x@y.z' }, context: { revision: '1' } })],
      ['a registration that is not a UUID', statement({ context: { registration: 'abc' } })],
      ['an anonymous group without members', statement({ actor: { objectType: 'Group', name: 'g' } })],
      ['a nested SubStatement', statement({ object: { objectType: 'SubStatement', actor, verb, object: { objectType: 'SubStatement', actor, verb, object: activity } } })],
      ['an extension key without a scheme', statement({ result: { extensions: { mastery: 1 } } })],
    ];
    for (const [what, body] of malformed) {
      it(`rejects a statement with ${what} (400) and stores nothing`, async () => {
        const id = randomUUID();
        const withId = typeof body === 'object' && body !== null ? { ...body, id } : body;
        const response = await server.xapi('POST', '/statements', { body: [withId] });
        assert.equal(response.status, 400, response.text);
        assert.equal(typeof (response.json as { message: string }).message, 'string');
        assert.equal((await server.xapi('GET', `/statements?statementId=${id}`)).status, 404);
      });
    }

    it('rejects PUT without statementId, a mismatched id, invalid JSON, unknown parameters and unsupported methods', async () => {
      assert.equal((await server.xapi('PUT', '/statements', { body: statement() })).status, 400);
      assert.equal((await server.xapi('PUT', `/statements?statementId=${randomUUID()}`, { body: statement({ id: randomUUID() }) })).status, 400);
      assert.equal((await server.xapi('POST', '/statements', { rawBody: '{"actor": ' })).status, 400);
      assert.equal((await server.xapi('GET', '/statements?colour=blue')).status, 400);
      assert.equal((await server.xapi('DELETE', '/statements')).status, 405);
      const duplicateIds = randomUUID();
      assert.equal((await server.xapi('POST', '/statements', { body: [statement({ id: duplicateIds }), statement({ id: duplicateIds })] })).status, 400);
    });

    it('voids a statement: hidden from statementId and queries, returned by voidedStatementId, the voiding statement listed', async () => {
      const target = randomUUID();
      const voiding = randomUUID();
      await server.xapi('PUT', `/statements?statementId=${target}`, { body: statement({ object: { id: 'http://example.com/activities/void-me' } }) });
      const response = await server.xapi('PUT', `/statements?statementId=${voiding}`, {
        body: statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: target } }),
      });
      assert.equal(response.status, 204);
      assert.equal((await server.xapi('GET', `/statements?statementId=${target}`)).status, 404);
      const voided = await server.xapi('GET', `/statements?voidedStatementId=${target}`);
      assert.equal(voided.status, 200);
      assert.equal((voided.json as { id: string }).id, target);
      const byActivity = await server.xapi('GET', `/statements?activity=${encodeURIComponent('http://example.com/activities/void-me')}`);
      const ids = (byActivity.json as StatementResult).statements.map((s) => s.id);
      assert.deepEqual(ids, [voiding], 'the voided statement is gone; the voiding statement matches through its StatementRef');
      // A voiding statement cannot itself be voided.
      await server.xapi('POST', '/statements', { body: [statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: voiding } })] });
      assert.equal((await server.xapi('GET', `/statements?statementId=${voiding}`)).status, 200);
    });

    it('filters by agent, verb, activity, registration, related activities/agents, since/until, and pages with more', async () => {
      const registration = randomUUID();
      const bob = { mbox: 'mailto:bob@example.com' };
      const activityId = `http://example.com/activities/${randomUUID()}`;
      const before = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      const ids = (await server.xapi('POST', '/statements', {
        body: [
          statement({ actor: bob, object: { id: activityId }, context: { registration } }),
          statement({ actor: bob, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' }, object: { id: activityId } }),
          statement({ actor: bob, object: { id: 'http://example.com/other' }, context: { contextActivities: { parent: [{ id: activityId }] } } }),
          statement({ object: { id: activityId }, context: { instructor: bob } }),
          statement({ actor: bob, object: { id: activityId } }),
        ],
      })).json as string[];
      const query = async (q: string): Promise<StatementResult> => (await server.xapi('GET', `/statements?${q}`)).json as StatementResult;
      const agent = encodeURIComponent(JSON.stringify(bob));
      const collect = async (q: string): Promise<string[]> => {
        const found: string[] = [];
        let page = await query(q);
        for (;;) {
          found.push(...page.statements.map((s) => String(s.id)));
          if (!page.more) return found;
          assert.ok(page.more.startsWith('/xapi/statements?more='));
          page = (await server.xapi('GET', page.more.slice('/xapi'.length))).json as StatementResult;
        }
      };
      assert.deepEqual(await collect(`agent=${agent}`), [ids[4], ids[2], ids[1], ids[0]], 'newest first, paged 3 at a time');
      assert.deepEqual(await collect(`agent=${agent}&ascending=true`), [ids[0], ids[1], ids[2], ids[4]]);
      assert.deepEqual(await collect(`agent=${agent}&related_agents=true`), [ids[4], ids[3], ids[2], ids[1], ids[0]]);
      assert.deepEqual(await collect(`verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/passed')}&agent=${agent}`), [ids[1]]);
      assert.deepEqual(await collect(`activity=${encodeURIComponent(activityId)}`), [ids[4], ids[3], ids[1], ids[0]]);
      assert.deepEqual(await collect(`activity=${encodeURIComponent(activityId)}&related_activities=true`), [ids[4], ids[3], ids[2], ids[1], ids[0]]);
      assert.deepEqual(await collect(`registration=${registration}`), [ids[0]]);
      const since = await collect(`since=${encodeURIComponent(before)}&agent=${agent}&limit=2`);
      assert.equal(since.length, 4);
      assert.deepEqual(await collect(`until=${encodeURIComponent(before)}&agent=${agent}`), []);
      assert.equal((await query(`agent=${agent}&limit=1`)).statements.length, 1);
      assert.equal((await server.xapi('GET', '/statements?agent=%7B%7D')).status, 400);
      assert.equal((await server.xapi('GET', '/statements?more=bogus')).status, 400);
    });

    it('returns the ids and canonical formats', async () => {
      const id = randomUUID();
      await server.xapi('PUT', `/statements?statementId=${id}`, {
        body: statement({ verb: { id: verb.id, display: { 'en-US': 'attempted', 'fr-FR': 'a essayé' } }, object: { id: 'http://example.com/a', definition: { name: { 'en-US': 'A', 'fr-FR': 'Un' } } } }),
      });
      const ids = (await server.xapi('GET', `/statements?statementId=${id}&format=ids`)).json as Record<string, Record<string, unknown>>;
      assert.deepEqual(ids.verb, { id: verb.id });
      assert.deepEqual(ids.object, { objectType: 'Activity', id: 'http://example.com/a' });
      assert.deepEqual(ids.actor, { objectType: 'Agent', mbox: actor.mbox });
      const canonical = (await server.xapi('GET', `/statements?statementId=${id}&format=canonical`, { headers: { 'accept-language': 'fr-FR' } })).json as Record<string, Record<string, unknown>>;
      assert.deepEqual(canonical.verb!.display, { 'fr-FR': 'a essayé' });
      assert.deepEqual((canonical.object!.definition as Record<string, unknown>).name, { 'fr-FR': 'Un' });
    });

    it('refuses bodies over the size limit with 413', async () => {
      const huge = statement({ result: { response: 'x'.repeat(1024 * 1024 + 10) } });
      const response = await server.xapi('POST', '/statements', { body: huge });
      assert.equal(response.status, 413);
    });
  });
}
