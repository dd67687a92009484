import type { Principal } from '../accounts/accountStore';
import type { SqlExecutor } from '../database/sqlDatabase';

/** One audit entry, as admins and engineers read them at /api/audit. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  teamId: number | null;
  detail: Record<string, unknown>;
}

/** Records every read of team data (and account changes) so engineers can see who looked at their team. */
export class AuditLog {
  constructor(private readonly db: SqlExecutor) {}

  async record(actor: Principal | { userId: null; name: string }, action: string, teamId: number | null, detail: Record<string, unknown> = {}): Promise<void> {
    await this.db.query('INSERT INTO audit_log (at_ms, actor_id, actor_name, action, team_id, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)', [
      Date.now(),
      actor.userId,
      actor.name,
      action,
      teamId,
      JSON.stringify(detail),
    ]);
  }

  /** Entries a principal may read: all for admins; for everyone else their team's, their own, and admin reads of statements (which may include theirs). */
  async readFor(principal: Principal, limit = 200): Promise<AuditEntry[]> {
    const rows = await this.db.query<{ id: number; at_ms: number; actor_name: string; action: string; team_id: number | null; detail: Record<string, unknown> }>(
      `SELECT id::float8 AS id, at_ms, actor_name, action, team_id, detail FROM audit_log
       WHERE $1::boolean OR team_id = $2 OR actor_id = $3 OR (team_id IS NULL AND action = 'statements/read')
       ORDER BY id DESC LIMIT $4`,
      [principal.role === 'admin', principal.teamId, principal.userId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      at: new Date(row.at_ms).toISOString(),
      actor: row.actor_name,
      action: row.action,
      teamId: row.team_id,
      detail: row.detail,
    }));
  }
}
