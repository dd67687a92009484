import { strugglingMasteryThreshold } from '../../shared/syncSchemas';
import type { SqlExecutor } from '../database/sqlDatabase';

const dayMs = 86_400_000;

/** Monday-based week number since the epoch (1970-01-01 was a Thursday); the aggregates' period. */
export function weekOf(ms: number): number {
  return Math.floor((Math.floor(ms / dayMs) + 3) / 7);
}

/** The first millisecond (Monday 00:00 UTC) of a week number. */
export function weekStartMs(week: number): number {
  return (week * 7 - 3) * dayMs;
}

/**
 * Recomputes one engineer's latest mastery for a concept and week from their remaining reports and moves the team
 * cell's running sums by the difference (voiding, deletion); the caller holds `lockEngineers` for the user.
 */
export async function refreshEngineerWeek(tx: SqlExecutor, userId: number, conceptId: string, week: number): Promise<void> {
  await refreshEngineerWeeks(tx, [{ userId, conceptId, week }]);
}

/** One engineer x concept x week whose latest mastery may have changed. */
export interface EngineerWeekKey {
  userId: number;
  conceptId: string;
  week: number;
}

/**
 * The set-based form of `refreshEngineerWeek` for an ingested batch: a handful of queries however many reports
 * the batch holds. Callers hold `lockEngineers` for the users involved, so concurrent batches of one engineer
 * cannot both count a new row.
 */
export async function refreshEngineerWeeks(tx: SqlExecutor, keys: EngineerWeekKey[]): Promise<void> {
  const unique = [...new Map(keys.map((key) => [`${key.userId}\u0000${key.conceptId}\u0000${key.week}`, key])).values()];
  if (unique.length === 0) return;
  const params = [unique.map((k) => k.userId), unique.map((k) => k.conceptId), unique.map((k) => k.week)];
  const keysSql = 'unnest($1::integer[], $2::text[], $3::integer[]) AS k(user_id, concept_id, week)';
  const previous = await tx.query<{ user_id: number; concept_id: string; week: number; team_id: number; mastery: number }>(
    `SELECT e.user_id, e.concept_id, e.week, e.team_id, e.mastery FROM engineer_concept_weeks e JOIN ${keysSql} USING (user_id, concept_id, week)`,
    params,
  );
  const latest = await tx.query<{ user_id: number; concept_id: string; week: number; team_id: number; mastery: number }>(
    `SELECT DISTINCT ON (r.user_id, r.concept_id, r.week) r.user_id, r.concept_id, r.week, r.team_id, r.mastery
     FROM mastery_reports r JOIN ${keysSql} USING (user_id, concept_id, week)
     ORDER BY r.user_id, r.concept_id, r.week, r.at_ms DESC, r.statement_seq DESC`,
    params,
  );
  const cellDeltas = new Map<string, { teamId: number; conceptId: string; week: number; engineers: number; masterySum: number; struggling: number }>();
  const addDelta = (row: { team_id: number; concept_id: string; week: number; mastery: number }, sign: 1 | -1): void => {
    const key = `${row.team_id}\u0000${row.concept_id}\u0000${row.week}`;
    const delta = cellDeltas.get(key) ?? { teamId: row.team_id, conceptId: row.concept_id, week: row.week, engineers: 0, masterySum: 0, struggling: 0 };
    delta.engineers += sign;
    delta.masterySum += sign * row.mastery;
    delta.struggling += row.mastery < strugglingMasteryThreshold ? sign : 0;
    cellDeltas.set(key, delta);
  };
  for (const row of previous) addDelta(row, -1);
  for (const row of latest) addDelta(row, 1);
  const latestKeys = new Set(latest.map((row) => `${row.user_id}\u0000${row.concept_id}\u0000${row.week}`));
  const gone = previous.filter((row) => !latestKeys.has(`${row.user_id}\u0000${row.concept_id}\u0000${row.week}`));
  if (gone.length > 0) {
    await tx.query(`DELETE FROM engineer_concept_weeks e USING ${keysSql} WHERE e.user_id = k.user_id AND e.concept_id = k.concept_id AND e.week = k.week`, [
      gone.map((row) => row.user_id),
      gone.map((row) => row.concept_id),
      gone.map((row) => row.week),
    ]);
  }
  if (latest.length > 0) {
    await tx.query(
      `INSERT INTO engineer_concept_weeks (user_id, team_id, concept_id, week, mastery)
       SELECT * FROM unnest($1::integer[], $2::integer[], $3::text[], $4::integer[], $5::real[])
       ON CONFLICT (user_id, concept_id, week) DO UPDATE SET team_id = EXCLUDED.team_id, mastery = EXCLUDED.mastery`,
      [latest.map((r) => r.user_id), latest.map((r) => r.team_id), latest.map((r) => r.concept_id), latest.map((r) => r.week), latest.map((r) => r.mastery)],
    );
  }
  const deltas = [...cellDeltas.values()].filter((d) => d.engineers !== 0 || d.masterySum !== 0 || d.struggling !== 0);
  if (deltas.length === 0) return;
  await tx.query(
    `INSERT INTO team_concept_weeks (team_id, concept_id, week, engineers, mastery_sum, struggling)
     SELECT * FROM unnest($1::integer[], $2::text[], $3::integer[], $4::integer[], $5::float8[], $6::integer[])
     ON CONFLICT (team_id, week, concept_id) DO UPDATE SET engineers = team_concept_weeks.engineers + EXCLUDED.engineers,
       mastery_sum = team_concept_weeks.mastery_sum + EXCLUDED.mastery_sum, struggling = team_concept_weeks.struggling + EXCLUDED.struggling`,
    [deltas.map((d) => d.teamId), deltas.map((d) => d.conceptId), deltas.map((d) => d.week), deltas.map((d) => d.engineers), deltas.map((d) => d.masterySum), deltas.map((d) => d.struggling)],
  );
  await tx.query(
    `DELETE FROM team_concept_weeks t USING unnest($1::integer[], $2::text[], $3::integer[]) AS k(team_id, concept_id, week)
     WHERE t.team_id = k.team_id AND t.concept_id = k.concept_id AND t.week = k.week AND t.engineers <= 0`,
    [deltas.map((d) => d.teamId), deltas.map((d) => d.conceptId), deltas.map((d) => d.week)],
  );
}

/** Serialises rollup updates per engineer across transactions and server instances (sorted, so no deadlocks). */
export async function lockEngineers(tx: SqlExecutor, userIds: number[]): Promise<void> {
  for (const id of [...new Set(userIds)].sort((a, b) => a - b)) await tx.query('SELECT pg_advisory_xact_lock(7207002, $1)', [id]);
}

/** Rebuilds every team cell from the engineer rows (after bulk loads, and to check the running sums in tests). */
export async function rebuildTeamCells(tx: SqlExecutor): Promise<void> {
  await tx.query('DELETE FROM team_concept_weeks');
  await tx.query(
    `INSERT INTO team_concept_weeks (team_id, concept_id, week, engineers, mastery_sum, struggling)
     SELECT team_id, concept_id, week, count(*), sum(mastery), count(*) FILTER (WHERE mastery < $1)
     FROM engineer_concept_weeks GROUP BY team_id, concept_id, week`,
    [strugglingMasteryThreshold],
  );
}
