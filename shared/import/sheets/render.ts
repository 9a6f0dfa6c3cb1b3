import type { SheetCell } from './types';

const BREAKS = /[\t\r\n]+/g;

/** A cell as the text rendering shows it: one line, no tabs (they separate the cells). */
export function renderCell(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell.includes('\t') || cell.includes('\n') || cell.includes('\r')
    ? cell.replace(BREAKS, ' ')
    : cell;
}

/** A row as one line of the text rendering: cells joined by tabs, trailing empty cells dropped. */
export function renderRow(row: readonly SheetCell[]): string {
  let end = row.length;
  while (end > 0 && renderCell(row[end - 1]) === '') end--;
  let line = '';
  for (let index = 0; index < end; index++) {
    if (index > 0) line += '\t';
    line += renderCell(row[index]);
  }
  return line;
}
