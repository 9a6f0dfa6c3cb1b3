import type { Language } from '@i18n/language';
import { msg } from '@i18n/text';
import { unitName } from '@i18n/unit-name';
import type { MoneyUnit } from '@shared/money';

/** A cell value to export: money in integer won, rates in percent, counts, text; absent = blank. */
export type ExportValue = number | string | undefined;

export type ExportKind = 'money' | 'percent' | 'number' | 'text';

export interface ExportColumn {
  id: string;
  /** the header in the view's language (money columns get the unit added when written) */
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
  /** the app's language: headers, units, the total and the note row are written in it (default ko) */
  language?: Language;
}

/** The unit as the file's language writes it: 천원, or KRW 1,000. */
export function exportUnit(unit: MoneyUnit, language: Language = 'ko'): string {
  return unitName(unit)[language];
}

/** The line above the header: `(단위: 천원)`, `(Unit: KRW 1,000)`. */
export function unitLine(view: ExportView): string {
  const language = view.language ?? 'ko';
  return msg('export.unitLine', { unit: exportUnit(view.unit, language) })[language];
}

/** The total row's label: 합계, Total. */
export function totalLabel(view: ExportView): string {
  return msg('export.total')[view.language ?? 'ko'];
}

/** Header of a column as written: money columns say their unit, `예산액 (천원)`; rates `(%)`. */
export function exportHeader(
  column: ExportColumn,
  unit: MoneyUnit,
  language: Language = 'ko',
): string {
  if (column.kind === 'money') return `${column.header} (${exportUnit(unit, language)})`;
  return column.kind === 'percent' ? `${column.header} (%)` : column.header;
}

/** The note under the table: which documents, which filters, when. */
export function sourceNote(view: ExportView): string {
  const language = view.language ?? 'ko';
  const sources =
    view.sources.length > 0 ? view.sources.join(', ') : msg('export.noSources')[language];
  const parts = [msg('export.sources', { value: sources })[language]];
  if (view.filters) parts.push(msg('export.filters', { value: view.filters })[language]);
  if (view.exportedAt) {
    const value = view.exportedAt.slice(0, 16).replace('T', ' ');
    parts.push(msg('export.exportedAt', { value })[language]);
  }
  return parts.join(' · ');
}
