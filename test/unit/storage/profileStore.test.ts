import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileStore, PROFILE_SCHEMA_VERSION } from '../../../src/adapters/storage/profileStore';
import { shippedPopulationParameters } from '../../../src/core/skill/populationParameters';
import { SkillModel, type SkillModelSnapshot } from '../../../src/core/skill/skillModel';

const params = shippedPopulationParameters();

function snapshotAfter(concepts: string[]): SkillModelSnapshot {
  const model = new SkillModel({ parameters: params });
  let t = Date.UTC(2025, 1, 1);
  for (const conceptId of concepts) model.observe({ conceptId, kind: 'failure', source: 'diagnostic', strength: 0.8, timestamp: (t += 1000), evidence: { diagnosticCode: 'TS2322' } });
  return model.toJSON();
}

describe('profile store', () => {
  let dir: string;
  let file: string;
  let clock: number;
  let store: ProfileStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skilltrace-profile-'));
    file = join(dir, 'profile.json');
    clock = 1_700_000_000_000;
    store = new ProfileStore(file, () => clock++);
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('starts empty without warnings when nothing was saved', async () => {
    const loaded = await store.load();
    assert.equal(loaded.source, 'new');
    assert.deepEqual(loaded.warnings, []);
    assert.deepEqual(loaded.model.concepts, []);
  });

  it('saves atomically, keeps the previous good copy as backup and leaves no temp files', async () => {
    const first = snapshotAfter(['a']);
    const second = snapshotAfter(['a', 'b']);
    await store.save(first);
    await store.save(second);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(onDisk.schemaVersion, PROFILE_SCHEMA_VERSION);
    assert.deepEqual(onDisk.model, second);
    assert.deepEqual(JSON.parse(await readFile(store.backupPath, 'utf8')).model, first);
    assert.deepEqual((await readdir(dir)).sort(), ['profile.json', 'profile.json.bak']);
    const loaded = await store.load();
    assert.equal(loaded.source, 'current');
    assert.deepEqual(loaded.model, second);
  });

  it('recovers a truncated file from the backup with a visible warning and keeps the damaged file', async () => {
    await store.save(snapshotAfter(['a']));
    await store.save(snapshotAfter(['a', 'b']));
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2)));
    const loaded = await store.load();
    assert.equal(loaded.source, 'backup');
    assert.deepEqual(loaded.model.concepts.map((c) => c.id), ['a']);
    assert.equal(loaded.warnings.length, 2);
    assert.match(loaded.warnings[0], /profile\.json is not valid JSON .*kept as .*profile\.json\.corrupt-\d+/);
    assert.match(loaded.warnings[1], /Restored the profile from the last good copy/);
    const files = await readdir(dir);
    assert.ok(files.some((f) => f.startsWith('profile.json.corrupt-')));
    assert.deepEqual((await store.load()).warnings, [], 'the restored copy is written back');
    // A save after recovery must not overwrite the good backup with the damaged file.
    assert.deepEqual(JSON.parse(await readFile(store.backupPath, 'utf8')).model.concepts.map((c: { id: string }) => c.id), ['a']);
  });

  it('warns and starts empty, keeping the file, when neither the file nor the backup can be read', async () => {
    await writeFile(file, '{"schemaVersion":2,"savedAt":1,"model":{"format":"skilltrace-skill-model/1"}}');
    await writeFile(store.backupPath, 'garbage');
    const loaded = await store.load();
    assert.equal(loaded.source, 'new');
    assert.match(loaded.warnings[0], /does not match the profile schema/);
    assert.match(loaded.warnings.join(' '), /The backup .*profile\.json\.bak is not valid JSON .*too\./);
    assert.match(loaded.warnings.at(-1)!, /Starting with an empty profile/);
    assert.ok((await readdir(dir)).some((f) => f.startsWith('profile.json.corrupt-')));
  });

  it('migrates a version 1 profile (a bare model snapshot) and refuses a newer version with a clear message', async () => {
    const snapshot = snapshotAfter(['x']);
    await writeFile(file, JSON.stringify(snapshot));
    const loaded = await store.load();
    assert.equal(loaded.source, 'current');
    assert.deepEqual(loaded.model, snapshot);
    await writeFile(file, JSON.stringify({ schemaVersion: 99, savedAt: 0, model: snapshot }));
    assert.match((await store.load()).warnings[0], /schema version 99 is newer than this build understands/);
  });

  it('exports, imports and resets; a bad import names the file and changes nothing', async () => {
    const snapshot = snapshotAfter(['x', 'y']);
    await store.save(snapshot);
    const exported = join(dir, 'export.json');
    await store.exportTo(exported);
    await store.reset();
    assert.deepEqual((await store.load()).model.concepts, []);
    assert.deepEqual(JSON.parse(await readFile(store.backupPath, 'utf8')).model, snapshot, 'reset keeps the old profile as backup');
    await store.importFrom(exported);
    assert.deepEqual((await store.load()).model, snapshot);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"hello": 1}');
    await assert.rejects(store.importFrom(bad), /Cannot import .*bad\.json: it has no schemaVersion/);
    await assert.rejects(store.importFrom(join(dir, 'missing.json')), /Cannot import .*missing\.json: it cannot be read \(ENOENT\)/);
    assert.deepEqual((await store.load()).model, snapshot);
  });
});
