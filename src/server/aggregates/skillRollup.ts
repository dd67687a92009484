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
 * cell's running sums by the difference. Called in the ingest, voiding and deletion transactions so the cells never
 * drift from the reports.
 */
export async function refreshEngineerWeek(tx: SqlExecutor, userId: number, conceptId: string, week: number): Promise<void> {
  const [latest] = await tx.query<{ team_id: number; mastery: number }>(
    `SELECT team_id, mastery FROM mastery_reports WHERE user_id = $1 AND concept_id = $2 AND week = $3
     ORDER BY at_ms DESC, statement_seq DESC LIMIT 1`,
    [userId, conceptId, week],
  );
  const [previous] = await tx.query<{ team_id: number; mastery: number }>(
    'SELECT team_id, mastery FROM engineer_concept_weeks WHERE user_id = $1 AND concept_id = $2 AND week = $3 FOR UPDATE',
    [userId, conceptId, week],
  );
  if (previous) {
    await adjustTeamCell(tx, previous.team_id, conceptId, week, -1, -previous.mastery, previous.mastery < strugglingMasteryThreshold ? -1 : 0);
  }
  if (latest) {
    await tx.query(
      `INSERT INTO engineer_concept_weeks (user_id, team_id, concept_id, week, mastery) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, concept_id, week) DO UPDATE SET team_id = EXCLUDED.team_id, mastery = EXCLUDED.mastery`,
      [userId, latest.team_id, conceptId, week, latest.mastery],
    );
    await adjustTeamCell(tx, latest.team_id, conceptId, week, 1, latest.mastery, latest.mastery < strugglingMasteryThreshold ? 1 : 0);
  } else if (previous) {
    await tx.query('DELETE FROM engineer_concept_weeks WHERE user_id = $1 AND concept_id = $2 AND week = $3', [userId, conceptId, week]);
  }
}

async function adjustTeamCell(
  tx: SqlExecutor,
  teamId: number,
  conceptId: string,
  week: number,
  engineers: number,
  masterySum: number,
  struggling: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO team_concept_weeks (team_id, concept_id, week, engineers, mastery_sum, struggling) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (team_id, week, concept_id) DO UPDATE SET engineers = team_concept_weeks.engineers + EXCLUDED.engineers,
       mastery_sum = team_concept_weeks.mastery_sum + EXCLUDED.mastery_sum, struggling = team_concept_weeks.struggling + EXCLUDED.struggling`,
    [teamId, conceptId, week, engineers, masterySum, struggling],
  );
  await tx.query('DELETE FROM team_concept_weeks WHERE team_id = $1 AND concept_id = $2 AND week = $3 AND engineers <= 0', [teamId, conceptId, week]);
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
