import { join } from 'node:path';
import { startServer, type RunningServer, type TeamServerOptions } from '../../../src/server/teamServer';
import { XapiSyncClient, type ServerIdentity } from '../../../src/adapters/sync/xapiSyncClient';
import { adminCall, adminCredentials, assetsDir, createEngineer as createTestEngineer } from '../server/serverFixture';
import { spawnServerProcess as spawnServerCommand, type ServerProcess } from '../../support/serverProcess';


/**
 * Starts the real team server in this process on an embedded database: kept in `dataDir` when a test restarts the
 * server on the same data, in memory otherwise (a fresh on-disk database costs seconds of initdb).
 */
export async function startSyncServer(dataDir: string | undefined, extra: Partial<TeamServerOptions> & { port?: number } = {}): Promise<RunningServer> {
  return startServer({
    database: { kind: 'pglite', dataDir: dataDir === undefined ? undefined : join(dataDir, 'db') },
    assetsDir,
    bootstrapAdmin: adminCredentials,
    log: () => undefined,
    rateLimit: { perMinute: 100_000, burst: 100_000 },
    ...extra,
  });
}

/** An engineer on a team with a fresh token, as an admin would set them up. */
export interface Engineer {
  name: string;
  token: string;
  tokenId: number;
  identity: ServerIdentity;
}

export async function createEngineer(url: string, name = 'ada', team = 'payments'): Promise<Engineer> {
  const { token, tokenId } = await createTestEngineer(url, name, team);
  // The identity as the sync client reads it (GET /api/me through XapiSyncClient).
  const identity = await new XapiSyncClient({ serverUrl: url, token }).me();
  return { name, token, tokenId, identity };
}

export async function revokeToken(url: string, tokenId: number): Promise<void> {
  await adminCall(url, 'DELETE', `/api/admin/tokens/${tokenId}`);
}

/**
 * How many times each of an engineer's statement ids is stored (straight from the database), and their skill reports
 * once everything queued for the team roll-up is rolled up (as a lead's report read does).
 */
export async function storedCounts(server: RunningServer, engineer = 'ada'): Promise<{ byId: Map<string, number>; reports: number }> {
  await server.server.rollups.catchUp();
  const rows = await server.server.db.query<{ id: string; n: number }>(
    'SELECT s.id::text AS id, count(*)::integer AS n FROM statements s JOIN users u ON u.id = s.owner_id WHERE u.name = $1 GROUP BY s.id',
    [engineer],
  );
  const [reports] = await server.server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM mastery_reports r JOIN users u ON u.id = r.user_id WHERE u.name = $1', [engineer]);
  return { byId: new Map(rows.map((row) => [row.id, row.n])), reports: reports!.n };
}

/** `skilltrace server` as its own process (so it can be SIGKILLed), on an embedded database in `dataDir`. */
export function spawnServerProcess(dataDir: string, port: number): Promise<ServerProcess> {
  return spawnServerCommand(['--port', String(port), '--data-dir', join(dataDir, 'db')], { DATABASE_URL: '', SKILLTRACE_ADMIN: adminCredentials });
}
