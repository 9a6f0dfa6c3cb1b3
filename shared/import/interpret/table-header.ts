/**
 * A table's header as the figures under it show it to be: header rows that hold figures are data
 * (`계 | 80 / 85 | 1 / 1`), and a header written one cell short where a label spans two columns
 * (`구 분 | 정원 | 현원` over `일반직 | 소계 | 45 | 47`) is moved over the figures it names.
 */
import { compact } from '../../text/compact';
import type { TableBlock, TableRowBlock } from '../blocks/types';

const FIGURE = /^[△▽▼-]?\s*\d[\d,.]*\s*(?:\([^)]*\))?\s*(?:[/／]\s*[△-]?\s*\d[\d,.]*\s*)?%?$/;

function isFigure(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && FIGURE.test(trimmed);
}

const YEAR = /^(?:19|20)\d{2}\s*(?:년도?)?$/;

/** A row whose cells after the first are mostly figures. */
function holdsFigures(row: TableRowBlock): boolean {
  const cells = row.cells.slice(1).filter((cell) => cell.text.trim() !== '');
  if (cells.length === 0) return false;
  // `| 2016 | 2017 | 2016 | 2017` under merged labels: the years head the columns, not a figure row
  const unlabelled = (row.cells[0]?.text.trim() ?? '') === '';
  if (unlabelled && cells.length >= 2 && cells.every((cell) => YEAR.test(cell.text.trim())))
    return false;
  return cells.filter((cell) => isFigure(cell.text)).length * 2 > cells.length;
}

/** Per column: the header rows' labels joined with '/', a merged (empty) cell taking the one before. */
export function labelsOf(header: readonly TableRowBlock[], width: number): string[] {
  const carried: string[] = header.map(() => '');
  const labels: string[] = [];
  for (let column = 0; column < width; column++) {
    const parts: string[] = [];
    header.forEach((row, depth) => {
      const own = compact(row.cells[column]?.label ?? '');
      const below = header
        .slice(depth + 1)
        .some((lower) => compact(lower.cells[column]?.label ?? '') !== '');
      if (own !== '') carried[depth] = own;
      // a merged parent (empty here) still heads the columns under it that have labels
      const label = own !== '' ? own : below && depth < header.length - 1 ? carried[depth]! : '';
      if (label !== '' && !(depth > 0 && own === '' && label === parts[parts.length - 1]))
        parts.push(label);
    });
    labels.push(parts.join('/'));
  }
  return labels;
}

function widthOf(table: TableBlock): number {
  return Math.max(
    table.columnLabels.length,
    ...table.header.map((row) => row.cells.length),
    ...table.rows.map((row) => row.cells.length),
  );
}

/** Header rows that hold figures belong to the data: the header ends before the first of them. */
export function withHeaderRows(table: TableBlock, count?: number): TableBlock {
  const all = [...table.header, ...table.rows];
  let headerRows = count ?? table.header.length;
  if (count === undefined) {
    const firstData = table.header.findIndex((row, index) => index > 0 && holdsFigures(row));
    if (firstData < 0) return table;
    headerRows = firstData;
  }
  headerRows = Math.max(0, Math.min(headerRows, all.length));
  if (headerRows === table.header.length) return table;
  const header = all.slice(0, headerRows);
  return {
    ...table,
    header,
    columnLabels: labelsOf(header, widthOf(table)),
    rows: all.slice(headerRows),
  };
}

/** Leading columns that never hold a figure in any data row. */
function leadingTextColumns(table: TableBlock): number {
  const width = widthOf(table);
  let count = 0;
  for (let column = 0; column < width; column++) {
    if (table.rows.some((row) => isFigure(row.cells[column]?.text ?? ''))) break;
    count++;
  }
  return count;
}

/**
 * `구 분 | 정원 | 현원 | 과부족` over rows `일반직 | 소계 | 45 | 47 | 2`: the header names one label
 * column where the rows have two, so every label after it sits one column too far left. Shifts
 * the labels right over their figures; returns the shifted columns (their reading is a guess).
 */
export function alignHeader(table: TableBlock): { table: TableBlock; shifted: number[] } {
  const labels = table.columnLabels;
  const width = widthOf(table);
  let trailing = 0;
  for (let column = width - 1; column >= 0 && (labels[column] ?? '') === ''; column--) {
    if (!table.rows.some((row) => isFigure(row.cells[column]?.text ?? ''))) break;
    trailing++;
  }
  if (trailing === 0) return { table, shifted: [] };
  const text = leadingTextColumns(table);
  const named = labels.findIndex(
    (label, column) =>
      column > 0 &&
      label !== '' &&
      table.rows.some((row) => isFigure(row.cells[column + trailing]?.text ?? '')),
  );
  // the first label that sits over a text column while figures start `trailing` columns later
  if (named < 1 || named >= text || named + trailing !== text) return { table, shifted: [] };
  const shiftedLabels = [
    ...labels.slice(0, named),
    ...Array.from({ length: trailing }, () => ''),
    ...labels.slice(named, width - trailing),
  ];
  const shifted = shiftedLabels.flatMap((label, column) =>
    column >= named + trailing && label !== '' ? [column] : [],
  );
  return { table: { ...table, columnLabels: shiftedLabels }, shifted };
}
