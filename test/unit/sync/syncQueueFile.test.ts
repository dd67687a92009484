import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteQuizAnswer } from '../../../src/core/sync/skillReportPlanner';
import { emptyQueueSnapshot, SyncQueue } from '../../../src/core/sync/syncQueue';
import { LockTimeoutError, QueueFileLock } from '../../../src/adapters/sync/queueFileLock';
import { SyncQueueFile } from '../../../src/adapters/sync/syncQueueFile';
import { reportStatement, tempDir, testAgent } from './syncFixtures';

const conceptOf = (s: { object: { id: string } }): string => decodeURIComponent(s.object.id.split('/').pop()!);

function queueWith(count: number): SyncQueue {
  const queue = new SyncQueue();
  queue.enqueue(Array.from({ length: count }, (_, i) => reportStatement(`concept-${i % 7}`, { mastery: i / count })), conceptOf, 1000);
  queue.setPlanner(noteQuizAnswer(queue.planner, 'closures', true));
  return queue;
}

describe('sync: the queue in memory', () => {
  it('enqueues each id once, removes delivered, quarantines with the reason, drops excluded concepts', () => {
    const queue = new SyncQueue();
    const a = reportStatement('generics');
    const b = reportStatement('closures');
    assert.equal(queue.enqueue([a, b, a], conceptOf, 1), 2);
    assert.equal(queue.enqueue([{ ...a, id: a.id.toUpperCase() }], conceptOf, 2), 0, 'ids compare case-insensitively');
    queue.markDelivered([a.id.toUpperCase()], 5);
    assert.deepEqual(queue.pending().map((e) => e.id), [b.id]);
    assert.equal(queue.delivery.deliveredTotal, 1);
    queue.quarantine([b.id], 'the server refused the statement (400): bad', 6);
    assert.equal(queue.pending().length, 0);
    assert.equal(queue.quarantined()[0]!.reason, 'the server refused the statement (400): bad');
    assert.equal(queue.enqueue([b], conceptOf, 7), 0, 'a quarantined id is not queued again');
    assert.equal(queue.requeueQuarantined(), 1);
    assert.equal(queue.dropConcepts(new Set(['closures'])), 1);
    assert.equal(queue.pending().length, 0);
  });

  it('schedules retries and blocks until unblocked; retargets to a new actor keeping ids', () => {
    const queue = queueWith(3);
    const ids = queue.pending().map((e) => e.id);
    queue.recordFailure(ids.slice(0, 2), 'down', 4000, 100);
    assert.equal(queue.delivery.failures, 1);
    assert.equal(queue.delivery.nextAttemptAt, 4100);
    assert.deepEqual(queue.pending().map((e) => e.attempts), [1, 1, 0]);
    queue.block('auth', 'token refused', 200);
    assert.equal(queue.delivery.blocked?.problem, 'auth');
    queue.unblock();
    assert.equal(queue.delivery.blocked, undefined);
    assert.equal(queue.delivery.failures, 0);
    const other = { objectType: 'Agent' as const, account: { homePage: 'https://other.example/accounts', name: 'ada' } };
    queue.retarget(other);
    assert.deepEqual(queue.pending().map((e) => e.id), ids);
    assert.ok(queue.pending().every((e) => e.statement.actor.account.homePage === 'https://other.example/accounts'));
  });
});

describe('sync: the queue file on disk', () => {
  it('round-trips the queue, planner memory and delivery state; the previous file becomes the backup', async () => {
    const file = new SyncQueueFile(join(tempDir(), 'sync-queue.jsonl'));
    assert.deepEqual(await file.load(), { snapshot: emptyQueueSnapshot(), source: 'new', warnings: [] });
    const queue = queueWith(12);
    queue.quarantine([queue.pending()[0]!.id], 'refused', 5);
    await file.save(queue.snapshot());
    assert.ok(!existsSync(file.backupPath), 'no backup before a second save');
    await file.save(queue.snapshot());
    assert.ok(existsSync(file.backupPath));
    const loaded = await file.load();
    assert.equal(loaded.source, 'current');
    assert.deepEqual(loaded.snapshot, queue.snapshot());
    assert.equal(readFileSync(file.path, 'utf8').trim().split('\n').length, 1 + 12, 'one header line and one line per statement');
    assert.deepEqual(readdirSync(join(file.path, '..')).filter((f) => f.includes('.tmp-')), [], 'no temp files left');
  });

  it('recovers a truncated file from its intact lines and the backup, keeps the damaged copy, and warns', async () => {
    const dir = tempDir();
    const file = new SyncQueueFile(join(dir, 'sync-queue.jsonl'), () => 1234);
    const older = queueWith(10);
    await file.save(older.snapshot());
    const newer = new SyncQueue(older.snapshot());
    const lateAt = Date.UTC(2025, 5, 1);
    newer.enqueue([reportStatement('late-1', { timestamp: new Date(lateAt).toISOString() }), reportStatement('late-2', { timestamp: new Date(lateAt).toISOString() })], conceptOf, 2000);
    const reportedAt = { mastery: 0.4, uncertainty: 0.2, at: lateAt, observedAt: lateAt, mastered: false };
    newer.setPlanner({ ...newer.planner, reported: { 'late-1': reportedAt, 'late-2': reportedAt } });
    await file.save(newer.snapshot());
    const text = readFileSync(file.path, 'utf8');
    // Damage from outside (a disk, a sync tool), not from our atomic write: the last line is cut in half.
    writeFileSync(file.path, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 60));
    const loaded = await file.load();
    assert.equal(loaded.source, 'recovered');
    assert.equal(loaded.keptAs, `${file.path}.corrupt-1234`);
    assert.ok(existsSync(loaded.keptAs!), 'the damaged file is kept');
    assert.match(loaded.warnings.join(' '), /unreadable line|holds \d+ of the/);
    const ids = new Set(loaded.snapshot.pending.map((e) => e.id));
    for (const entry of older.pending()) assert.ok(ids.has(entry.id), 'everything in the backup survives');
    assert.ok(ids.has(newer.pending()[10]!.id), 'the intact lines of the damaged file survive');
    assert.ok(!ids.has(newer.pending()[11]!.id), 'the cut line is in neither file');
    assert.equal(ids.size, loaded.snapshot.pending.length, 'each statement once');
    assert.equal(loaded.snapshot.planner.activity.closures?.tutorialCompleted, true, 'the header was intact');
    assert.ok(loaded.snapshot.planner.reported['late-1'], 'its statement survived: still counts as reported');
    assert.equal(loaded.snapshot.planner.reported['late-2'], undefined, 'its statement is lost: the next plan reports the concept again');
    assert.equal((await file.load()).source, 'current', 'the recovered queue was written back');
  });

  it('survives garbage, hostile lines and a hostile header: each bad line is dropped, the rest kept', async () => {
    const dir = tempDir();
    const file = new SyncQueueFile(join(dir, 'sync-queue.jsonl'));
    const queue = queueWith(4);
    await file.save(queue.snapshot());
    const [header, ...lines] = readFileSync(file.path, 'utf8').trim().split('\n');
    const hostile = [
      '{"__proto__": {"polluted": true}, "pending": {"id": "x"}}',
      '{"pending": ' + JSON.stringify({ ...JSON.parse(lines[0]!).pending, statement: { ...JSON.parse(lines[0]!).pending.statement, actor: { mbox: 'mailto:eve@example.com' } } }) + '}',
      'x'.repeat(200_000),
      '\u0000\u0001 not json',
    ];
    const poisonedHeader = header!.replace('"reported":{}', '"reported":{"__proto__":{"mastery":1}}');
    writeFileSync(file.path, [poisonedHeader, ...lines.slice(1), ...hostile, ''].join('\n'));
    const loaded = await file.load();
    assert.equal(loaded.source, 'recovered');
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
    const untouched = queue.pending().slice(1).map((e) => e.id);
    assert.deepEqual(loaded.snapshot.pending.map((e) => e.id).sort(), untouched.sort(), 'the three untouched statements; the tampered one (another actor) is refused');
    assert.deepEqual(loaded.snapshot.planner.reported, {}, 'the poisoned header is not used');
    assert.ok(loaded.snapshot.pending.every((e) => e.statement.actor.account.name === testAgent.account.name));
  });

  it('uses the backup when the file is missing, and removes everything on revocation', async () => {
    const dir = tempDir();
    const file = new SyncQueueFile(join(dir, 'sync-queue.jsonl'));
    const queue = queueWith(3);
    await file.save(queue.snapshot());
    await file.save(queue.snapshot());
    writeFileSync(join(dir, 'sync-queue.jsonl.corrupt-1'), 'old damage');
    writeFileSync(join(dir, 'profile.json'), '{}');
    rmSync(file.path);
    const loaded = await file.load();
    assert.equal(loaded.source, 'recovered');
    assert.equal(loaded.snapshot.pending.length, 3);
    await file.remove();
    assert.deepEqual(readdirSync(dir), ['profile.json'], 'queue, backup and damaged copies gone; other files untouched');
  });
});

describe('sync: the queue lock between windows', () => {
  it('serialises holders and takes over a lock left by a crashed editor', async () => {
    const dir = tempDir();
    const path = join(dir, 'q.lock');
    const a = new QueueFileLock(path);
    const b = new QueueFileLock(path);
    const order: string[] = [];
    await Promise.all([
      a.run(5000, async () => {
        order.push('a-in');
        await new Promise((r) => setTimeout(r, 100));
        order.push('a-out');
      }),
      new Promise((r) => setTimeout(r, 20)).then(() => b.run(5000, async () => void order.push('b'))),
    ]);
    assert.deepEqual(order, ['a-in', 'a-out', 'b']);
    assert.ok(!existsSync(path), 'released');
    writeFileSync(path, 'someone-else\n');
    await assert.rejects(new QueueFileLock(path, { staleMs: 60_000 }).run(200, async () => undefined), LockTimeoutError);
    utimesSync(path, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    assert.equal(await new QueueFileLock(path, { staleMs: 60_000 }).run(2000, async () => 'taken over'), 'taken over');
  });
});
