import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AccountStore } from '../accounts/accountStore';
import type { SkillRollups } from '../aggregates/rollupQueue';
import { loadTeamReport } from '../aggregates/teamReportService';
import type { AuditLog } from '../audit/auditLog';
import type { SqlDatabase } from '../database/sqlDatabase';
import type { StatementForwarder } from '../forwarding/statementForwarder';
import { describeIssues } from '../xapi/statementSchema';
import { principalAgent, type StatementStore } from '../xapi/statementStore';
import { HttpError, authenticate } from './requestAuth';

/** What the team API needs from the server. */
export interface TeamRouteOptions {
  db: SqlDatabase;
  accounts: AccountStore;
  statements: StatementStore;
  audit: AuditLog;
  forwarder: StatementForwarder;
  rollups: SkillRollups;
  minGroupSize: number;
  accountHomePage: string;
}

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, describeIssues(parsed.error));
  return parsed.data;
}

const reportQuerySchema = z.strictObject({ weeks: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(2).max(52)).optional() });

/** Registers the engineer, lead and admin JSON API under /api (everything but the xAPI resource). */
export function registerTeamRoutes(app: FastifyInstance, options: TeamRouteOptions): void {
  const { accounts, audit } = options;

  app.get('/api/me', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply);
    const team = principal.teamId === null ? undefined : await accounts.findTeam(principal.teamId);
    return {
      name: principal.name,
      role: principal.role,
      team: team ?? null,
      shareIndividual: principal.shareIndividual,
      agent: principalAgent(principal, options.accountHomePage),
      minGroupSize: options.minGroupSize,
    };
  });

  app.put('/api/me/sharing', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['engineer']);
    const { share } = parseBody(z.strictObject({ share: z.boolean() }), request.body);
    await accounts.setSharing(principal.userId, share);
    await audit.record(principal, share ? 'sharing/enabled' : 'sharing/disabled', principal.teamId);
    return { shareIndividual: share };
  });

  app.delete('/api/me/data', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['engineer']);
    const deleted = await options.statements.deleteOwnedBy(principal.userId);
    await audit.record(principal, 'data/deleted', principal.teamId, { statements: deleted });
    return { deletedStatements: deleted };
  });

  app.get('/api/audit', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply);
    return { entries: await audit.readFor(principal) };
  });

  app.get<{ Params: { team: string } }>('/api/teams/:team/report', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['lead', 'admin']);
    const team = await accounts.findTeam(request.params.team);
    // Leads get the same answer for another team as for a missing one, so team names cannot be probed.
    if (!team || (principal.role === 'lead' && principal.teamId !== team.id)) throw new HttpError(404, 'no such team among the teams you lead');
    const query = reportQuerySchema.safeParse(request.query ?? {});
    if (!query.success) throw new HttpError(400, 'weeks must be a whole number from 2 to 52');
    const weeks = query.data.weeks ?? 8;
    // Reports still queued for the roll-up are folded in first, so the answer includes every committed statement.
    await options.rollups.catchUp(team.id);
    const report = await loadTeamReport(options.db, team, { minGroupSize: options.minGroupSize, weeks, nowMs: Date.now() });
    await audit.record(principal, 'team-report/read', team.id, { weeks, individualsShown: report.individuals.map((i) => i.name) });
    return report;
  });

  app.get('/api/teams', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['lead', 'admin']);
    const teams = await accounts.listTeams();
    return { teams: principal.role === 'admin' ? teams : teams.filter((team) => team.id === principal.teamId) };
  });

  // Admin API: the same operations as `skilltrace server admin …`, for automation and a running server.
  app.post('/api/admin/teams', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin']);
    const { name } = parseBody(z.strictObject({ name: z.string() }), request.body);
    const team = await accounts.createTeam(name);
    await audit.record(principal, 'team/created', team.id, { name });
    return reply.code(201).send(team);
  });

  app.post('/api/admin/users', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin']);
    const input = parseBody(
      z.strictObject({ name: z.string(), role: z.enum(['admin', 'lead', 'engineer']), team: z.string().optional(), password: z.string().optional() }),
      request.body,
    );
    const user = await accounts.createUser(input);
    await audit.record(principal, 'user/created', user.teamId, { name: user.name, role: user.role });
    return reply.code(201).send({ name: user.name, role: user.role, teamId: user.teamId });
  });

  app.post('/api/admin/tokens', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin']);
    const input = parseBody(z.strictObject({ user: z.string(), label: z.string().max(100).optional() }), request.body);
    const token = await accounts.createToken(input.user, input.label);
    await audit.record(principal, 'token/created', null, { user: input.user, tokenId: token.tokenId });
    return reply.code(201).send(token);
  });

  app.delete<{ Params: { id: string } }>('/api/admin/tokens/:id', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin']);
    if (!(await accounts.revokeToken(Number(request.params.id) || 0))) throw new HttpError(404, 'no such token');
    await audit.record(principal, 'token/revoked', null, { tokenId: Number(request.params.id) });
    return { revoked: true };
  });

  app.get('/api/admin/forward-targets', async (request, reply) => {
    await authenticate(accounts, request, reply, ['admin']);
    return { targets: await options.forwarder.listTargets() };
  });

  app.post('/api/admin/forward-targets', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin']);
    const input = parseBody(z.strictObject({ endpoint: z.url(), username: z.string(), password: z.string() }), request.body);
    const target = await options.forwarder.addTarget(input.endpoint, input.username, input.password);
    await audit.record(principal, 'forward-target/added', null, { endpoint: target.endpoint });
    return reply.code(201).send(target);
  });

  app.delete<{ Params: { id: string } }>('/api/admin/forward-targets/:id', async (request, reply) => {
    const principal = await authenticate(accounts, request, reply, ['admin']);
    if (!(await options.forwarder.removeTarget(Number(request.params.id) || 0))) throw new HttpError(404, 'no such forwarding target');
    await audit.record(principal, 'forward-target/removed', null, { id: Number(request.params.id) });
    return { removed: true };
  });

}
