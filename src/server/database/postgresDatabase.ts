import pg from 'pg';
import type { SqlDatabase, SqlExecutor } from './sqlDatabase';

/** Connects to PostgreSQL through a pool (real deployments, several server instances behind a load balancer). */
export async function openPostgresDatabase(databaseUrl: string, maxConnections = 10): Promise<SqlDatabase> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  // An idle client's network error must not crash the server; the pool replaces the client.
  pool.on('error', () => undefined);
  const check = await pool.connect();
  check.release();
  const executor = (target: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<Row>(sql: string, params: readonly unknown[] = [], options: { prepareAs?: string } = {}): Promise<Row[]> {
      const result = options.prepareAs ? await target.query({ name: options.prepareAs, text: sql, values: [...params] }) : await target.query(sql, [...params]);
      return result.rows as Row[];
    },
  });
  const base = executor(pool);
  return {
    kind: 'postgres',
    query: base.query,
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(executor(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
