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
  return withoutTrailingTabs(line);
}

/** A grid row's rendering, reusing the reader's when it kept them. */
export function renderedRow(grid: SheetGrid, row: number): string {
  return grid.rendered?.at(row) ?? renderRow(grid.rows.at(row) ?? []);
}

function withoutTrailingTabs(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 9) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Every row's line; `plain` (no cell holds a tab or line break) lets each be a simple join. */
export function renderRows(rows: readonly (readonly SheetCell[])[], plain: boolean): string[] {
  if (!plain) return rows.map(renderRow);
  return rows.map((row) => withoutTrailingTabs(row.join('\t')));
}
