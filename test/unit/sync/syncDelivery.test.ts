import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SyncQueue } from '../../../src/core/sync/syncQueue';
import { SyncOutbox, type OutboxEvent, type PlanInput } from '../../../src/adapters/sync/syncOutbox';
import { SyncQueueFile } from '../../../src/adapters/sync/syncQueueFile';
import { XapiSyncClient } from '../../../src/adapters/sync/xapiSyncClient';
import { conceptActivityIdPrefix } from '../../../src/shared/syncSchemas';
import type { RunningServer } from '../../../src/server/teamServer';
import { CutProxy } from './cutProxy';
import { estimates, reportStatement, tempDir } from './syncFixtures';
import { createEngineer, revokeToken, spawnServerProcess, startSyncServer, storedCounts, type Engineer } from './syncServerHarness';

const fastBackoff = { baseMs: 1, maxMs: 5, maxRetryAfterMs: 10 };

function planInput(engineer: Engineer, count: number, excluded: string[] = []): PlanInput {
  return { estimates: estimates(count), actor: engineer.identity.agent, modelVersion: 'test-model', excluded: new Set(excluded), newId: randomUUID };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

function assertExactlyOnce(byId: Map<string, number>, ids: readonly string[]): void {
  const missing = ids.filter((id) => !byId.has(id));
  const twice = ids.filter((id) => (byId.get(id) ?? 0) > 1);
  assert.deepEqual({ missing: missing.length, twice: twice.length }, { missing: 0, twice: 0 });
}

describe('sync client against the real team server (PGlite, loopback)', function () {
  this.timeout(120_000);
  // One server for the tests that need no special options; each test has its own engineer and counts only theirs.
  let shared: RunningServer;
  let engineers = 0;
  const nextName = (): string => `eng${++engineers}`;
  const servers: RunningServer[] = [];
  const track = (server: RunningServer): RunningServer => (servers.push(server), server);
  before(async () => {
    shared = await startSyncServer(undefined);
  });
  after(async () => {
    await shared?.close();
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close().catch(() => undefined);
  });

  it('delivers planned reports in batches, each stored once, and the queue file empties', async () => {
    const dir = tempDir();
    const server = shared;
    const engineer = await createEngineer(server.url, nextName());
    assert.equal(engineer.identity.team?.name, 'payments');
    const events: OutboxEvent[] = [];
    const { outbox } = await SyncOutbox.open(join(dir, 'sync-queue.jsonl'), { onEvent: (e) => events.push(e), limits: { maxStatements: 50, maxBytes: 256 * 1024, maxStatementBytes: 16 * 1024 } });
    const planned = await outbox.plan(planInput(engineer, 120));
    assert.equal(planned.added, 120);
    const ids = outbox.pending().map((e) => e.id);
    // Written before anything is sent: a new reader sees all 120.
    assert.equal((await new SyncQueueFile(outbox.path).load()).snapshot.pending.length, 120);
    const client = new XapiSyncClient({ serverUrl: server.url, token: engineer.token });
    const result = await outbox.flush(client);
    assert.deepEqual({ outcome: result.outcome, delivered: result.delivered }, { outcome: 'delivered', delivered: 120 });
    assert.deepEqual(events.filter((e) => e.type === 'delivered').map((e) => (e as { count: number }).count), [50, 50, 20]);
    const { byId, reports } = await storedCounts(server, engineer.name);
    assertExactlyOnce(byId, ids);
    assert.equal(reports, 120, 'each one counted as a skill report for the team');
    assert.equal(outbox.pending().length, 0);
    assert.equal((await new SyncQueueFile(outbox.path).load()).snapshot.pending.length, 0);
    assert.equal(outbox.delivery().deliveredTotal, 120);
    assert.equal((await outbox.plan(planInput(engineer, 120))).added, 0, 'nothing new to report');
  });

  it('restarted editor with a full queue: a new outbox on the same file delivers everything exactly once, replies lost or not', async () => {
    const dir = tempDir();
    const server = shared;
    const engineer = await createEngineer(server.url, nextName());
    const file = join(dir, 'sync-queue.jsonl');
    const first = (await SyncOutbox.open(file, { backoff: fastBackoff })).outbox;
    await first.plan(planInput(engineer, 300));
    const ids = first.pending().map((e) => e.id);
    // The first editor sends two batches; the server stores both but the reply to the second never arrives
    // (the editor is closed while waiting), so it has to be sent again.
    let calls = 0;
    const lossy: typeof fetch = async (input, init) => {
      calls++;
      const response = await fetch(input, init);
      if (calls === 2) {
        await response.arrayBuffer();
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      }
      return response;
    };
    const firstResult = await first.flush(new XapiSyncClient({ serverUrl: server.url, token: engineer.token, fetch: lossy }));
    assert.equal(firstResult.outcome, 'retrying');
    assert.equal(firstResult.delivered, 50);
    assert.equal((await storedCounts(server, engineer.name)).byId.size, 100, 'the server has the lost-reply batch too');

    const second = await SyncOutbox.open(file, { backoff: fastBackoff });
    assert.equal(second.load.source, 'current');
    assert.equal(second.outbox.pending().length, 250, 'the queue survived the restart');
    const result = await second.outbox.flush(new XapiSyncClient({ serverUrl: server.url, token: engineer.token }), { force: true });
    assert.equal(result.delivered, 250);
    const { byId, reports } = await storedCounts(server, engineer.name);
    assert.equal(byId.size, 300);
    assertExactlyOnce(byId, ids);
    assert.equal(reports, 300);
  });

  it('two VS Code windows on one queue file take turns: both plan and flush at once, nothing lost or sent twice', async () => {
    const server = shared;
    const engineer = await createEngineer(server.url, nextName());
    const file = join(tempDir(), 'sync-queue.jsonl');
    const [a, b] = await Promise.all([SyncOutbox.open(file), SyncOutbox.open(file)]);
    const client = new XapiSyncClient({ serverUrl: server.url, token: engineer.token });
    // Each window's model knows different concepts; they plan and flush interleaved.
    const inputA = { ...planInput(engineer, 0), estimates: estimates(60).map((e) => ({ ...e, conceptId: `a-${e.conceptId}` })) };
    const inputB = { ...planInput(engineer, 0), estimates: estimates(60).map((e) => ({ ...e, conceptId: `b-${e.conceptId}` })) };
    await Promise.all([a.outbox.plan(inputA), b.outbox.plan(inputB), a.outbox.flush(client), b.outbox.flush(client)]);
    await Promise.all([a.outbox.flush(client, { force: true }), b.outbox.flush(client, { force: true })]);
    const { byId } = await storedCounts(server, engineer.name);
    assert.equal(byId.size, 120, 'both windows\' reports arrived');
    assert.ok([...byId.values()].every((n) => n === 1));
    const onDisk = (await new SyncQueueFile(file).load()).snapshot;
    assert.equal(onDisk.pending.length, 0);
    assert.equal(Object.keys(onDisk.planner.reported).length, 120, 'neither window overwrote the other');
    assert.equal((await a.outbox.plan(inputA)).added + (await b.outbox.plan(inputB)).added, 0, 'and neither reports again');
  });

  it('server stopped with a batch in flight (stored but unanswered, then half-received) and restarted on the same database: nothing lost or duplicated', async () => {
    const dir = tempDir();
    let server = await startSyncServer(dir);
    const engineer = await createEngineer(server.url, nextName());
    const proxy = new CutProxy(Number(new URL(server.url).port));
    const proxyUrl = await proxy.start();
    try {
      const { outbox } = await SyncOutbox.open(join(dir, 'sync-queue.jsonl'), { backoff: fastBackoff });
      await outbox.plan(planInput(engineer, 200));
      const ids = outbox.pending().map((e) => e.id);
      const client = new XapiSyncClient({ serverUrl: proxyUrl, token: engineer.token });

      // Batch 1 passes; batch 2 is stored, then the server stops before its answer reaches the client.
      let stoppedWhileHeld = false;
      proxy.next({ kind: 'pass' }, {
        kind: 'hold-answer',
        onHeld: async () => {
          await server.close();
          stoppedWhileHeld = true;
        },
      });
      const interrupted = await outbox.flush(client);
      assert.ok(stoppedWhileHeld);
      assert.equal(interrupted.outcome, 'retrying');
      assert.equal(interrupted.delivered, 50);
      assert.equal(outbox.pending().length, 150, 'the unanswered batch stays queued');

      const down = await outbox.flush(client, { force: true });
      assert.equal(down.outcome, 'retrying', 'no server: retry later');
      assert.match(down.reason ?? '', /could not be reached/);

      server = await startSyncServer(dir, { port: proxy.targetPort });
      assert.equal((await storedCounts(server, engineer.name)).byId.size, 100, 'batch 2 was committed before the stop');
      // Batch 2 again (already stored: accepted, not duplicated); batch 3 dies half-sent as the server stops.
      proxy.next({ kind: 'pass' }, {
        kind: 'cut-request',
        bytes: 4000,
        onCut: async () => {
          await server.close();
        },
      });
      const cut = await outbox.flush(client, { force: true });
      assert.equal(cut.outcome, 'retrying');
      assert.equal(cut.delivered, 50);

      server = await startSyncServer(dir, { port: proxy.targetPort });
      assert.equal((await storedCounts(server, engineer.name)).byId.size, 100, 'the half-received batch was not stored');
      const resumed = await outbox.flush(client, { force: true });
      assert.equal(resumed.outcome, 'delivered');
      assert.equal(outbox.pending().length, 0);
      const { byId, reports } = await storedCounts(server, engineer.name);
      assert.equal(byId.size, 200);
      assertExactlyOnce(byId, ids);
      assert.equal(reports, 200, 'no skill report counted twice');
    } finally {
      await proxy.stop();
      await server.close().catch(() => undefined);
    }
  });

  it('stops on 401 with the queue intact, and delivers once the engineer enters a new token', async () => {
    const dir = tempDir();
    const server = shared;
    const engineer = await createEngineer(server.url, nextName());
    await revokeToken(server.url, engineer.tokenId);
    const events: OutboxEvent[] = [];
    const { outbox } = await SyncOutbox.open(join(dir, 'sync-queue.jsonl'), { onEvent: (e) => events.push(e) });
    await outbox.plan(planInput(engineer, 10));
    const blocked = await outbox.flush(new XapiSyncClient({ serverUrl: server.url, token: engineer.token }));
    assert.equal(blocked.outcome, 'blocked');
    assert.match(blocked.reason ?? '', /refused the token \(401\)/);
    assert.deepEqual(events.map((e) => e.type), ['blocked']);
    assert.equal(outbox.pending().length, 10);
    const again = await outbox.flush(new XapiSyncClient({ serverUrl: server.url, token: engineer.token }), { force: true });
    assert.equal(again.outcome, 'blocked', 'no request is made until the engineer acts');
    assert.equal((await new SyncQueueFile(outbox.path).load()).snapshot.delivery.blocked?.problem, 'auth', 'the stop survives a restart');

    const fresh = (await fetch(`${server.url}/api/admin/tokens`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('root:correct-horse-battery').toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: engineer.name }),
    }).then((r) => r.json())) as { token: string };
    await outbox.unblock();
    const delivered = await outbox.flush(new XapiSyncClient({ serverUrl: server.url, token: fresh.token }));
    assert.equal(delivered.delivered, 10);
    assert.equal((await storedCounts(server, engineer.name)).byId.size, 10);
  });

  it('quarantines the one statement the server refuses (400) with its reason and delivers the rest; 409 counts as delivered', async () => {
    const dir = tempDir();
    const server = shared;
    const engineer = await createEngineer(server.url, nextName());
    const agent = engineer.identity.agent;
    // Already on the server under an id the queue also holds, with other content: the server answers 409.
    const conflicting = reportStatement('closures', { actor: agent, mastery: 0.9 });
    const client = new XapiSyncClient({ serverUrl: server.url, token: engineer.token });
    assert.equal((await client.postStatements([conflicting])).kind, 'http');
    const statements = Array.from({ length: 10 }, (_, i) => reportStatement(`concept-${i}`, { actor: agent }));
    statements[6] = { ...statements[6]!, timestamp: '2025-13-45T00:00:00Z' };
    statements[8] = { ...conflicting, result: { extensions: { ...conflicting.result.extensions, 'https://skilltrace.dev/xapi/extensions/mastery': 0.1 } } };
    // A queue file as a previous build (or a hand edit) left it: the statements pass the local schema.
    const file = join(dir, 'sync-queue.jsonl');
    const queue = new SyncQueue();
    queue.enqueue(statements, (s) => s.object.id.split('/').pop()!, Date.now());
    await new SyncQueueFile(file).save(queue.snapshot());
    const events: OutboxEvent[] = [];
    const { outbox } = await SyncOutbox.open(file, { onEvent: (e) => events.push(e) });
    const result = await outbox.flush(client);
    assert.deepEqual({ delivered: result.delivered, quarantined: result.quarantined, outcome: result.outcome }, { delivered: 9, quarantined: 1, outcome: 'delivered' });
    const [aside] = outbox.quarantined();
    assert.equal(aside!.id, statements[6]!.id);
    assert.match(aside!.reason, /refused the statement \(400\).*timestamp/);
    assert.ok(events.some((e) => e.type === 'note' && /already stored on the server with other content/.test(e.message)));
    const { byId } = await storedCounts(server, engineer.name);
    assert.equal(byId.size, 9, 'eight new ones and the earlier conflicting one');
    assert.equal(byId.has(statements[6]!.id), false);
    assert.equal((await outbox.flush(client, { force: true })).outcome, 'empty', 'a quarantined statement is not retried');
    assert.equal(outbox.quarantined().length, 1, 'and not lost');
  });

  it('splits batches the server finds too large (413) and quarantines a statement too large on its own, clearly', async () => {
    const dir = tempDir();
    const long = reportStatement('long-concept', { explanation: 'Engineers in general need practice. '.repeat(13).slice(0, 500) });
    long.object.definition.name['en-US'] = 'A concept with a very long name '.repeat(7).slice(0, 200);
    const longSize = Buffer.byteLength(JSON.stringify([long]));
    const typicalSize = Buffer.byteLength(JSON.stringify([reportStatement('concept-10')]));
    // The server takes a few typical statements per request (and at most 10), but not the long one alone.
    const server = track(await startSyncServer(undefined, { maxBodyBytes: longSize - 50, maxBatch: 10 }));
    assert.ok(typicalSize * 1.5 < longSize - 50, `${typicalSize} vs ${longSize}`);
    const engineer = await createEngineer(server.url, nextName());
    const agent = engineer.identity.agent;
    long.actor = agent;
    const statements = Array.from({ length: 30 }, (_, i) => reportStatement(`concept-${i}`, { actor: agent }));
    statements.splice(17, 0, long);
    const file = join(dir, 'sync-queue.jsonl');
    const queue = new SyncQueue();
    queue.enqueue(statements, (s) => s.object.id.split('/').pop()!, Date.now());
    await new SyncQueueFile(file).save(queue.snapshot());
    const { outbox } = await SyncOutbox.open(file);
    let requests = 0;
    const counting: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    const result = await outbox.flush(new XapiSyncClient({ serverUrl: server.url, token: engineer.token, fetch: counting }));
    assert.deepEqual({ delivered: result.delivered, quarantined: result.quarantined }, { delivered: 30, quarantined: 1 });
    assert.equal(outbox.quarantined()[0]!.id, long.id);
    assert.match(outbox.quarantined()[0]!.reason, /the statement is too large for the server \(413\)/);
    assertExactlyOnce((await storedCounts(server, engineer.name)).byId, statements.filter((s) => s !== long).map((s) => s.id));
    assert.ok(requests > 31 / 10, `the batch was split on 413 (${requests} requests)`);

    // Locally, a statement over the per-statement limit is never sent at all.
    const strictFile = join(dir, 'strict.jsonl');
    const tiny = new SyncQueue();
    tiny.enqueue([reportStatement('ok', { actor: agent, explanation: 'Short.' }), long], (s) => s.object.id.split('/').pop()!, Date.now());
    await new SyncQueueFile(strictFile).save(tiny.snapshot());
    const strict = await SyncOutbox.open(strictFile, { limits: { maxStatements: 50, maxBytes: 256 * 1024, maxStatementBytes: typicalSize + 50 } });
    requests = 0;
    const local = await strict.outbox.flush(new XapiSyncClient({ serverUrl: server.url, token: engineer.token, fetch: counting }));
    assert.deepEqual({ delivered: local.delivered, quarantined: local.quarantined }, { delivered: 1, quarantined: 1 });
    assert.match(strict.outbox.quarantined()[0]!.reason, /larger than the \d+-byte limit for one statement; not sent/);
    assert.equal(requests, 1, 'only the small one went out');
  });

  it('revocation: voids every skill report the engineer sent, then deletes their data; exclusion withdraws one concept', async () => {
    const dir = tempDir();
    const server = shared;
    const engineer = await createEngineer(server.url, nextName());
    const other = await createEngineer(server.url, nextName());
    const { outbox } = await SyncOutbox.open(join(dir, 'sync-queue.jsonl'));
    await outbox.plan(planInput(engineer, 30));
    const client = new XapiSyncClient({ serverUrl: server.url, token: engineer.token });
    await outbox.flush(client);
    const otherClient = new XapiSyncClient({ serverUrl: server.url, token: other.token });
    await otherClient.postStatements([reportStatement('concept-1', { actor: other.identity.agent })]);

    const aboutOne = await client.listSkillReportIds({ activityId: `${conceptActivityIdPrefix}concept-1` });
    assert.equal(aboutOne.length, 1, "only this engineer's report on that concept");
    assert.equal(await client.voidStatements(engineer.identity.agent, aboutOne, randomUUID), 1);
    const left = await client.listSkillReportIds();
    assert.equal(left.length, 29, 'paged through every report (limit 100 per page), the voided one gone');
    const [voided] = await server.server.db.query<{ voided: boolean }>('SELECT voided FROM statements WHERE id = $1', [aboutOne[0]]);
    assert.equal(voided!.voided, true);

    assert.equal(await client.voidStatements(engineer.identity.agent, left, randomUUID), 29);
    const deleted = await client.deleteMyData();
    assert.ok(deleted >= 60, `statements and voiding statements deleted (${deleted})`);
    const mine = await storedCounts(server, engineer.name);
    assert.deepEqual({ statements: mine.byId.size, reports: mine.reports }, { statements: 0, reports: 0 });
    assert.equal((await storedCounts(server, other.name)).reports, 1, "the other engineer's report stays");
    assert.equal((await client.listSkillReportIds()).length, 0);
  });

  it('checks the token with /api/me and refuses a lead token with a clear reason', async () => {
    const server = shared;
    await createEngineer(server.url, nextName());
    const auth = `Basic ${Buffer.from('root:correct-horse-battery').toString('base64')}`;
    await fetch(`${server.url}/api/admin/users`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'lena', role: 'lead', team: 'payments' }) });
    const { token } = (await fetch(`${server.url}/api/admin/tokens`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ user: 'lena' }) }).then((r) => r.json())) as { token: string };
    await assert.rejects(new XapiSyncClient({ serverUrl: server.url, token }).me(), (e: Error & { kind?: string }) => e.kind === 'auth' && /lena, who is a lead/.test(e.message));
    await assert.rejects(new XapiSyncClient({ serverUrl: server.url, token: 'st_1_notarealtokennotarealtoken' }).me(), (e: Error & { kind?: string }) => e.kind === 'auth' && /401/.test(e.message));
    await assert.rejects(new XapiSyncClient({ serverUrl: `http://127.0.0.1:${await freePort()}`, token }).me(), (e: Error & { kind?: string }) => e.kind === 'network' && /ECONNREFUSED/.test(e.message));
  });
});

describe('sync client: the server process SIGKILLed mid-batch and restarted (PGlite on disk)', function () {
  this.timeout(180_000);

  it('loses and duplicates nothing', async () => {
    const dir = tempDir();
    const port = await freePort();
    let server = await spawnServerProcess(dir, port);
    try {
      const engineer = await createEngineer(server.url, 'ada');
      const { outbox } = await SyncOutbox.open(join(dir, 'sync-queue.jsonl'), { backoff: fastBackoff, limits: { maxStatements: 25, maxBytes: 256 * 1024, maxStatementBytes: 16 * 1024 } });
      await outbox.plan(planInput(engineer, 1000));
      const ids = outbox.pending().map((e) => e.id);
      const client = new XapiSyncClient({ serverUrl: server.url, token: engineer.token, timeoutMs: 5000 });
      const flushing = outbox.flush(client);
      // Kill once a few batches are through, so one is almost surely in flight.
      const start = Date.now();
      while (outbox.delivery().deliveredTotal < 100 && Date.now() - start < 60_000) await new Promise((r) => setTimeout(r, 5));
      server.child.kill('SIGKILL');
      const interrupted = await flushing;
      assert.equal(interrupted.outcome, 'retrying', JSON.stringify(interrupted));
      assert.ok(outbox.pending().length > 0 && outbox.pending().length < 1000);

      server = await spawnServerProcess(dir, port);
      const resumed = await outbox.flush(client, { force: true });
      assert.equal(resumed.outcome, 'delivered', JSON.stringify(resumed));
      assert.equal(outbox.pending().length, 0);
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));

      // Count on the database itself, opened in this process after the server is gone.
      const check = await startSyncServer(dir);
      try {
        const { byId, reports } = await storedCounts(check, engineer.name);
        assert.equal(byId.size, 1000);
        assertExactlyOnce(byId, ids);
        assert.equal(reports, 1000);
      } finally {
        await check.close();
      }
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});
