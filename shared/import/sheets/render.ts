import type { SheetCell, SheetGrid } from './types';

const BREAKS = /[\t\r\n]+/g;

/** A cell as the text rendering shows it: one line, no tabs (they separate the cells). */
export function renderCell(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell.includes('\t') || cell.includes('\n') || cell.includes('\r')
    ? cell.replace(BREAKS, ' ')
    : cell;
}

function tabs(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) count++;
  return count;
}

/** A row as one line of the text rendering: cells joined by tabs, trailing empty cells dropped. */
export function renderRow(row: readonly SheetCell[]): string {
  let line = row.join('\t');
  // the common case in one join; a cell holding a tab or a line break is rendered cell by cell
  if (tabs(line) !== Math.max(0, row.length - 1) || line.includes('\n') || line.includes('\r')) {
    line = row.map(renderCell).join('\t');
  }
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 9) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** A grid row's rendering, reusing the reader's when it kept them. */
export function renderedRow(grid: SheetGrid, row: number): string {
  return grid.rendered?.[row] ?? renderRow(grid.rows[row] ?? []);
}
