import type { TableColumn } from '../../model/table';
import type { TableBlock } from '../blocks/types';

/** Columns that never hold a figure the table states: names, notes, specifications. */
const NOT_FIGURES = new Set<TableColumn['role']>(['label', 'text', 'other', 'count']);

/**
 * A form to fill in (a cost sheet, a list of past contracts): figure columns with no figure in
 * any row. Its empty cells are no figures at all, not zeros, so it gives no lines.
 */
export function isBlankForm(table: TableBlock, columns: readonly TableColumn[]): boolean {
  const figureColumns = columns.flatMap((column, index) =>
    NOT_FIGURES.has(column.role) ? [] : [index],
  );
  if (figureColumns.length === 0 || table.rows.length === 0) return false;
  return table.rows.every((row) =>
    figureColumns.every((index) => (row.cells[index]?.text ?? '').trim() === ''),
  );
}
