import type { SqlDatabase } from './sqlDatabase';

/**
 * The server's schema, as ordered migrations applied by `migrateDatabase` at start. The same SQL runs on
 * PGlite and PostgreSQL; times are epoch milliseconds in double precision so both drivers return numbers.
 */
export const migrations: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'accounts, statements, skill rollups, audit, forwarding',
    sql: `
CREATE TABLE teams (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_ms double precision NOT NULL
);
CREATE TABLE users (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('admin', 'lead', 'engineer')),
  team_id integer REFERENCES teams(id),
  password_hash text,
  share_individual boolean NOT NULL DEFAULT false,
  created_ms double precision NOT NULL
);
CREATE TABLE tokens (
  id serial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  secret_hash text NOT NULL,
  label text NOT NULL DEFAULT '',
  revoked boolean NOT NULL DEFAULT false,
  created_ms double precision NOT NULL
);
CREATE TABLE statements (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  owner_id integer REFERENCES users(id) ON DELETE CASCADE,
  agent_keys text[] NOT NULL,
  related_agent_keys text[] NOT NULL,
  verb_id text NOT NULL,
  activity_id text,
  related_activity_ids text[] NOT NULL,
  registration uuid,
  ref_id uuid,
  stored_ms double precision NOT NULL,
  voided boolean NOT NULL DEFAULT false,
  is_voiding boolean NOT NULL DEFAULT false,
  statement jsonb NOT NULL
);
CREATE INDEX statements_stored ON statements (stored_ms, seq);
CREATE INDEX statements_owner ON statements (owner_id, seq);
CREATE INDEX statements_verb ON statements (verb_id);
CREATE INDEX statements_activity ON statements (activity_id);
CREATE INDEX statements_ref ON statements (ref_id);
CREATE INDEX statements_agents ON statements USING gin (agent_keys);
CREATE TABLE mastery_reports (
  statement_seq bigint PRIMARY KEY REFERENCES statements(seq) ON DELETE CASCADE,
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  team_id integer NOT NULL REFERENCES teams(id),
  concept_id text NOT NULL,
  week integer NOT NULL,
  at_ms double precision NOT NULL,
  mastery real NOT NULL
);
CREATE INDEX mastery_reports_key ON mastery_reports (user_id, concept_id, week, at_ms);
-- The latest mastery of each engineer for each concept and week: what the team cells are made of.
CREATE TABLE engineer_concept_weeks (
  user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  team_id integer NOT NULL REFERENCES teams(id),
  concept_id text NOT NULL,
  week integer NOT NULL,
  mastery real NOT NULL,
  -- INCLUDE lets the report read sharing engineers' rows with an index-only scan.
  PRIMARY KEY (user_id, concept_id, week) INCLUDE (team_id, mastery)
);
-- Running sums per team x concept x week, kept in step with engineer_concept_weeks in the same transaction.
CREATE TABLE team_concept_weeks (
  team_id integer NOT NULL REFERENCES teams(id),
  concept_id text NOT NULL,
  week integer NOT NULL,
  engineers integer NOT NULL,
  mastery_sum double precision NOT NULL,
  struggling integer NOT NULL,
  PRIMARY KEY (team_id, week, concept_id)
);
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at_ms double precision NOT NULL,
  actor_id integer REFERENCES users(id) ON DELETE SET NULL,
  actor_name text NOT NULL,
  action text NOT NULL,
  team_id integer REFERENCES teams(id),
  subject_user_id integer REFERENCES users(id) ON DELETE SET NULL,
  detail jsonb NOT NULL
);
CREATE INDEX audit_log_team ON audit_log (team_id, id);
CREATE TABLE forward_targets (
  id serial PRIMARY KEY,
  endpoint text NOT NULL,
  username text NOT NULL,
  password text NOT NULL,
  created_ms double precision NOT NULL
);
CREATE TABLE forward_outbox (
  target_id integer NOT NULL REFERENCES forward_targets(id) ON DELETE CASCADE,
  statement_seq bigint NOT NULL REFERENCES statements(seq) ON DELETE CASCADE,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_ms double precision NOT NULL,
  last_error text,
  PRIMARY KEY (target_id, statement_seq)
);
`,
  },
  {
    version: 2,
    name: 'attachment data sent in multipart/mixed statement requests',
    sql: `
-- Content-addressed: two statements attaching the same bytes share one row.
CREATE TABLE attachment_data (
  sha2 text PRIMARY KEY,
  content_type text NOT NULL,
  content bytea NOT NULL,
  created_ms double precision NOT NULL
);
-- Which statements use which attachment data, so deleting an engineer's statements can delete data nobody else uses.
CREATE TABLE statement_attachments (
  statement_seq bigint NOT NULL REFERENCES statements(seq) ON DELETE CASCADE,
  sha2 text NOT NULL REFERENCES attachment_data(sha2),
  PRIMARY KEY (statement_seq, sha2)
);
CREATE INDEX statement_attachments_sha2 ON statement_attachments (sha2);
`,
  },
  {
    version: 3,
    name: 'skill reports rolled up after ingest, from a queue',
    sql: `
-- One row per write that stored skill reports: the statements (by seq) still to be rolled up into mastery_reports,
-- engineer_concept_weeks and team_concept_weeks (aggregates/rollupQueue.ts). No foreign keys: a statement deleted
-- or voided while queued is skipped when the row is rolled up.
CREATE TABLE rollup_queue (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id integer NOT NULL,
  team_id integer NOT NULL,
  statement_seqs bigint[] NOT NULL,
  queued_ms double precision NOT NULL
);
CREATE INDEX rollup_queue_team ON rollup_queue (team_id, id);
`,
  },
  {
    version: 4,
    name: 'voiding statements owed to forwarding targets after an engineer deletes their data',
    sql: `
-- When an engineer deletes their data, each forwarding target that received their statements is owed voiding
-- statements: copies of the engineer's own voiding statements not yet forwarded, and voiding statements the server
-- makes for what the target has but nobody voided. Kept only until the target accepts them (forwarding/…).
CREATE TABLE forward_erasures (
  target_id integer NOT NULL REFERENCES forward_targets(id) ON DELETE CASCADE,
  statement_id uuid NOT NULL,
  statement jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_ms double precision NOT NULL,
  last_error text,
  PRIMARY KEY (target_id, statement_id)
);
`,
  },
];

/** Applies the migrations not yet applied; an advisory lock keeps several PostgreSQL-backed instances from racing. */
export async function migrateDatabase(db: SqlDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7207001)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_ms double precision NOT NULL)',
    );
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of splitSql(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_ms) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}

// Parameterised queries take one statement at a time; our migrations contain no semicolons inside literals.
function splitSql(sql: string): string[] {
  return sql
    .split(';')
    .map((part) => part.replace(/^\s*--.*$/gm, '').trim())
    .filter((part) => part.length > 0);
}
