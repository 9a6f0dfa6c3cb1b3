import { inertCell } from '../export/inert-cell';
import { formatPercent, formatWon, type MoneyUnit } from '../money';

/** One field of tab-separated text; quoted (Excel style) only when it holds a tab, newline or quote. */
export function tsvField(text: string): string {
  if (!/[\t\n\r"]/.test(text)) return text;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows as tab-separated text with CRLF line ends, which both Excel and HWP paste as a table. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(tsvField).join('\t')).join('\r\n');
}

/** Fraction digits money shows in a unit: 억원 keeps one (documents write 638.7억원), others none. */
export function unitDecimals(unit: MoneyUnit): number {
  return unit === '억원' || unit === '십억원' || unit === '조원' ? 1 : 0;
}

export type CopyValueKind = 'money' | 'percent' | 'text' | 'number';

/**
 * A value as copied: money in the grid's unit with separators and '-' for negatives. Text is made
 * inert (shared/export/inert-cell.ts): a cell starting like a formula gets a leading quote, except
 * a number written as text in a money, percent or number column.
 */
export function formatForCopy(
  value: number | string | undefined,
  kind: CopyValueKind,
  unit: MoneyUnit,
): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'string') return inertCell(value, kind === 'text' ? 'text' : 'numeric');
  if (kind === 'money') {
    return formatWon(value, unit, { negative: 'minus', decimals: unitDecimals(unit) });
  }
  if (kind === 'percent') return formatPercent(value, 1, 'minus');
  return String(value);
}

export interface CopyColumn<Row> {
  header: string;
  kind: CopyValueKind;
  value(row: Row): number | string | undefined;
}

/** The header of a money column says its unit, so a pasted table is never ambiguous. */
export function copyHeader(column: { header: string; kind: CopyValueKind }, unit: MoneyUnit) {
  return column.kind === 'money' ? `${column.header}(${unit})` : column.header;
}

/** Selected rows with a header line, as tab-separated text. */
export function rowsToTsv<Row>(
  rows: readonly Row[],
  columns: readonly CopyColumn<Row>[],
  unit: MoneyUnit,
): string {
  const header = columns.map((column) => copyHeader(column, unit));
  const body = rows.map((row) =>
    columns.map((column) => formatForCopy(column.value(row), column.kind, unit)),
  );
  return toTsv([header, ...body]);
}
