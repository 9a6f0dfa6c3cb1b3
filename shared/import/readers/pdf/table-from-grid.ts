import { compact } from '../../../text/compact';
import { readMarkers } from '../../blocks/markers';
import { looksLikeHeader } from '../../blocks/table-block';
import type { Box } from '../../../model/source';
import type { Grid, GridCell } from './grid';
import type { TextPiece } from './words';
import { groupLines } from './text-lines';

export interface PdfCell {
  text: string;
  label: string;
  colSpan?: number;
  rowSpan?: number;
  /** absent for the places a merged cell covers */
  box?: Box;
}

export interface PdfRow {
  cells: PdfCell[];
  box: Box;
}

/** A table read from a page's drawing, before it gets line numbers in the document's text. */
export interface PdfTable {
  box: Box;
  header: PdfRow[];
  rows: PdfRow[];
  columnLabels: string[];
  /** column boundaries, to recognise the same table continued on the next page */
  xs: number[];
}

const MAX_HEADER_ROWS = 3;

/** A cell's lines: a wrapped name is joined with a space, list items keep their own lines. */
function cellText(pieces: readonly TextPiece[], bodySize: number): string {
  const lines = groupLines(pieces, bodySize).map((line) => line.text.trim());
  let text = '';
  for (const line of lines) {
    if (line === '') continue;
    if (text === '') text = line;
    else text += readMarkers(line) ? `\n${line}` : ` ${line}`;
  }
  return text;
}

function cellOf(cell: GridCell, text: string): PdfCell {
  const result: PdfCell = { text, label: text.split('\n')[0] ?? '', box: cell.box };
  if (cell.colSpan > 1) result.colSpan = cell.colSpan;
  if (cell.rowSpan > 1) result.rowSpan = cell.rowSpan;
  return result;
}

const EMPTY: PdfCell = { text: '', label: '' };
/** How many of the top rows are the header: short words only, at most three rows, a body left. */
/**
 * How many of the top rows are the header: rows of short words (at most three, a body left below)
 * as deep as the first row's merged cells reach — a cell spanning columns has its parts in the row
 * below, one spanning rows covers them. Without merged cells the header is the first row alone.
 */
function headerRows(rows: readonly PdfCell[][], cells: readonly GridCell[]): number {
  let words = 0;
  const most = Math.min(MAX_HEADER_ROWS, rows.length - 1);
  while (words < most && looksLikeHeader({ cells: rows[words]! })) words++;
  let depth = words > 0 ? 1 : 0;
  for (let grown = true; grown;) {
    grown = false;
    for (const cell of cells) {
      if (cell.row >= depth) continue;
      const reach = cell.row + Math.max(cell.rowSpan, cell.colSpan > 1 ? 2 : 1);
      if (reach > depth && reach <= words) {
        depth = reach;
        grown = true;
      }
    }
  }
  return depth;
}

/** Per column: the header cells above it from top to bottom, spaces removed, joined with `/`. */
function labelsOf(
  header: readonly GridCell[][],
  texts: Map<GridCell, string>,
  cols: number,
): string[] {
  const labels: string[] = [];
  for (let c = 0; c < cols; c++) {
    const parts: string[] = [];
    let previous: GridCell | undefined;
    for (const row of header) {
      const cell = row[c];
      if (!cell || cell === previous) continue;
      previous = cell;
      const part = compact(texts.get(cell) ?? '');
      if (part !== '') parts.push(part);
    }
    labels.push(parts.join('/'));
  }
  return labels;
}

/**
 * A ruled grid and the pieces inside it → a table: each piece in the cell that holds its centre,
 * merged cells with their spans (the places they cover left empty, so every row keeps the table's
 * width), the header rows recognised and each column labelled by the header cells above it.
 */
export function tableFromGrid(
  grid: Grid,
  pieces: readonly TextPiece[],
  bodySize: number,
): PdfTable {
  const rowsCount = grid.ys.length - 1;
  const cols = grid.xs.length - 1;
  const at: GridCell[][] = Array.from({ length: rowsCount }, () => new Array<GridCell>(cols));
  for (const cell of grid.cells)
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) at[r]![c] = cell;
  const inCell = new Map<GridCell, TextPiece[]>();
  for (const piece of pieces) {
    const x = (piece.x0 + piece.x1) / 2;
    const y = (piece.top + piece.bottom) / 2;
    const c = Math.max(0, grid.xs.findIndex((edge) => edge > x) - 1);
    const r = Math.max(0, grid.ys.findIndex((edge) => edge > y) - 1);
    const cell = at[Math.min(r, rowsCount - 1)]?.[Math.min(c, cols - 1)];
    if (!cell) continue;
    const list = inCell.get(cell) ?? [];
    list.push(piece);
    inCell.set(cell, list);
  }
  const texts = new Map<GridCell, string>();
  for (const [cell, list] of inCell) texts.set(cell, cellText(list, bodySize));

  const rows: PdfCell[][] = [];
  const rowBoxes: Box[] = [];
  for (let r = 0; r < rowsCount; r++) {
    rows.push(
      Array.from({ length: cols }, (_, c) => {
        const cell = at[r]![c]!;
        return cell.row === r && cell.col === c ? cellOf(cell, texts.get(cell) ?? '') : EMPTY;
      }),
    );
    rowBoxes.push([grid.xs[0]!, grid.ys[r]!, grid.xs[cols]!, grid.ys[r + 1]!]);
  }
  const headerCount = headerRows(rows, grid.cells);
  // a label cell that starts in the header and reaches into the body names the body's first row
  for (const cell of grid.cells) {
    const c = cell.col;
    if (cell.row >= headerCount || cell.row + cell.rowSpan <= headerCount) continue;
    const moved = cellOf(
      { ...cell, rowSpan: cell.row + cell.rowSpan - headerCount },
      texts.get(cell) ?? '',
    );
    rows[headerCount]![c] = moved;
    rows[cell.row]![c] = EMPTY;
    texts.set(cell, '');
  }
  const columnLabels = labelsOf(at.slice(0, headerCount), texts, cols);
  const made = rows.map((cells, r) => ({ cells, box: rowBoxes[r]! }));
  const filled = (row: PdfRow) => row.cells.some((cell) => cell.text !== '');
  return {
    box: grid.box,
    header: made.slice(0, headerCount).filter(filled),
    rows: made.slice(headerCount).filter(filled),
    columnLabels,
    xs: grid.xs,
  };
}
