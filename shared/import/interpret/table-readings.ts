import type { AuditTable } from '../../model/table';
import type { TableBlock, TableCellBlock, TableRowBlock } from '../blocks/types';
import { periodItem } from './outline-period';
import { withHeaderRows } from './table-header';
import type { QueuedProject } from './context';
import type { TableCorrection, TableReading } from './table-corrections';

/** How one of a table's audit tables was read, in the terms the preview shows and the user edits. */
export function readingOf(
  signature: string,
  block: TableBlock,
  audit: AuditTable,
  correction: TableCorrection | undefined,
): TableReading {
  const parents = audit.rows.map((row) => row.parentIndex ?? null);
  const reading: TableReading = {
    signature,
    line: block.line,
    kind: audit.kind,
    headerRows: withHeaderRows(block, correction?.headerRows).header.length,
    columns: audit.columns.map((column) => {
      const entry: TableReading['columns'][number] = { label: column.label, role: column.role };
      if (column.inferred) entry.inferred = column.inferred;
      return entry;
    }),
    hierarchy: parents.every((parent) => parent === null)
      ? 'flat'
      : (audit.hierarchy ?? 'explicit'),
    parents,
    rowLabels: audit.rows.map((row) => row.label),
    corrected: correction !== undefined,
  };
  if (block.source?.page !== undefined) reading.page = block.source.page;
  if (audit.caption !== undefined) reading.caption = audit.caption;
  if (audit.unit?.kind === 'money') reading.unit = audit.unit.unit;
  if (audit.unitInferred) reading.unitInferred = audit.unitInferred;
  return reading;
}

const NAME_FIELD = /^[^\p{L}\p{N}]*사\s*업\s*명\s*[:：]\s*(\S.{1,60}?)\s*$/u;
const NAME_LABEL = /^[^\p{L}\p{N}]*사\s*업\s*명\s*[:：]?\s*$/u;

/** The project a row names: `사업명 : X` in one cell, or `◆ 사업명 :` with X in the next cell. */
function nameInRow(row: TableRowBlock): { name: string; cell: TableCellBlock } | undefined {
  for (const [index, cell] of row.cells.entries()) {
    for (const part of cell.text.split('\n')) {
      const match = NAME_FIELD.exec(part.trim());
      if (match) return { name: match[1]!, cell };
    }
    if (!NAME_LABEL.test(cell.text.trim())) continue;
    const value = row.cells.slice(index + 1).find((next) => next.text.trim() !== '');
    const name = value?.label.trim();
    if (name && name.length >= 2 && name.length <= 60) return { name, cell };
  }
  return undefined;
}

/** `◆ 사업기간 : 2023년 ~ 2026년(4년간)` in the same row as the project's name */
function periodInRow(row: TableRowBlock): { from: number; to: number } | undefined {
  for (const cell of row.cells)
    for (const part of cell.text.split('\n')) {
      const period = periodItem(part.trim());
      if (period) return period;
    }
  return undefined;
}

/**
 * `◆ 사업명 : 야간관광 특화도시 조성사업` in a table's cells: the projects it lists, in order, each
 * with the stretch of the page its rows cover (down to the row before the next project's name), so
 * a table drawn inside those rows takes the right name.
 */
export function namedProjects(block: TableBlock): QueuedProject[] {
  // a reader may take the first project's row for a second header row under a merged label
  const rows = [...block.header, ...block.rows];
  const found = rows
    .map((row, index) => ({ row, index, named: nameInRow(row) }))
    .filter((entry) => entry.named !== undefined);
  return found.map(({ row, index, named }, k) => {
    const entry: QueuedProject = { name: named!.name, line: row.line };
    const period = periodInRow(row);
    if (period) entry.period = period;
    const where = row.source ?? named!.cell.source;
    if (where?.page !== undefined) entry.page = where.page;
    if (where?.box) {
      entry.top = where.box[1];
      entry.bottom = where.box[3];
      const end = found[k + 1]?.index ?? rows.length;
      for (const later of rows.slice(index + 1, end)) {
        const box = later.source?.box;
        if (later.source?.page === where.page && box) entry.bottom = Math.max(entry.bottom, box[3]);
      }
    }
    return entry;
  });
}
