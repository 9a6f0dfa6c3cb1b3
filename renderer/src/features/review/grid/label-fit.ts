import type { GridApi } from 'ag-grid-community';

const MIN_LABEL = 190;
const MAX_LABEL = 520;
/** room for the vertical scrollbar and borders */
const GUTTER = 18;

/**
 * Gives the 구분 column the room the figure columns leave (a plan with few figures shows whole
 * project names; a screen full of figures keeps the name at its minimum), until the user resizes
 * it by hand. Only the label moves: figure columns keep their widths so figures stay readable.
 */
export function fitLabelColumn(api: GridApi, gridWidth: number): void {
  const columns = api.getAllDisplayedColumns();
  const label = columns.find((column) => column.getColId() === 'label');
  if (!label || gridWidth <= 0) return;
  const others = columns
    .filter((column) => column !== label)
    .reduce((sum, column) => sum + column.getActualWidth(), 0);
  const wanted = Math.min(MAX_LABEL, Math.max(MIN_LABEL, gridWidth - others - GUTTER));
  if (Math.abs(wanted - label.getActualWidth()) > 2)
    api.setColumnWidths([{ key: 'label', newWidth: wanted }], true, 'api');
}
