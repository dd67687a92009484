import { suppressCells } from './cellSuppression';
import { weekStartMs } from './skillRollup';

/** A team x concept x week cell as stored (running sums), the input of `buildTeamReport`. */
export interface TeamCellRow {
  conceptId: string;
  week: number;
  engineers: number;
  /** Engineers in the cell who chose to share individual rows (their values are known to the lead anyway). */
  sharingEngineers: number;
  masterySum: number;
  struggling: number;
}

/** A published cell, or "not enough people": never a zero standing in for a hidden value. */
export type ReportCell =
  | { week: string; shown: true; engineers: number; meanMastery: number; struggleRate: number }
  | { week: string; shown: false; reason: 'not enough people' };

/** A concept whose struggle rate is rising over the window. */
export interface EmergingGap {
  conceptId: string;
  earlierStruggleRate: number;
  latestStruggleRate: number;
}

/** The team report the dashboard draws: heatmap, trend, emerging gaps and suggested sessions. */
export interface TeamReport {
  team: { id: number; name: string };
  minGroupSize: number;
  weeks: string[];
  concepts: {
    conceptId: string;
    cells: ReportCell[];
  }[];
  weekTotals: ({ shown: true; engineerConcepts: number; struggleRate: number } | { shown: false; reason: 'not enough people' })[];
  emergingGaps: EmergingGap[];
  suggestedSessions: { conceptId: string; why: string }[];
  individuals: { name: string; concepts: { conceptId: string; mastery: number; week: string }[] }[];
}

const isoDay = (week: number): string => new Date(weekStartMs(week)).toISOString().slice(0, 10);
const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Builds the privacy-preserving report from a team's cells; pure so its rules are unit-tested directly. */
export function buildTeamReport(input: {
  team: { id: number; name: string };
  minGroupSize: number;
  weeks: number[];
  cells: TeamCellRow[];
  individuals: TeamReport['individuals'];
}): TeamReport {
  const k = input.minGroupSize;
  const conceptIds = [...new Set(input.cells.map((cell) => cell.conceptId))].sort();
  const byKey = new Map(input.cells.map((cell) => [`${cell.conceptId}\u0000${cell.week}`, cell]));
  const grid = conceptIds.map((conceptId) => input.weeks.map((week) => byKey.get(`${conceptId}\u0000${week}`)));
  // Sharing engineers' rows are shown to the lead, so what must stay hidden is the rest of each cell: a cell of
  // five where four share would otherwise give away the fifth.
  const suppression = suppressCells(
    grid.map((row) => row.map((cell) => (cell ? cell.engineers - cell.sharingEngineers : 0))),
    k,
    grid.map((row) => row.map((cell) => (cell?.engineers ?? 0) < k)),
  );
  const hiddenMark = { shown: false as const, reason: 'not enough people' as const };

  const concepts = conceptIds.map((conceptId, r) => {
    const row = grid[r]!;
    const cells: ReportCell[] = row.map((cell, c) =>
      !cell || suppression.hidden[r]![c]
        ? { week: isoDay(input.weeks[c]!), ...hiddenMark }
        : {
            week: isoDay(input.weeks[c]!),
            shown: true,
            engineers: cell.engineers,
            meanMastery: round(cell.masterySum / cell.engineers),
            struggleRate: round(cell.struggling / cell.engineers),
          },
    );
    return { conceptId, cells };
  });

  const weekTotals = input.weeks.map((_, c) => {
    const engineerConcepts = grid.reduce((sum, row) => sum + (row[c]?.engineers ?? 0), 0);
    const struggling = grid.reduce((sum, row) => sum + (row[c]?.struggling ?? 0), 0);
    return suppression.columnTotalHidden[c] || engineerConcepts === 0
      ? hiddenMark
      : { shown: true as const, engineerConcepts, struggleRate: round(struggling / engineerConcepts) };
  });

  // Trends and gaps use published cells only, so they reveal nothing the heatmap hides.
  const emergingGaps: EmergingGap[] = [];
  const latestColumn = input.weeks.length - 1;
  for (const concept of concepts) {
    const shownRates = concept.cells.flatMap((cell, c) => (cell.shown ? [{ c, rate: cell.struggleRate }] : []));
    if (shownRates.length < 2) continue;
    const latest = shownRates[shownRates.length - 1]!;
    if (latest.c < latestColumn - 1) continue;
    const earlier = shownRates.slice(0, -1);
    const earlierRate = earlier.reduce((sum, point) => sum + point.rate, 0) / earlier.length;
    if (latest.rate - earlierRate >= 0.15) {
      emergingGaps.push({ conceptId: concept.conceptId, earlierStruggleRate: round(earlierRate), latestStruggleRate: latest.rate });
    }
  }
  emergingGaps.sort((a, b) => b.latestStruggleRate - b.earlierStruggleRate - (a.latestStruggleRate - a.earlierStruggleRate));

  const suggestedSessions: TeamReport['suggestedSessions'] = [];
  for (const gap of emergingGaps) {
    suggestedSessions.push({
      conceptId: gap.conceptId,
      why: `Struggle with ${gap.conceptId} rose from ${Math.round(gap.earlierStruggleRate * 100)}% to ${Math.round(gap.latestStruggleRate * 100)}% of the team: a short team session now can stop the gap from widening.`,
    });
  }
  for (const concept of concepts) {
    const latest = [...concept.cells].reverse().find((cell) => cell.shown);
    if (!latest?.shown || latest.struggleRate < 0.4 || suggestedSessions.some((s) => s.conceptId === concept.conceptId)) continue;
    suggestedSessions.push({
      conceptId: concept.conceptId,
      why: `${Math.round(latest.struggleRate * 100)}% of the team are struggling with ${concept.conceptId} (week of ${latest.week}): worth a shared walkthrough.`,
    });
  }

  return {
    team: input.team,
    minGroupSize: k,
    weeks: input.weeks.map(isoDay),
    concepts,
    weekTotals,
    emergingGaps,
    suggestedSessions: suggestedSessions.slice(0, 5),
    individuals: [...input.individuals].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
