import { migrateDatabase } from './migrations';
import { openPgliteDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import type { SqlDatabase } from './sqlDatabase';

/** Where the server keeps its data: chosen by `skilltrace server` from DATABASE_URL or --data-dir. */
export type DatabaseLocation =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir?: string };

/** Opens the database and brings its schema up to date; used by the server and the admin commands. */
export async function openDatabase(location: DatabaseLocation): Promise<SqlDatabase> {
  const db = location.kind === 'postgres' ? await openPostgresDatabase(location.url) : await openPgliteDatabase(location.dataDir);
  try {
    await migrateDatabase(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}
