import type { ColDef } from 'ag-grid-community';
import type { MoneyUnit } from '@shared/money';
import type { GridRow } from '../model/rows';
import type { Translate } from '@i18n/language';
import { unitName } from '@i18n/unit-name';
import { LABEL_COLUMN, REVIEW_COLUMNS, type ReviewColumn } from './column-catalog';
import { MoneyCell, RateCell, TreeCell } from './cells';
import { FlagsCell, NoteCell } from './mark-cells';

export interface ColumnOptions {
  unit: MoneyUnit;
  t: Translate;
  onToggle(id: string): void;
  /** ids shown when the user has no remembered column state */
  defaultVisible: ReadonlySet<string>;
}

function withUnit(name: string, column: ReviewColumn, options: ColumnOptions): string {
  return column.kind === 'money' ? `${name} (${options.t(unitName(options.unit))})` : name;
}

function headerOf(column: ReviewColumn, options: ColumnOptions): string {
  return withUnit(options.t(column.header), column, options);
}

/** The header's tooltip: the full name (when the header is a short label), with the unit. */
function tooltipOf(column: ReviewColumn, options: ColumnOptions): string {
  return withUnit(options.t(column.fullName ?? column.header), column, options);
}

const MARK_RENDERERS: Record<string, ColDef<GridRow>['cellRenderer']> = {
  flags: FlagsCell,
  note: NoteCell,
};

/** ag-grid column definitions; sorting happens on the tree (postSortRows keeps our order). */
export function buildColumnDefs(options: ColumnOptions): ColDef<GridRow>[] {
  const label: ColDef<GridRow> = {
    colId: LABEL_COLUMN.id,
    headerName: options.t(LABEL_COLUMN.header),
    valueGetter: (params) => params.data?.label,
    cellRenderer: TreeCell,
    cellRendererParams: { t: options.t, onToggle: options.onToggle },
    pinned: 'left',
    lockVisible: true,
    initialWidth: LABEL_COLUMN.width,
  };
  const rest = REVIEW_COLUMNS.map((column): ColDef<GridRow> => {
    const marks = MARK_RENDERERS[column.id];
    const numeric = column.kind !== 'text' && !marks;
    return {
      colId: column.id,
      headerName: headerOf(column, options),
      headerTooltip: tooltipOf(column, options),
      valueGetter: (params) => (params.data ? column.value(params.data) : undefined),
      cellRenderer:
        marks ??
        (column.kind === 'money' ? MoneyCell : column.kind === 'percent' ? RateCell : undefined),
      cellRendererParams: { unit: options.unit, column, t: options.t },
      type: numeric ? 'rightAligned' : undefined,
      sortable: !marks,
      initialHide: !options.defaultVisible.has(column.id),
      initialWidth: column.width ?? (column.kind === 'money' ? 120 : 110),
    };
  });
  return [label, ...rest];
}
