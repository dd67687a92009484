import { createHash, randomBytes } from 'node:crypto';
import type { SqlExecutor } from '../database/sqlDatabase';
import { hashSecret, scryptCost, verifySecret } from './secretHashing';

/** The roles of the team server: engineers own their data, leads read their team's aggregates, admins manage. */
export type Role = 'admin' | 'lead' | 'engineer';

/** Who made a request, resolved from its credentials; every route authorises against it. */
export interface Principal {
  userId: number;
  name: string;
  role: Role;
  teamId: number | null;
  shareIndividual: boolean;
}

/** A clear, actionable refusal from an account operation (bad name, unknown team, …). */
export class AccountError extends Error {
  constructor(message: string, readonly status: 400 | 404 | 409 = 400) {
    super(message);
  }
}

const namePattern = /^[a-z0-9][a-z0-9._@-]{0,63}$/i;

interface UserRow {
  id: number;
  name: string;
  role: Role;
  team_id: number | null;
  share_individual: boolean;
  password_hash: string | null;
}

const toPrincipal = (row: UserRow): Principal => ({
  userId: row.id,
  name: row.name,
  role: row.role,
  teamId: row.team_id,
  shareIndividual: row.share_individual,
});

/** Teams, users and tokens; used by the admin API, the admin CLI and authentication. */
export class AccountStore {
  // Verified credentials, keyed by a SHA-256 of the header, so scrypt runs once per credential and minute, not per request.
  private readonly verified = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly db: SqlExecutor, private readonly cacheMs = 30_000) {}

  async createTeam(name: string): Promise<{ id: number; name: string }> {
    if (!namePattern.test(name)) throw new AccountError(`team name "${name}" must be 1-64 letters, digits, . _ @ -`);
    const existing = await this.db.query('SELECT id FROM teams WHERE name = $1', [name]);
    if (existing.length > 0) throw new AccountError(`team "${name}" already exists`, 409);
    const [row] = await this.db.query<{ id: number }>('INSERT INTO teams (name, created_ms) VALUES ($1, $2) RETURNING id', [name, Date.now()]);
    return { id: row!.id, name };
  }

  async findTeam(nameOrId: string | number): Promise<{ id: number; name: string } | undefined> {
    const rows =
      typeof nameOrId === 'number' || /^\d+$/.test(nameOrId)
        ? await this.db.query<{ id: number; name: string }>('SELECT id, name FROM teams WHERE id = $1', [Number(nameOrId)])
        : await this.db.query<{ id: number; name: string }>('SELECT id, name FROM teams WHERE name = $1', [nameOrId]);
    return rows[0];
  }

  async listTeams(): Promise<{ id: number; name: string }[]> {
    return this.db.query('SELECT id, name FROM teams ORDER BY name');
  }

  async createUser(input: { name: string; role: Role; team?: string; password?: string }): Promise<Principal> {
    if (!namePattern.test(input.name)) throw new AccountError(`user name "${input.name}" must be 1-64 letters, digits, . _ @ -`);
    if (input.role !== 'admin' && !input.team) throw new AccountError(`a ${input.role} needs a team (--team NAME)`);
    const team = input.team ? await this.findTeam(input.team) : undefined;
    if (input.team && !team) throw new AccountError(`team "${input.team}" does not exist; create it first`, 404);
    if (input.password !== undefined && input.password.length < 8) throw new AccountError('passwords need at least 8 characters');
    const existing = await this.db.query('SELECT id FROM users WHERE name = $1', [input.name]);
    if (existing.length > 0) throw new AccountError(`user "${input.name}" already exists`, 409);
    const hash = input.password === undefined ? null : await hashSecret(input.password, scryptCost.password);
    const [row] = await this.db.query<UserRow>(
      'INSERT INTO users (name, role, team_id, password_hash, created_ms) VALUES ($1, $2, $3, $4, $5) RETURNING *',
      [input.name, input.role, team?.id ?? null, hash, Date.now()],
    );
    return toPrincipal(row!);
  }

  async findUser(name: string): Promise<Principal | undefined> {
    const [row] = await this.db.query<UserRow>('SELECT * FROM users WHERE name = $1', [name]);
    return row ? toPrincipal(row) : undefined;
  }

  async listUsers(teamId?: number): Promise<Principal[]> {
    const rows =
      teamId === undefined
        ? await this.db.query<UserRow>('SELECT * FROM users ORDER BY name')
        : await this.db.query<UserRow>('SELECT * FROM users WHERE team_id = $1 ORDER BY name', [teamId]);
    return rows.map(toPrincipal);
  }

  /** Issues a token for a user; the returned secret is shown once and only its hash is kept. */
  async createToken(userName: string, label = ''): Promise<{ token: string; tokenId: number }> {
    const user = await this.findUser(userName);
    if (!user) throw new AccountError(`user "${userName}" does not exist`, 404);
    const secret = randomBytes(32).toString('base64url');
    const hash = await hashSecret(secret, scryptCost.token);
    const [row] = await this.db.query<{ id: number }>(
      'INSERT INTO tokens (user_id, secret_hash, label, created_ms) VALUES ($1, $2, $3, $4) RETURNING id',
      [user.userId, hash, label, Date.now()],
    );
    return { token: `st_${row!.id}_${secret}`, tokenId: row!.id };
  }

  async revokeToken(tokenId: number): Promise<boolean> {
    const rows = await this.db.query('UPDATE tokens SET revoked = true WHERE id = $1 RETURNING id', [tokenId]);
    this.verified.clear();
    return rows.length > 0;
  }

  async setSharing(userId: number, share: boolean): Promise<void> {
    await this.db.query('UPDATE users SET share_individual = $2 WHERE id = $1', [userId, share]);
    this.verified.clear();
  }

  /** Resolves an Authorization header (Basic user:password, Basic any:token, or Bearer token) to a principal. */
  async authenticate(header: string | undefined): Promise<Principal | undefined> {
    if (!header) return undefined;
    const cacheKey = createHash('sha256').update(header).digest('base64url');
    const cached = this.verified.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.principal;
    const principal = await this.verifyHeader(header);
    if (principal) {
      if (this.verified.size > 10_000) this.verified.clear();
      this.verified.set(cacheKey, { principal, until: Date.now() + this.cacheMs });
    }
    return principal;
  }

  private async verifyHeader(header: string): Promise<Principal | undefined> {
    const [scheme, value] = header.trim().split(/\s+/, 2);
    if (!scheme || !value) return undefined;
    if (scheme.toLowerCase() === 'bearer') return this.verifyToken(value);
    if (scheme.toLowerCase() !== 'basic') return undefined;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const user = decoded.slice(0, colon);
    const secret = decoded.slice(colon + 1);
    if (secret.startsWith('st_')) return this.verifyToken(secret);
    const [row] = await this.db.query<UserRow>('SELECT * FROM users WHERE name = $1', [user]);
    if (!row?.password_hash) return undefined;
    return (await verifySecret(secret, row.password_hash)) ? toPrincipal(row) : undefined;
  }

  private async verifyToken(token: string): Promise<Principal | undefined> {
    const match = /^st_(\d+)_([A-Za-z0-9_-]{20,})$/.exec(token);
    if (!match) return undefined;
    const [row] = await this.db.query<UserRow & { secret_hash: string }>(
      'SELECT u.*, t.secret_hash FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1 AND NOT t.revoked',
      [Number(match[1])],
    );
    if (!row) return undefined;
    return (await verifySecret(match[2]!, row.secret_hash)) ? toPrincipal(row) : undefined;
  }
}
