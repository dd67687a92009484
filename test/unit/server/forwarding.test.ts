import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { testBackends } from './databaseBackends';
import { adminAuth, createEngineer, startTestServer, type TestServer } from './serverFixture';

const statement = (id: string) => ({
  id,
  actor: { mbox: 'mailto:ada@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
  object: { id: 'http://example.com/activities/forwarded' },
});

for (const backend of testBackends()) {
  describe(`forwarding to another LRS on ${backend.name}`, function () {
    this.timeout(60_000);
    let source: TestServer;
    let target: TestServer;
    before(async () => {
      source = await startTestServer(backend, { forwarding: { intervalMs: 3_600_000 } });
      target = await startTestServer(testBackends()[0]!);
    });
    after(async () => {
      await source?.close();
      await target?.close();
    });

    it('copies stored statements, voiding included, to the target LRS with its credentials', async () => {
      const added = await source.request('POST', '/api/admin/forward-targets', {
        auth: adminAuth,
        body: { endpoint: `${target.url}/xapi/`, username: 'root', password: 'correct-horse-battery' },
      });
      assert.equal(added.status, 201, added.text);
      assert.ok(!added.text.includes('correct-horse'), 'the password is never echoed');
      const ids = [randomUUID(), randomUUID()];
      await source.xapi('POST', '/statements', { body: ids.map(statement) });
      const voiding = randomUUID();
      await source.xapi('PUT', `/statements?statementId=${voiding}`, {
        body: { actor: { mbox: 'mailto:ada@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: ids[1] } },
      });
      assert.equal(await source.server.forwarder.flush(), 3);
      assert.equal((await target.xapi('GET', `/statements?statementId=${ids[0]}`)).status, 200);
      assert.equal((await target.xapi('GET', `/statements?voidedStatementId=${ids[1]}`)).status, 200, 'the voiding reached the target too');
      assert.equal(await source.server.forwarder.flush(), 0, 'nothing is sent twice');
      const targets = (await source.request('GET', '/api/admin/forward-targets', { auth: adminAuth })).json as { targets: { pending: number }[] };
      assert.equal(targets.targets[0]!.pending, 0);
    });

    it('forwards attachment bytes as multipart/mixed, so the target LRS accepts and holds them', async () => {
      const content = `attached ${randomUUID()}`;
      const sha2 = createHash('sha256').update(content).digest('hex');
      const id = randomUUID();
      const body = [
        '--b1', 'Content-Type: application/json', '',
        JSON.stringify({ ...statement(id), attachments: [{ usageType: 'http://example.com/usage', display: { 'en-US': 'notes' }, contentType: 'text/plain', length: content.length, sha2 }] }),
        '--b1', 'Content-Type: text/plain', 'Content-Transfer-Encoding: binary', `X-Experience-API-Hash: ${sha2}`, '', content, '--b1--', '',
      ].join('\r\n');
      const stored = await source.xapi('POST', '/statements', { rawBody: body, headers: { 'content-type': 'multipart/mixed; boundary=b1' } });
      assert.equal(stored.status, 200, stored.text);
      assert.equal(await source.server.forwarder.flush(), 1);
      const copy = await target.xapi('GET', `/statements?statementId=${id}&attachments=true`);
      assert.equal(copy.status, 200);
      assert.ok(copy.text.includes(content), 'the target holds the bytes');
    });

    it('keeps statements queued with the error and a backoff when the target refuses them', async () => {
      const list = (await source.request('GET', '/api/admin/forward-targets', { auth: adminAuth })).json as { targets: { id: number }[] };
      for (const existing of list.targets) await source.request('DELETE', `/api/admin/forward-targets/${existing.id}`, { auth: adminAuth });
      await source.request('POST', '/api/admin/forward-targets', {
        auth: adminAuth,
        body: { endpoint: `${target.url}/xapi/`, username: 'root', password: 'wrong-password' },
      });
      const id = randomUUID();
      await source.xapi('POST', '/statements', { body: [statement(id)] });
      assert.equal(await source.server.forwarder.flush(), 0);
      const targets = (await source.request('GET', '/api/admin/forward-targets', { auth: adminAuth })).json as { targets: { pending: number; lastError: string }[] };
      assert.equal(targets.targets[0]!.pending, 1);
      assert.match(targets.targets[0]!.lastError, /HTTP 401/);
      assert.equal(await source.server.forwarder.flush(), 0, 'not retried before its backoff');
      assert.equal((await target.xapi('GET', `/statements?statementId=${id}`)).status, 404);
    });

    it("an engineer's deletion voids what the target received and never sends the rest", async () => {
      const list = (await source.request('GET', '/api/admin/forward-targets', { auth: adminAuth })).json as { targets: { id: number }[] };
      for (const existing of list.targets) await source.request('DELETE', `/api/admin/forward-targets/${existing.id}`, { auth: adminAuth });
      await source.request('POST', '/api/admin/forward-targets', { auth: adminAuth, body: { endpoint: `${target.url}/xapi/`, username: 'root', password: 'correct-horse-battery' } });
      const { auth, agent } = await createEngineer(source.url, 'fay', 'forwarded-team');
      const own = (id: string) => ({ ...statement(id), actor: agent });
      const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      assert.equal((await source.xapi('POST', '/statements', { auth, body: [own(a), own(b), own(c)] })).status, 200);
      assert.equal(await source.server.forwarder.flush(), 3, 'the target has a, b and c');
      // d and the voiding of b are stored but not yet forwarded when fay deletes her data.
      const voidB = randomUUID();
      assert.equal((await source.xapi('POST', '/statements', { auth, body: [own(d)] })).status, 200);
      assert.equal((await source.xapi('POST', '/statements', { auth, body: [{ id: voidB, actor: agent, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: b } }] })).status, 200);
      assert.equal((await source.request('DELETE', '/api/me/data', { auth })).status, 200);
      const pending = (await source.request('GET', '/api/admin/forward-targets', { auth: adminAuth })).json as { targets: { pending: number }[] };
      assert.equal(pending.targets[0]!.pending, 3, "b's voiding (kept) and voidings made for a and c; d is dropped");

      assert.equal(await source.server.forwarder.flush(), 3);
      for (const id of [a, b, c]) {
        assert.equal((await target.xapi('GET', `/statements?statementId=${id}`)).status, 404, `${id} is no longer live at the target`);
        assert.equal((await target.xapi('GET', `/statements?voidedStatementId=${id}`)).status, 200);
      }
      assert.equal((await target.xapi('GET', `/statements?voidedStatementId=${voidB}`)).status, 404, 'a voiding statement is not voided');
      assert.equal((await target.xapi('GET', `/statements?statementId=${voidB}`)).status, 200, "fay's own voiding statement went on as it was");
      assert.equal((await target.xapi('GET', `/statements?statementId=${d}`)).status, 404, 'what the target never had is never sent');
      assert.equal((await target.xapi('GET', `/statements?voidedStatementId=${d}`)).status, 404);
      assert.equal(await source.server.forwarder.flush(), 0, 'nothing is owed twice');
      const left = await source.server.db.query<{ n: number }>(
        "SELECT (SELECT count(*) FROM forward_erasures)::integer + (SELECT count(*) FROM statements s JOIN users u ON u.id = s.owner_id WHERE u.name = 'fay')::integer AS n",
      );
      assert.equal(left[0]!.n, 0, 'the source keeps nothing of fay once the target has the voidings');
    });
  });
}
