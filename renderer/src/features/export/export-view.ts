import type { MoneyUnit } from '@shared/money';

/** A cell value to export: money in integer won, rates in percent, counts, text; absent = blank. */
export type ExportValue = number | string | undefined;

export type ExportKind = 'money' | 'percent' | 'number' | 'text';

export interface ExportColumn {
  id: string;
  /** the Korean header (money columns get the unit added when written) */
  header: string;
  kind: ExportKind;
}

export interface ExportRow {
  /** a grouping row (year, bureau, department: sums), or one budget line */
  kind: 'group' | 'line';
  /** 0 = outermost; the label is indented and the row outlined by it */
  depth: number;
  /** one per column, in the view's column order */
  values: ExportValue[];
}

/**
 * What the review grid shows, independent of ag-grid: the rows in order with their level, the
 * visible columns, the unit, what the filters keep, and the documents the figures come from.
 */
export interface ExportView {
  title: string;
  unit: MoneyUnit;
  /** the first column is the row label (구분) */
  columns: ExportColumn[];
  rows: ExportRow[];
  /** the pinned total row's values (the label cell is written as 합계) */
  total?: ExportValue[];
  /** e.g. `부서: 복지정책과 · 검색: 경로당`; absent = no filter */
  filters?: string;
  /** the source documents' titles (and file names) */
  sources: string[];
  /** ISO date-time of the export, written in the note row */
  exportedAt?: string;
}

/** Header of a column as written: money columns say their unit, `예산액 (천원)`; rates `(%)`. */
export function exportHeader(column: ExportColumn, unit: MoneyUnit): string {
  if (column.kind === 'money') return `${column.header} (${unit})`;
  return column.kind === 'percent' ? `${column.header} (%)` : column.header;
}

/** The note under the table: which documents, which filters, when. */
export function sourceNote(view: ExportView): string {
  const parts = [`출처: ${view.sources.length > 0 ? view.sources.join(', ') : '(없음)'}`];
  if (view.filters) parts.push(`필터: ${view.filters}`);
  if (view.exportedAt) parts.push(`내보낸 때: ${view.exportedAt.slice(0, 16).replace('T', ' ')}`);
  return parts.join(' · ');
}
