// Small-cell suppression for the team heatmap (rows: concepts, columns: weeks). A cell is published only when at
// least k engineers are in it. Each week also gets a published total, so a hidden cell could be recovered by
// subtracting the shown cells from it: the complementary step hides more cells until, in every week whose total is
// published, the hidden cells holding data are either none, or at least two that together hold k or more entries;
// when no cell is left to hide, the week's total is hidden instead. Totals over several weeks are not published,
// because their value would change with the window asked for and differencing two windows would expose cells.

/** Which cells and week totals may be shown; used by the team report. */
export interface SuppressionResult {
  hidden: boolean[][];
  columnTotalHidden: boolean[];
}

/**
 * Decides what to hide in a concepts x weeks grid with a minimum group size k. `counts` are the engineers whose
 * values must stay hidden (those who did not choose to share); `alsoHide` marks cells to hide regardless (fewer
 * than k engineers in all).
 */
export function suppressCells(counts: number[][], k: number, alsoHide?: boolean[][]): SuppressionResult {
  const rows = counts.length;
  const columns = rows > 0 ? counts[0]!.length : 0;
  const hidden = counts.map((row, r) => row.map((count, c) => (count > 0 && count < k) || (alsoHide?.[r]?.[c] ?? false)));
  const columnTotalHidden: boolean[] = [];
  for (let c = 0; c < columns; c++) {
    const column = counts.map((row) => row[c]!);
    columnTotalHidden.push(column.reduce((a, b) => a + b, 0) < k);
    if (columnTotalHidden[c]) continue;
    for (;;) {
      const hiddenWithData = column.flatMap((count, r) => (hidden[r]![c] && count > 0 ? [count] : []));
      const hiddenSum = hiddenWithData.reduce((a, b) => a + b, 0);
      if (hiddenWithData.length === 0 || (hiddenWithData.length >= 2 && hiddenSum >= k)) break;
      let smallest = -1;
      for (let r = 0; r < rows; r++) {
        if (!hidden[r]![c] && (smallest < 0 || column[r]! < column[smallest]!)) smallest = r;
      }
      if (smallest < 0) {
        columnTotalHidden[c] = true;
        break;
      }
      hidden[smallest]![c] = true;
    }
  }
  return { hidden, columnTotalHidden };
}
