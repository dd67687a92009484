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
  const cells = await db.query<{ concept_id: string; week: number; engineers: number; mastery_sum: number; struggling: number }>(
    `SELECT concept_id, week, engineers, mastery_sum, struggling FROM team_concept_weeks WHERE team_id = $1 AND week BETWEEN $2 AND $3`,
    [team.id, firstWeek, lastWeek],
  );
  // Sharing engineers are few: read their rows through the (user_id, …) primary key rather than scanning the team.
  const sharing = await db.query<{ id: number; name: string }>('SELECT id, name FROM users WHERE team_id = $1 AND share_individual', [team.id]);
  // One index scan for both uses (per-cell sharing counts, each sharer's latest week per concept); the grouping
  // is done here because sorting ~20k text-keyed rows in SQL cost more than the scan itself.
  const shared =
    sharing.length === 0
      ? []
      : await db.query<{ user_id: number; concept_id: string; week: number; mastery: number }>(
          `SELECT user_id, concept_id, week, mastery FROM engineer_concept_weeks
           WHERE user_id = ANY($1::integer[]) AND team_id = $2 AND week BETWEEN $3 AND $4`,
          [sharing.map((user) => user.id), team.id, firstWeek, lastWeek],
        );
  const sharingPerCell = new Map<string, number>();
  const latestByEngineer = new Map<string, { userId: number; conceptId: string; week: number; mastery: number }>();
  for (const row of shared) {
    const cellKey = `${row.concept_id}\u0000${row.week}`;
    sharingPerCell.set(cellKey, (sharingPerCell.get(cellKey) ?? 0) + 1);
    const engineerKey = `${row.user_id}\u0000${row.concept_id}`;
    const known = latestByEngineer.get(engineerKey);
    if (!known || known.week < row.week) latestByEngineer.set(engineerKey, { userId: row.user_id, conceptId: row.concept_id, week: row.week, mastery: row.mastery });
  }
  const latestPerEngineer = [...latestByEngineer.values()];
  const names = new Map(sharing.map((user) => [user.id, user.name]));
  const individuals = new Map<string, TeamReport['individuals'][number]>();
  for (const entry of latestPerEngineer) {
    const name = names.get(entry.userId)!;
    const person = individuals.get(name) ?? { name, concepts: [] };
    person.concepts.push({
      conceptId: entry.conceptId,
      mastery: Math.round(entry.mastery * 1000) / 1000,
      week: new Date(weekStartMs(entry.week)).toISOString().slice(0, 10),
    });
    individuals.set(name, person);
  }
  for (const person of individuals.values()) person.concepts.sort((a, b) => a.conceptId.localeCompare(b.conceptId));
  const rows: TeamCellRow[] = cells.map((cell) => ({
    conceptId: cell.concept_id,
    week: cell.week,
    engineers: cell.engineers,
    sharingEngineers: sharingPerCell.get(`${cell.concept_id}\u0000${cell.week}`) ?? 0,
    masterySum: cell.mastery_sum,
    struggling: cell.struggling,
  }));
  return buildTeamReport({ team, minGroupSize: options.minGroupSize, weeks, cells: rows, individuals: [...individuals.values()] });
}
