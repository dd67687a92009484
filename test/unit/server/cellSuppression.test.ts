import assert from 'node:assert/strict';
import { suppressCells } from '../../../src/server/aggregates/cellSuppression';
import { buildTeamReport, type TeamCellRow } from '../../../src/server/aggregates/teamReport';
import { weekOf, weekStartMs } from '../../../src/server/aggregates/skillRollup';

// Exhaustively checks what an observer of the published numbers can compute: for every week whose total is
// published, total minus the shown cells must never pin down a single hidden cell with data.
function assertNoCellDerivable(counts: number[][], k: number): void {
  const result = suppressCells(counts, k);
  const columns = counts[0]?.length ?? 0;
  for (let c = 0; c < columns; c++) {
    if (result.columnTotalHidden[c]) continue;
    const hiddenWithData = counts.map((row, r) => ({ count: row[c]!, hidden: result.hidden[r]![c]! })).filter((cell) => cell.hidden && cell.count > 0);
    if (hiddenWithData.length === 0) continue;
    assert.ok(hiddenWithData.length >= 2, `week ${c}: a single hidden cell could be derived from the total`);
    assert.ok(hiddenWithData.reduce((sum, cell) => sum + cell.count, 0) >= k, `week ${c}: the hidden cells together hold fewer than k`);
  }
  counts.forEach((row, r) => row.forEach((count, c) => {
    if (count > 0 && count < k) assert.ok(result.hidden[r]![c], `cell ${r},${c} with ${count} < k is shown`);
  }));
}

describe('small-cell suppression', () => {
  it('hides cells under k and one more cell so the week total cannot be used to subtract', () => {
    const result = suppressCells([[6], [3], [9]], 5);
    assert.deepEqual(result.hidden.map((row) => row[0]), [true, true, false], 'the smallest other cell joins the hidden one');
    assert.deepEqual(result.columnTotalHidden, [false]);
  });

  it('hides the week total when no other cell is left to hide', () => {
    const result = suppressCells([[3], [7]], 5);
    assert.deepEqual(result.hidden.map((row) => row[0]), [true, true]);
    assert.equal(result.columnTotalHidden[0], false, 'two hidden cells holding 10 protect each other');
    const lonely = suppressCells([[3], [0]], 5);
    assert.equal(lonely.columnTotalHidden[0], true);
  });

  it('keeps every published week safe on random grids', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let trial = 0; trial < 500; trial++) {
      const rows = 1 + Math.floor(random() * 6);
      const columns = 1 + Math.floor(random() * 5);
      const counts = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (random() < 0.3 ? 0 : Math.floor(random() * 12))));
      assertNoCellDerivable(counts, 5);
    }
  });
});

describe('team report', () => {
  const week = weekOf(Date.UTC(2026, 10, 18));
  const weeks = [week - 2, week - 1, week];
  const cell = (conceptId: string, w: number, engineers: number, struggling: number, sharingEngineers = 0): TeamCellRow => ({
    conceptId,
    week: w,
    engineers,
    sharingEngineers,
    masterySum: engineers * (struggling > engineers / 2 ? 0.3 : 0.8),
    struggling,
  });

  it('shows "not enough people" instead of zero or small values, and never a number for hidden cells', () => {
    const report = buildTeamReport({
      team: { id: 1, name: 'payments' },
      minGroupSize: 5,
      weeks,
      cells: [cell('async', week, 8, 2), cell('generics', week, 3, 3), cell('closures', week, 6, 1)],
      individuals: [],
    });
    const latest = (conceptId: string) => report.concepts.find((c) => c.conceptId === conceptId)!.cells[2]!;
    assert.deepEqual(latest('generics'), { week: report.weeks[2], shown: false, reason: 'not enough people' });
    assert.equal(latest('closures').shown, false, 'the smallest other cell is hidden too');
    assert.equal(latest('async').shown, true);
    assert.equal(report.concepts[0]!.cells[0]!.shown, false, 'an empty week is "not enough people", not 0');
    assert.ok(!JSON.stringify(report).includes('"engineers":3'));
  });

  it('hides a cell whose non-sharing remainder is under k', () => {
    const report = buildTeamReport({
      team: { id: 1, name: 'payments' },
      minGroupSize: 5,
      weeks,
      cells: [cell('async', week, 6, 2, 4), cell('closures', week, 9, 1), cell('generics', week, 7, 1)],
      individuals: [],
    });
    assert.equal(report.concepts.find((c) => c.conceptId === 'async')!.cells[2]!.shown, false);
  });

  it('reports a rising struggle rate as an emerging gap and suggests a session for it', () => {
    const report = buildTeamReport({
      team: { id: 1, name: 'payments' },
      minGroupSize: 5,
      weeks,
      cells: [
        cell('async', week - 2, 10, 1), cell('async', week - 1, 10, 2), cell('async', week, 10, 7),
        cell('closures', week - 2, 10, 5), cell('closures', week - 1, 10, 5), cell('closures', week, 10, 5),
      ],
      individuals: [],
    });
    assert.deepEqual(report.emergingGaps.map((gap) => gap.conceptId), ['async']);
    assert.equal(report.emergingGaps[0]!.latestStruggleRate, 0.7);
    assert.deepEqual(report.suggestedSessions.map((s) => s.conceptId), ['async', 'closures']);
    assert.equal(report.weeks[0], new Date(weekStartMs(week - 2)).toISOString().slice(0, 10));
  });

  it('lists sharing engineers alphabetically, not ranked', () => {
    const report = buildTeamReport({
      team: { id: 1, name: 'payments' },
      minGroupSize: 5,
      weeks,
      cells: [],
      individuals: [
        { name: 'zoe', concepts: [{ conceptId: 'a', mastery: 0.9, week: '2026-11-16' }] },
        { name: 'adam', concepts: [{ conceptId: 'a', mastery: 0.1, week: '2026-11-16' }] },
      ],
    });
    assert.deepEqual(report.individuals.map((i) => i.name), ['adam', 'zoe']);
  });
});
