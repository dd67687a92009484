import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AccountStore, type Role } from '../server/accounts/accountStore';
import { AuditLog } from '../server/audit/auditLog';
import { openDatabase, type DatabaseLocation } from '../server/database/openDatabase';
import { StatementForwarder } from '../server/forwarding/statementForwarder';
import { defaultMinGroupSize, startServer } from '../server/teamServer';
import type { CliCommand, CliIo } from './cliIo';

const usage = `Usage:
  skilltrace server [--port N] [--host H] [--data-dir DIR] [--min-group-size K] [--rate-limit PER_MINUTE]
      Serves the xAPI endpoint at /xapi/ and the team dashboard at /.
      --rate-limit: requests per minute per credential (default 1200, bursts of a quarter of it; raise it for
      bulk imports or an LRS conformance run).
      Database: PostgreSQL when DATABASE_URL is set, else an embedded one in --data-dir (default ~/.skilltrace/server).
      SKILLTRACE_ADMIN=user:password creates that admin at first start.
  skilltrace server admin create-team NAME
  skilltrace server admin create-user NAME --role engineer|lead|admin [--team TEAM] [--password-stdin]
  skilltrace server admin create-token USER [--label TEXT]      (prints the token once)
  skilltrace server admin revoke-token ID
  skilltrace server admin add-forward-target URL --username U --password-stdin
  Admin commands open the same database (same --data-dir or DATABASE_URL). The embedded database can be open in
  one process at a time: stop the server first, or use the admin HTTP API (/api/admin/…) of the running server.`;

const commonOptions = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function databaseLocation(dataDir: string | undefined): DatabaseLocation {
  const url = process.env.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: resolve(dataDir ?? join(homedir(), '.skilltrace', 'server')) };
}

/** Finds the dashboard assets next to the bundle (dist/dashboard) or in the source tree (src/server/dashboard). */
function findAssetsDir(): string {
  const candidates = [join(__dirname, 'dashboard'), join(__dirname, '..', 'server', 'dashboard'), join(__dirname, '..', 'src', 'server', 'dashboard')];
  const found = candidates.find((dir) => existsSync(join(dir, 'index.html')));
  if (!found) throw new Error(`dashboard assets not found (looked in ${candidates.join(', ')}); pass --assets-dir`);
  return found;
}

async function serve(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...commonOptions,
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'min-group-size': { type: 'string', default: String(defaultMinGroupSize) },
      'rate-limit': { type: 'string', default: '1200' },
      'assets-dir': { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${values.port}"`);
  const minGroupSize = Number(values['min-group-size']);
  if (!Number.isInteger(minGroupSize) || minGroupSize < defaultMinGroupSize) {
    throw new UsageError(`--min-group-size must be a whole number of at least ${defaultMinGroupSize} (it can only be raised)`);
  }
  const perMinute = Number(values['rate-limit']);
  if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > 10_000_000) {
    throw new UsageError(`--rate-limit must be a whole number of requests per minute from 1 to 10000000, got "${values['rate-limit']}"`);
  }
  const running = await startServer({
    database: databaseLocation(values['data-dir']),
    assetsDir: values['assets-dir'] ? resolve(values['assets-dir']) : findAssetsDir(),
    bootstrapAdmin: process.env.SKILLTRACE_ADMIN,
    minGroupSize,
    rateLimit: { perMinute, burst: Math.max(10, Math.floor(perMinute / 4)) },
    host: values.host,
    port,
    log: (message) => io.stderr(`${message}\n`),
  });
  io.stdout(`Skilltrace server listening on ${running.url} (xAPI: ${running.url}/xapi/, dashboard: ${running.url}/)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  io.stdout('Skilltrace server stopped\n');
  return 0;
}

class UsageError extends Error {}

async function admin(argv: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      ...commonOptions,
      role: { type: 'string' },
      team: { type: 'string' },
      label: { type: 'string' },
      username: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  if (values.help || !action) {
    io.stdout(`${usage}\n`);
    return action ? 0 : 2;
  }
  const [subject] = positionals;
  if (!subject) throw new UsageError(`admin ${action} needs an argument`);
  const readPassword = async (): Promise<string | undefined> => (values['password-stdin'] ? (await io.readStdin()).replace(/\r?\n$/, '') : undefined);
  const db = await openDatabase(databaseLocation(values['data-dir']));
  const accounts = new AccountStore(db);
  const audit = new AuditLog(db);
  const actor = { userId: null, name: `cli:${process.env.USER ?? 'admin'}` };
  try {
    switch (action) {
      case 'create-team': {
        const team = await accounts.createTeam(subject);
        await audit.record(actor, 'team/created', team.id, { name: team.name });
        io.stdout(`created team ${team.name} (id ${team.id})\n`);
        return 0;
      }
      case 'create-user': {
        const role = values.role as Role | undefined;
        if (role !== 'engineer' && role !== 'lead' && role !== 'admin') throw new UsageError('--role must be engineer, lead or admin');
        const user = await accounts.createUser({ name: subject, role, team: values.team, password: await readPassword() });
        await audit.record(actor, 'user/created', user.teamId, { name: user.name, role: user.role });
        io.stdout(`created ${user.role} ${user.name}\n`);
        return 0;
      }
      case 'create-token': {
        const { token, tokenId } = await accounts.createToken(subject, values.label ?? '');
        await audit.record(actor, 'token/created', null, { user: subject, tokenId });
        io.stderr(`token ${tokenId} for ${subject} (shown once; store it in the editor's secret storage):\n`);
        io.stdout(`${token}\n`);
        return 0;
      }
      case 'revoke-token': {
        if (!(await accounts.revokeToken(Number(subject) || 0))) throw new UsageError(`no token with id ${subject}`);
        await audit.record(actor, 'token/revoked', null, { tokenId: Number(subject) });
        io.stdout(`revoked token ${subject}\n`);
        return 0;
      }
      case 'add-forward-target': {
        const password = await readPassword();
        if (!values.username || password === undefined) throw new UsageError('add-forward-target needs --username and --password-stdin');
        const forwarder = new StatementForwarder(db, { intervalMs: 0, batchSize: 0, timeoutMs: 0, log: () => undefined });
        const target = await forwarder.addTarget(subject, values.username, password);
        await audit.record(actor, 'forward-target/added', null, { endpoint: target.endpoint });
        io.stdout(`statements will be forwarded to ${target.endpoint} (target ${target.id})\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown admin command "${action}"`);
    }
  } finally {
    await db.close();
  }
}

/** `skilltrace server …`: runs the team server, or an admin command on its database. */
export const runServerCommand: CliCommand = async (argv, io) => {
  try {
    if (argv[0] === 'admin') return await admin(argv.slice(1), io);
    return await serve(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`skilltrace server: ${message}\n`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr('Run "skilltrace server --help" for usage.\n');
      return 2;
    }
    return 1;
  }
};
