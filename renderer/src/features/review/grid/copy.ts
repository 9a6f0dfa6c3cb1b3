import type { GridApi } from 'ag-grid-community';
import { formatForCopy, rowsToTsv, type CopyColumn } from '@shared/clipboard';
import type { MoneyUnit } from '@shared/money';
import type { GridRow } from '../model/rows';
import type { Translate } from '@i18n/language';
import { columnById } from './column-catalog';

/**
 * What Ctrl+C copies: the selected rows (two or more) with a header line, or else the focused
 * cell's value — tab-separated, money in the grid's unit.
 */
export function copyText(api: GridApi<GridRow>, unit: MoneyUnit, t: Translate): string | undefined {
  const selected = api.getSelectedRows();
  if (selected.length > 1) {
    const columns: CopyColumn<GridRow>[] = api
      .getAllDisplayedColumns()
      .map((column) => columnById(column.getColId()))
      .filter((column) => column !== undefined)
      .map((column) => ({ ...column, header: t(column.header) }));
    const ordered: GridRow[] = [];
    api.forEachNodeAfterFilterAndSort((node) => {
      if (node.isSelected() && node.data) ordered.push(node.data);
    });
    return rowsToTsv(ordered, columns, unit);
  }
  const focused = api.getFocusedCell();
  if (!focused) return undefined;
  const rowNode =
    focused.rowPinned === 'bottom'
      ? api.getPinnedBottomRow(focused.rowIndex)
      : api.getDisplayedRowAtIndex(focused.rowIndex);
  const column = columnById(focused.column.getColId());
  if (!rowNode?.data || !column) return undefined;
  return formatForCopy(column.value(rowNode.data), column.kind, unit);
}
