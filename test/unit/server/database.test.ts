import assert from 'node:assert/strict';
import { openDatabase } from '../../../src/server/database/openDatabase';
import { migrateDatabase, migrations } from '../../../src/server/database/migrations';
import { testBackends } from './databaseBackends';

for (const backend of testBackends()) {
  describe(`server database on ${backend.name}`, function () {
    // PGlite's WASM start and a fresh PostgreSQL database take seconds on a loaded 2-core machine.
    this.timeout(60_000);
    it('applies every migration once and is idempotent on a second start', async () => {
      const db = await openDatabase(await backend.create());
      try {
        const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        assert.deepEqual(rows.map((row) => row.version), migrations.map((m) => m.version));
        assert.deepEqual(await migrateDatabase(db), []);
      } finally {
        await db.close();
      }
    });

    it('rolls a failed transaction back completely', async () => {
      const db = await openDatabase(await backend.create());
      try {
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.query('INSERT INTO teams (name, created_ms) VALUES ($1, $2)', ['kept?', 1]);
            await tx.query('INSERT INTO teams (name, created_ms) VALUES ($1, $2)', ['kept?', 2]);
          }),
        );
        assert.deepEqual(await db.query('SELECT name FROM teams'), []);
        const [team] = await db.query<{ id: number }>('INSERT INTO teams (name, created_ms) VALUES ($1, $2) RETURNING id', ['a', 1]);
        assert.equal(typeof team?.id, 'number');
      } finally {
        await db.close();
      }
    });
  });
}
