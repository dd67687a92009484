import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { AccountError, AccountStore } from './accounts/accountStore';
import { AuditLog } from './audit/auditLog';
import { openDatabase, type DatabaseLocation } from './database/openDatabase';
import type { SqlDatabase } from './database/sqlDatabase';
import { StatementForwarder } from './forwarding/statementForwarder';
import { SkillRollups } from './aggregates/rollupQueue';
import { RateLimiter } from './http/rateLimiter';
import { HttpError } from './http/requestAuth';
import { registerTeamRoutes } from './http/teamRoutes';
import { StatementError, StatementStore } from './xapi/statementStore';
import { registerXapiRoutes } from './xapi/xapiRoutes';

/** Options of the team server; `startServer` (tests, e2e) and `skilltrace server` (CLI) fill them. */
export interface TeamServerOptions {
  database: DatabaseLocation;
  /** Folder holding index.html, dashboard.css and dashboard.js (src/server/dashboard from source, dist/dashboard in the bundle). */
  assetsDir: string;
  /** Minimum engineers per published cell; values below 5 are refused. */
  minGroupSize?: number;
  /** `user:password` of an admin created at first start (SKILLTRACE_ADMIN). */
  bootstrapAdmin?: string;
  /** Home page of engineers' xAPI accounts. */
  accountHomePage?: string;
  maxBodyBytes?: number;
  maxBatch?: number;
  maxPageSize?: number;
  rateLimit?: { perMinute: number; burst: number };
  forwarding?: { intervalMs: number; batchSize?: number };
  /** Background roll-up of skill reports into the team cells: pause in writes that starts it, longest wait, polling interval. */
  rollups?: { quietMs?: number; maxDelayMs?: number; intervalMs?: number };
  log?: (message: string) => void;
}

/** The default and smallest allowed minimum group size (k) of the team aggregates. */
export const defaultMinGroupSize = 5;

/** A created (not yet listening) server with the parts tests reach into. */
export interface TeamServer {
  app: FastifyInstance;
  db: SqlDatabase;
  accounts: AccountStore;
  statements: StatementStore;
  forwarder: StatementForwarder;
  rollups: SkillRollups;
  close(): Promise<void>;
}

function readAssets(assetsDir: string): Map<string, { body: string; type: string }> {
  const files: [string, string, string][] = [
    ['/', 'index.html', 'text/html; charset=utf-8'],
    ['/dashboard.js', 'dashboard.js', 'text/javascript; charset=utf-8'],
    ['/dashboard.css', 'dashboard.css', 'text/css; charset=utf-8'],
  ];
  const assets = new Map<string, { body: string; type: string }>();
  for (const [route, file, type] of files) {
    try {
      assets.set(route, { body: readFileSync(join(assetsDir, file), 'utf8'), type });
    } catch (error) {
      throw new Error(`dashboard asset ${file} is missing in ${assetsDir}: ${String(error)}`);
    }
  }
  return assets;
}

/** Builds the server: database (migrated), accounts, LRS routes, team API, dashboard; does not listen yet. */
export async function createServer(options: TeamServerOptions): Promise<TeamServer> {
  const minGroupSize = options.minGroupSize ?? defaultMinGroupSize;
  if (!Number.isInteger(minGroupSize) || minGroupSize < defaultMinGroupSize) {
    throw new Error(`the minimum group size must be a whole number of at least ${defaultMinGroupSize} (got ${minGroupSize}); it can only be raised`);
  }
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const assets = readAssets(options.assetsDir);
  const db = await openDatabase(options.database);
  const accountHomePage = options.accountHomePage ?? 'https://skilltrace.dev/accounts';
  const accounts = new AccountStore(db);
  const audit = new AuditLog(db);
  const rollups = new SkillRollups(db, {
    quietMs: options.rollups?.quietMs ?? 250,
    maxDelayMs: options.rollups?.maxDelayMs ?? 5000,
    intervalMs: options.rollups?.intervalMs ?? 5000,
    rowsPerTransaction: 50,
    log,
  });
  const statements = new StatementStore(db, accountHomePage, () => rollups.notify());
  const forwarder = new StatementForwarder(db, {
    intervalMs: options.forwarding?.intervalMs ?? 2000,
    batchSize: options.forwarding?.batchSize ?? 200,
    timeoutMs: 10_000,
    log,
  });

  try {
    if (options.bootstrapAdmin) await bootstrapAdmin(accounts, audit, options.bootstrapAdmin);
  } catch (error) {
    await db.close();
    throw error;
  }

  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const app = Fastify({ bodyLimit: maxBodyBytes, logger: false, trustProxy: false });
  const limiter = new RateLimiter(options.rateLimit?.perMinute ?? 1200, options.rateLimit?.burst ?? 300);

  app.addHook('onRequest', async (request, reply) => {
    const key = request.headers.authorization ? `auth:${request.headers.authorization.slice(-24)}` : `ip:${request.ip}`;
    const wait = limiter.take(key);
    if (wait > 0) {
      void reply.header('retry-after', String(wait));
      throw new HttpError(429, `too many requests; retry in ${wait} s`);
    }
  });

  app.setErrorHandler((error, _request, reply) => {
    const status =
      error instanceof HttpError || error instanceof StatementError || error instanceof AccountError
        ? (error as { statusCode?: number; status?: number }).statusCode ?? (error as { status: number }).status
        : typeof (error as { statusCode?: unknown }).statusCode === 'number'
          ? (error as { statusCode: number }).statusCode
          : 500;
    const message = status >= 500 ? 'internal error; the request was not stored' : (error as Error).message;
    if (status >= 500) log(`request failed: ${String((error as Error).stack ?? error)}`);
    void reply.code(status).type('application/json').send({ error: status, message });
  });

  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ error: 404, message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  registerXapiRoutes(app, {
    accounts,
    statements,
    maxPageSize: options.maxPageSize ?? 100,
    consistencyMarginMs: 1000,
    maxBatch: options.maxBatch ?? 500,
    maxBodyBytes,
    onForeignRead: (principal, query) => audit.record(principal, 'statements/read', null, { query }),
  });
  registerTeamRoutes(app, { db, accounts, statements, audit, forwarder, rollups, minGroupSize, accountHomePage });

  const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  for (const [route, asset] of assets) {
    app.get(route, async (_request, reply) => {
      void reply
        .header('content-security-policy', contentSecurityPolicy)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .type(asset.type);
      return asset.body;
    });
  }

  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());

  forwarder.start();
  rollups.start();
  return {
    app,
    db,
    accounts,
    statements,
    forwarder,
    rollups,
    async close() {
      await forwarder.stop();
      await rollups.stop();
      await app.close();
      await db.close();
    },
  };
}

async function bootstrapAdmin(accounts: AccountStore, audit: AuditLog, credentials: string): Promise<void> {
  const colon = credentials.indexOf(':');
  if (colon <= 0) throw new Error('SKILLTRACE_ADMIN must be user:password');
  const name = credentials.slice(0, colon);
  if (await accounts.findUser(name)) return;
  await accounts.createUser({ name, role: 'admin', password: credentials.slice(colon + 1) });
  await audit.record({ userId: null, name: 'SKILLTRACE_ADMIN' }, 'user/created', null, { name, role: 'admin' });
}

/** A running server: its base URL and how to stop it. */
export interface RunningServer {
  url: string;
  server: TeamServer;
  close(): Promise<void>;
}

/** Creates the server and listens (127.0.0.1 and a free port by default); used by tests, the e2e run and the CLI. */
export async function startServer(options: TeamServerOptions & { host?: string; port?: number }): Promise<RunningServer> {
  const server = await createServer(options);
  try {
    const address = await server.app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
    return { url: address.replace('[::1]', '127.0.0.1'), server, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
