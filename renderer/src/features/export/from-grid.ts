import type { Language } from '@i18n/language';
import { MESSAGES, type MessageKey } from '@i18n/messages';
import type { MoneyUnit } from '@shared/money';
import type { ReviewColumn } from '../review/grid/column-catalog';
import type { GridRow } from '../review/model/rows';
import type { ExportColumn, ExportRow, ExportValue, ExportView } from './export-view';

export interface GridExportInput {
  /** the rows as the grid shows them (filtered, sorted, expanded), outermost first */
  rows: readonly GridRow[];
  total?: GridRow;
  /** the visible columns in display order, the label column first */
  columns: readonly ReviewColumn[];
  unit: MoneyUnit;
  title: string;
  filters?: string;
  sources: string[];
  exportedAt?: string;
  /** the app's language, for the headers (default ko) */
  language?: Language;
}

interface Place {
  fiscalYear?: number;
  bureau?: string;
  department?: string;
  parentProject?: string;
}

/** Where each row sits, from its own line or the group rows above it (rows come depth first). */
function places(rows: readonly GridRow[]): Place[] {
  const above: GridRow[] = [];
  return rows.map((row) => {
    above.length = row.depth;
    const chain = [...above, row];
    above.push(row);
    const group = (kind: GridRow['kind']) => chain.find((r) => r.kind === kind);
    const place: Place = {};
    const year = group('fiscalYear')?.value ?? row.line?.fiscalYear;
    if (typeof year === 'number') place.fiscalYear = year;
    const bureau = group('bureau')?.label ?? row.line?.bureau;
    if (bureau) place.bureau = bureau;
    const department = group('department')?.label ?? row.line?.department;
    if (department) place.department = department;
    const parent = chain[chain.length - 2];
    if (row.kind === 'line' && parent?.kind === 'line') place.parentProject = parent.label;
    return place;
  });
}

/** Columns the grid computes for a row from its own figures (not sums of the rows below). */
const DERIVED = new Set(['change', 'projectedLapse']);

const PATH_COLUMNS: { id: keyof Place; header: MessageKey; kind: ExportColumn['kind'] }[] = [
  { id: 'fiscalYear', header: 'export.colFiscalYear', kind: 'number' },
  { id: 'bureau', header: 'export.colBureau', kind: 'text' },
  { id: 'department', header: 'export.colDepartment', kind: 'text' },
  { id: 'parentProject', header: 'export.colParentProject', kind: 'text' },
];

/**
 * The review grid's current view → an ExportView. Besides the visible columns it writes where each
 * row sits (year, bureau, department, parent project) so the file keeps its hierarchy when sorted
 * in Excel and reads back into the app with the same lines.
 */
export function gridToExportView(input: GridExportInput): ExportView {
  const located = places(input.rows);
  // one year in the view: the group rows are that year's too (so they read back as its totals)
  const years = new Set(
    located.flatMap((place) => (place.fiscalYear === undefined ? [] : [place.fiscalYear])),
  );
  const onlyYear = years.size === 1 ? [...years][0] : undefined;
  if (onlyYear !== undefined) for (const place of located) place.fiscalYear ??= onlyYear;
  const visible = new Set(input.columns.map((column) => column.id));
  const paths = PATH_COLUMNS.filter(
    (path) => !visible.has(path.id) && located.some((place) => place[path.id] !== undefined),
  );
  const [label, ...rest] = input.columns;
  const language = input.language ?? 'ko';
  const columns: ExportColumn[] = [
    ...(label ? [{ id: label.id, header: label.header[language], kind: label.kind }] : []),
    ...paths.map((path) => ({
      id: path.id,
      header: MESSAGES[path.header][language],
      kind: path.kind,
    })),
    ...rest.map((column) => ({
      id: column.id,
      header: column.header[language],
      kind: column.kind,
    })),
  ];
  const valuesOf = (row: GridRow, place: Place): ExportValue[] => [
    ...(label ? [label.value(row)] : []),
    ...paths.map((path) => place[path.id]),
    ...rest.map((column) =>
      column.id === 'fiscalYear' ? (column.value(row) ?? place.fiscalYear) : column.value(row),
    ),
  ];
  // a group's change and rates are worked out from its sums, not added up from its rows: left
  // blank there, so the file adds up wherever it states a figure
  const computed = columns.map((column) => column.kind === 'percent' || DERIVED.has(column.id));
  const rows: ExportRow[] = input.rows.map((row, index) => {
    const values = valuesOf(row, located[index]!);
    const group = row.kind !== 'line';
    return {
      kind: group ? 'group' : 'line',
      depth: row.depth,
      values: group ? values.map((value, at) => (computed[at] ? undefined : value)) : values,
    };
  });
  const view: ExportView = {
    title: input.title,
    unit: input.unit,
    columns,
    rows,
    sources: input.sources,
  };
  if (input.total)
    view.total = valuesOf(input.total, {}).map((v, at) => (computed[at] ? undefined : v));
  if (input.filters) view.filters = input.filters;
  if (input.exportedAt) view.exportedAt = input.exportedAt;
  if (input.language) view.language = input.language;
  return view;
}
