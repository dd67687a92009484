// Small-cell suppression for the team heatmap. A cell (concept x week) is published only when at least k engineers
// are in it; row and column totals are published too, so a hidden cell could be recovered by subtraction. The
// complementary step hides further cells until, in every published line, the hidden cells together hold at least
// k engineer entries (or hides the line's total when no cell is left to hide).

/** One cell's count before suppression; used by the team report. */
export interface CountCell {
  row: number;
  column: number;
  /** Distinct engineers in the cell (0 for no data, which is hidden like any small cell). */
  engineers: number;
}

/** Which cells and line totals may be shown. */
export interface SuppressionResult {
  hidden: boolean[][];
  rowTotalHidden: boolean[];
  columnTotalHidden: boolean[];
}

/** Decides what to hide in a rows x columns grid of counts with a minimum group size k. */
export function suppressCells(counts: number[][], k: number): SuppressionResult {
  const rows = counts.length;
  const columns = rows > 0 ? counts[0]!.length : 0;
  const hidden = counts.map((row) => row.map((count) => count < k));
  const rowTotalHidden = counts.map((row) => row.reduce((a, b) => a + b, 0) < k);
  const columnTotalHidden = Array.from({ length: columns }, (_, c) => counts.reduce((sum, row) => sum + row[c]!, 0) < k);

  const balanceLine = (cells: { r: number; c: number }[], hideTotal: () => void): boolean => {
    let changed = false;
    for (;;) {
      const hiddenCells = cells.filter(({ r, c }) => hidden[r]![c]);
      const hiddenSum = hiddenCells.reduce((sum, { r, c }) => sum + counts[r]![c]!, 0);
      if (hiddenCells.length === 0 || hiddenSum === 0 || hiddenSum >= k) return changed;
      const candidates = cells.filter(({ r, c }) => !hidden[r]![c]).sort((a, b) => counts[a.r]![a.c]! - counts[b.r]![b.c]!);
      const next = candidates[0];
      if (!next) {
        hideTotal();
        return true;
      }
      hidden[next.r]![next.c] = true;
      changed = true;
    }
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      if (rowTotalHidden[r]) continue;
      const line = Array.from({ length: columns }, (_, c) => ({ r, c }));
      changed = balanceLine(line, () => (rowTotalHidden[r] = true)) || changed;
    }
    for (let c = 0; c < columns; c++) {
      if (columnTotalHidden[c]) continue;
      const line = Array.from({ length: rows }, (_, r) => ({ r, c }));
      changed = balanceLine(line, () => (columnTotalHidden[c] = true)) || changed;
    }
  }
  return { hidden, rowTotalHidden, columnTotalHidden };
}
