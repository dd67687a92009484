import { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase, SqlExecutor } from './sqlDatabase';

/** Opens the embedded database used when no DATABASE_URL is given: in `dataDir`, or in memory when it is omitted (tests). */
export async function openPgliteDatabase(dataDir?: string): Promise<SqlDatabase> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const executor = (target: Pick<PGlite, 'query'>): SqlExecutor => ({
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
  });
  const base = executor(db);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: <T>(work: (tx: SqlExecutor) => Promise<T>) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
  };
}
