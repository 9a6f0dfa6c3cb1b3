/**
 * A headcount table printed in two halves side by side to save space (`직급 | 정원 | 현원 | 과부족 |
 * 직급 | 정원 | 현원 | 과부족`): the right half continues the list of the left one, and a 총계 row
 * under both totals them together. Read as one list: the left half's rows, then the right half's,
 * then the total rows with the figures from whichever half prints them.
 */
import { compact } from '../../text/compact';
import type { TableBlock, TableCellBlock, TableRowBlock } from '../blocks/types';
import { isTotalLabel } from './names';

const HEADCOUNT = /정원|현원/;

/** The width of one half when the column labels repeat exactly, else null. */
function halfWidth(table: TableBlock): number | null {
  const labels = table.columnLabels.map((label) => compact(label));
  if (labels.length < 4 || labels.length % 2 !== 0) return null;
  const half = labels.length / 2;
  for (let index = 0; index < half; index++)
    if (labels[index] !== labels[index + half]) return null;
  const left = labels.slice(0, half);
  // the half must name its rows and count people: `직급 | 정원 | 현원`, not `정원 | 현원 | 정원 | 현원`
  if (HEADCOUNT.test(left[0] ?? '') || !left.slice(1).some((label) => HEADCOUNT.test(label)))
    return null;
  return half;
}

function hasFigure(cells: readonly TableCellBlock[]): boolean {
  return cells.some((cell) => /\d/.test(cell.text));
}

function rowOf(row: TableRowBlock, cells: TableCellBlock[], groupLabel: string): TableRowBlock {
  return { ...row, cells, groupLabel, raw: cells.map((cell) => cell.text).join('\t') };
}

/** The table as one list of rows, or null when it is not printed in two halves. */
export function unfoldHalves(table: TableBlock): TableBlock | null {
  const half = halfWidth(table);
  if (half === null) return null;
  const left: TableRowBlock[] = [];
  const right: TableRowBlock[] = [];
  const totals: TableRowBlock[] = [];
  let rightLabel = '';
  for (const row of table.rows) {
    const leftCells = row.cells.slice(0, half);
    const rightCells = row.cells.slice(half, half * 2);
    if (isTotalLabel(row.groupLabel)) {
      const figures = hasFigure(leftCells.slice(1)) ? leftCells : rightCells;
      const cells = [leftCells[0]!, ...figures.slice(1)];
      totals.push(rowOf(row, cells, row.groupLabel));
      continue;
    }
    left.push(rowOf(row, leftCells, row.groupLabel));
    const ownLabel = rightCells[0]?.label ?? '';
    if (ownLabel.trim() !== '') rightLabel = ownLabel;
    if (ownLabel.trim() === '' && !hasFigure(rightCells)) continue;
    right.push(rowOf(row, rightCells, ownLabel.trim() !== '' ? ownLabel : rightLabel));
  }
  if (right.length === 0) return null;
  return {
    ...table,
    header: table.header.map((row) => ({ ...row, cells: row.cells.slice(0, half) })),
    columnLabels: table.columnLabels.slice(0, half),
    rows: [...left, ...right, ...totals],
  };
}
