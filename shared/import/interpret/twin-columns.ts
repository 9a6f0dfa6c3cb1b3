/**
 * A list printed in two halves side by side to save paper: `구·군 | 사업명 | 사업비 | 구·군 | 사업명 |
 * 사업비`. Read as one list: the left half's rows, then the right half's.
 */
import type { TableBlock, TableRowBlock } from '../blocks/types';

/** Where the header repeats itself: the width of one half, or undefined when it does not. */
function halfWidth(labels: readonly string[]): number | undefined {
  if (labels.length < 4 || labels.length % 2 !== 0) return undefined;
  const half = labels.length / 2;
  for (let index = 0; index < half; index++) {
    const left = labels[index] ?? '';
    if (left === '' || left !== labels[index + half]) return undefined;
  }
  return half;
}

function halfOf(
  row: TableRowBlock,
  from: number,
  width: number,
  carried: string,
): TableRowBlock | null {
  const cells = row.cells.slice(from, from + width).map((cell) => {
    const copy = { ...cell };
    // a merged cell reaches no further than its own half
    if (copy.colSpan !== undefined && copy.colSpan > width) copy.colSpan = width;
    return copy;
  });
  if (cells.every((cell) => cell.text.trim() === '')) return null;
  const raw = cells.map((cell) => cell.text).join('\t');
  const half: TableRowBlock = {
    ...row,
    cells,
    raw,
    groupLabel: from === 0 ? row.groupLabel : cells[0]?.label || carried,
  };
  return half;
}

/** The table with its two halves one under the other; the table itself when it has no halves. */
export function unfoldTwinColumns(table: TableBlock): TableBlock {
  const width = halfWidth(table.columnLabels);
  if (width === undefined) return table;
  const left: TableRowBlock[] = [];
  const right: TableRowBlock[] = [];
  // the right half's merged first cells (`해운대구` over two rows) carried down by their span
  let carried = '';
  let span = 0;
  for (const row of table.rows) {
    const first = row.cells[width];
    if (first?.text.trim()) {
      carried = first.label;
      span = (first.rowSpan ?? 1) - 1;
    } else if (span > 0) span--;
    else carried = '';
    const a = halfOf(row, 0, width, '');
    const b = halfOf(row, width, width, carried);
    if (a) left.push(a);
    if (b) right.push(b);
  }
  if (right.length === 0) return table;
  return {
    ...table,
    header: table.header.map((row) => ({
      ...row,
      cells: row.cells.slice(0, width),
      raw: row.cells
        .slice(0, width)
        .map((cell) => cell.text)
        .join('\t'),
    })),
    columnLabels: table.columnLabels.slice(0, width),
    rows: [...left, ...right],
  };
}
