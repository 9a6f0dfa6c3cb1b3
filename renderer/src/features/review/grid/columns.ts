import type { ColDef } from 'ag-grid-community';
import type { MoneyUnit } from '@shared/money';
import type { GridRow } from '../model/rows';
import type { Translate } from '@i18n/language';
import { unitName } from '@i18n/unit-name';
import { LABEL_COLUMN, REVIEW_COLUMNS, type ReviewColumn } from './column-catalog';
import { MoneyCell, RateCell, TreeCell } from './cells';

export interface ColumnOptions {
  unit: MoneyUnit;
  t: Translate;
  onToggle(id: string): void;
  /** ids shown when the user has no remembered column state */
  defaultVisible: ReadonlySet<string>;
}

function headerOf(column: ReviewColumn, options: ColumnOptions): string {
  const name = options.t(column.header);
  return column.kind === 'money' ? `${name} (${options.t(unitName(options.unit))})` : name;
}

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
    const numeric = column.kind !== 'text';
    return {
      colId: column.id,
      headerName: headerOf(column, options),
      headerTooltip: options.t(column.header),
      valueGetter: (params) => (params.data ? column.value(params.data) : undefined),
      cellRenderer:
        column.kind === 'money' ? MoneyCell : column.kind === 'percent' ? RateCell : undefined,
      cellRendererParams: { unit: options.unit, column, t: options.t },
      type: numeric ? 'rightAligned' : undefined,
      initialHide: !options.defaultVisible.has(column.id),
      initialWidth: column.width ?? (column.kind === 'money' ? 140 : 120),
    };
  });
  return [label, ...rest];
}
