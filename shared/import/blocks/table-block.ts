import { compact, tidySpaces } from '../../text/compact';
import { stripHtml } from '../../text/html';
import type { TableBlock, TableCellBlock, TableRowBlock } from './types';

export interface RawLine {
  text: string;
  line: number;
}

const NUMERIC = /^[△▽▼-]?\s*[\d,.]+\s*%?$/;
const MAX_HEADER_CELL = 15;

function cellOf(raw: string): TableCellBlock {
  if (!raw.includes('<') && !raw.includes('&')) {
    const text = tidySpaces(raw);
    return { text, label: text };
  }
  const text = stripHtml(raw)
    .split('\n')
    .map((part) => tidySpaces(part))
    .filter((part) => part !== '')
    .join('\n');
  const label = text.split('\n')[0] ?? '';
  return { text, label };
}

function rowOf(raw: RawLine, width: number): TableRowBlock {
  const cells = raw.text.split('\t').map(cellOf);
  while (cells.length < width) cells.push({ text: '', label: '' });
  return { cells, line: raw.line, raw: raw.text, groupLabel: cells[0]?.label ?? '' };
}

function isNumericCell(cell: TableCellBlock): boolean {
  const text = compact(cell.text).replace(/\(.*\)$/, '');
  return text !== '' && NUMERIC.test(text);
}

/** `2024`, `2025년`, `'24년도`: a year heading a column, not a figure. */
const YEAR_HEADER = /^(?:(?:19|20)\d{2}|['‘’]\d{2})\s*(?:년도?)?$/;

/** A header row holds only short words (or years): no figures, no sentences. */
export function looksLikeHeader(row: Pick<TableRowBlock, 'cells'>): boolean {
  const filled = row.cells.filter((cell) => cell.text !== '');
  if (filled.length === 0) return false;
  return filled.every(
    (cell) =>
      (YEAR_HEADER.test(compact(cell.text)) || !isNumericCell(cell)) &&
      compact(cell.text).length <= MAX_HEADER_CELL,
  );
}

/** A second header row sits under a first one that has merged (empty) cells, and holds only words. */
function isSecondHeader(first: TableRowBlock, second: TableRowBlock, hasMore: boolean): boolean {
  if (!hasMore || !looksLikeHeader(second)) return false;
  const width = Math.max(first.cells.length, second.cells.length);
  let mergedAbove = false;
  for (let i = 0; i < width; i++) {
    const top = first.cells[i]?.text ?? '';
    const bottom = second.cells[i]?.text ?? '';
    if (top === '' && bottom !== '') mergedAbove = true;
  }
  return mergedAbove;
}

function columnLabels(header: readonly TableRowBlock[], width: number): string[] {
  const [top, bottom] = header;
  if (!top) return Array.from({ length: width }, () => '');
  const labels: string[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const upper = compact(top.cells[i]?.label ?? '');
    const lower = bottom ? compact(bottom.cells[i]?.label ?? '') : '';
    if (upper !== '') carried = upper;
    const parent = upper !== '' ? upper : lower !== '' ? carried : '';
    labels.push(parent && lower ? `${parent}/${lower}` : parent || lower);
  }
  return labels;
}

/** Rows that leave their first cell empty continue the merged label of the row above. */
export function carryGroupLabels(rows: TableRowBlock[]): void {
  let carried = '';
  for (const row of rows) {
    const first = row.cells[0]?.label ?? '';
    if (first !== '') carried = first;
    row.groupLabel = first !== '' ? first : carried;
  }
}

/** Consecutive tab-separated lines → one table block with its header row(s) recognised. */
export function buildTable(lines: readonly RawLine[]): TableBlock {
  const width = Math.max(...lines.map((raw) => raw.text.split('\t').length));
  const all = lines.map((raw) => rowOf(raw, width));
  const header: TableRowBlock[] = [];
  const first = all[0]!;
  if (looksLikeHeader(first)) {
    header.push(first);
    const second = all[1];
    if (second && isSecondHeader(first, second, all.length > 2)) header.push(second);
  }
  const rows = all.slice(header.length);
  carryGroupLabels(rows);
  return {
    kind: 'table',
    header,
    columnLabels: columnLabels(header, width),
    rows,
    line: first.line,
    endLine: all[all.length - 1]!.line,
  };
}
