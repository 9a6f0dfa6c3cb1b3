import type { SheetCell } from '../../sheets/types';

/** The parts of an exceljs cell the reader needs (kept structural, so tests need no workbook). */
export interface XlsxCellLike {
  value: unknown;
  numFmt?: string;
  /** an exceljs merge: a slave cell has type 1 (ValueType.Merge) and points at its master */
  type: number;
  master: { row: number | string; col: number | string; value: unknown; numFmt?: string };
  row: number | string;
  col: number | string;
}

const MERGE = 1;

function isPercentFormat(numFmt: string | undefined): boolean {
  // `0.0%` but not a literal `"%"` in quotes
  return numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** exceljs values: rich text, formulas (their cached result), hyperlinks, errors, dates. */
export function plainValue(value: unknown, numFmt?: string): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // a percent-formatted 0.052 shows as 5.2%: keep what the sheet shows
    return isPercentFormat(numFmt) ? Number((value * 100).toPrecision(12)) : value;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.richText))
      return (record.richText as { text?: unknown }[])
        .map((part) => String(part.text ?? ''))
        .join('');
    if ('result' in record || 'formula' in record || 'sharedFormula' in record)
      return plainValue(record.result, numFmt);
    if ('error' in record) return String(record.error);
    if ('text' in record) return plainValue(record.text, numFmt);
  }
  return String(value);
}

/**
 * A cell's value as the sheet shows it. A merged cell's other cells repeat its text (a header
 * spread over columns, a department over rows) but never its number: an amount merged over
 * several rows is one amount.
 */
export function xlsxCell(cell: XlsxCellLike): SheetCell {
  if (cell.type !== MERGE) return plainValue(cell.value, cell.numFmt);
  const master = plainValue(cell.master.value, cell.master.numFmt);
  return typeof master === 'number' ? null : master;
}
