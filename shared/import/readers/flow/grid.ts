import type { FlowCell, FlowTable } from './model';

/** A table laid out on its grid: each position holds the cell anchored there, or what covers it. */
export interface TableGrid {
  rows: number;
  cols: number;
  /** anchor[r][c]: the cell whose top-left corner is here, else undefined */
  anchor: (FlowCell | undefined)[][];
}

/**
 * Cells placed by their addresses. The declared size is a hint: a damaged or hand-made table may
 * put cells beyond it, so the grid grows to hold them; a second cell at a taken address is
 * dropped (it cannot be drawn either).
 */
export function layoutGrid(table: FlowTable): TableGrid {
  let rows = table.rowCount;
  let cols = table.colCount;
  for (const cell of table.cells) {
    rows = Math.max(rows, cell.row + 1);
    cols = Math.max(cols, cell.col + 1);
  }
  const anchor: (FlowCell | undefined)[][] = Array.from({ length: rows }, () =>
    new Array<FlowCell | undefined>(cols).fill(undefined),
  );
  const taken = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  for (const cell of table.cells) {
    if (taken[cell.row]![cell.col]) continue;
    anchor[cell.row]![cell.col] = cell;
    for (let r = cell.row; r < Math.min(rows, cell.row + cell.rowSpan); r++)
      for (let c = cell.col; c < Math.min(cols, cell.col + cell.colSpan); c++) taken[r]![c] = true;
  }
  return { rows, cols, anchor };
}

/** Cells in reading order: row by row, left to right. */
export function cellsInOrder(grid: TableGrid): FlowCell[] {
  return grid.anchor.flatMap((row) => row.filter((cell): cell is FlowCell => cell !== undefined));
}
