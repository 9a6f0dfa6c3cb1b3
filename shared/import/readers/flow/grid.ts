import type { FlowCell, FlowTable } from './model';

/** A table laid out on its grid: each position holds the cell anchored there, or what covers it. */
export interface TableGrid {
  rows: number;
  cols: number;
  /** anchor[r][c]: the cell whose top-left corner is here, else undefined */
  anchor: (FlowCell | undefined)[][];
}

/** More grid positions than this for a table's cells means addresses a real table never has. */
const MAX_POSITIONS = 250_000;

/** Distinct values, sorted: row or column addresses squeezed into consecutive indices. */
function dense(values: number[]): Map<number, number> {
  return new Map([...new Set(values)].sort((a, b) => a - b).map((value, index) => [value, index]));
}

/**
 * A damaged table may address cells far apart (row 60000 of a 3-row table): its addresses are
 * squeezed to consecutive rows and columns, spans kept within the squeezed grid.
 */
function squeezed(cells: readonly FlowCell[]): FlowCell[] {
  const rows = dense(cells.map((cell) => cell.row));
  const cols = dense(cells.map((cell) => cell.col));
  return cells.map((cell) => ({
    ...cell,
    row: rows.get(cell.row)!,
    col: cols.get(cell.col)!,
    rowSpan: Math.min(cell.rowSpan, rows.size - rows.get(cell.row)!),
    colSpan: Math.min(cell.colSpan, cols.size - cols.get(cell.col)!),
  }));
}

/**
 * Cells placed by their addresses. The grid is as large as the cells need (the declared size is
 * only a hint a damaged file may get wrong); a second cell at a taken address is dropped (it
 * cannot be drawn either).
 */
export function layoutGrid(table: FlowTable): TableGrid {
  let cells = table.cells;
  const extent = (list: readonly FlowCell[]) => {
    let rows = 0;
    let cols = 0;
    for (const cell of list) {
      if (cell.row >= rows) rows = cell.row + 1;
      if (cell.col >= cols) cols = cell.col + 1;
    }
    return { rows, cols };
  };
  let { rows, cols } = extent(cells);
  if (rows * cols > MAX_POSITIONS) {
    cells = squeezed(cells);
    ({ rows, cols } = extent(cells));
  }
  const anchor: (FlowCell | undefined)[][] = Array.from({ length: rows }, () =>
    new Array<FlowCell | undefined>(cols).fill(undefined),
  );
  const taken = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  for (const cell of cells) {
    if (taken[cell.row]![cell.col]) continue;
    anchor[cell.row]![cell.col] = cell;
    for (let r = cell.row; r < Math.min(rows, cell.row + cell.rowSpan); r++)
      for (let c = cell.col; c < Math.min(cols, cell.col + cell.colSpan); c++) taken[r]![c] = true;
  }
  return { rows, cols, anchor };
}

/** Cells in reading order: row by row, left to right. */
export function cellsInOrder(grid: TableGrid): FlowCell[] {
  const cells: FlowCell[] = [];
  for (const row of grid.anchor) for (const cell of row) if (cell !== undefined) cells.push(cell);
  return cells;
}
