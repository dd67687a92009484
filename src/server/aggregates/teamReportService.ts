import type { SqlExecutor } from '../database/sqlDatabase';
import { weekOf, weekStartMs } from './skillRollup';
import { buildTeamReport, type TeamCellRow, type TeamReport } from './teamReport';

/** Loads a team's cells and its sharing engineers' rows and builds the report; used by the report route. */
export async function loadTeamReport(
  db: SqlExecutor,
  team: { id: number; name: string },
  options: { minGroupSize: number; weeks: number; nowMs: number },
): Promise<TeamReport> {
  const lastWeek = weekOf(options.nowMs);
  const firstWeek = lastWeek - options.weeks + 1;
  const weeks = Array.from({ length: options.weeks }, (_, i) => firstWeek + i);
  const cells = await db.query<{ concept_id: string; week: number; engineers: number; mastery_sum: number; struggling: number; sharing: number }>(
    `SELECT c.concept_id, c.week, c.engineers, c.mastery_sum, c.struggling, coalesce(s.sharing, 0)::integer AS sharing
     FROM team_concept_weeks c
     LEFT JOIN (SELECT e.concept_id, e.week, count(*) AS sharing FROM engineer_concept_weeks e JOIN users u ON u.id = e.user_id
                WHERE e.team_id = $1 AND u.share_individual AND e.week BETWEEN $2 AND $3 GROUP BY e.concept_id, e.week) s
       ON s.concept_id = c.concept_id AND s.week = c.week
     WHERE c.team_id = $1 AND c.week BETWEEN $2 AND $3`,
    [team.id, firstWeek, lastWeek],
  );
  const shared = await db.query<{ name: string; concept_id: string; week: number; mastery: number }>(
    `SELECT DISTINCT ON (u.id, e.concept_id) u.name, e.concept_id, e.week, e.mastery
     FROM engineer_concept_weeks e JOIN users u ON u.id = e.user_id
     WHERE e.team_id = $1 AND u.team_id = $1 AND u.share_individual AND e.week BETWEEN $2 AND $3
     ORDER BY u.id, e.concept_id, e.week DESC`,
    [team.id, firstWeek, lastWeek],
  );
  const individuals = new Map<string, TeamReport['individuals'][number]>();
  for (const row of shared) {
    const entry = individuals.get(row.name) ?? { name: row.name, concepts: [] };
    entry.concepts.push({
      conceptId: row.concept_id,
      mastery: Math.round(row.mastery * 1000) / 1000,
      week: new Date(weekStartMs(row.week)).toISOString().slice(0, 10),
    });
    individuals.set(row.name, entry);
  }
  const rows: TeamCellRow[] = cells.map((cell) => ({
    conceptId: cell.concept_id,
    week: cell.week,
    engineers: cell.engineers,
    sharingEngineers: cell.sharing,
    masterySum: cell.mastery_sum,
    struggling: cell.struggling,
  }));
  return buildTeamReport({ team, minGroupSize: options.minGroupSize, weeks, cells: rows, individuals: [...individuals.values()] });
}
