import type { AuditTable } from '../../model/table';
import type { TableBlock } from '../blocks/types';
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

/** `◆ 사업명 : 야간관광 특화도시 조성사업` in a table's cells: the projects it lists, in order. */
export function namedProjects(block: TableBlock): QueuedProject[] {
  const names: QueuedProject[] = [];
  for (const row of block.rows)
    for (const cell of row.cells)
      for (const part of cell.text.split('\n')) {
        const match = /^[^\p{L}\p{N}]*사\s*업\s*명\s*[:：]\s*(\S.{1,60}?)\s*$/u.exec(part.trim());
        if (!match) continue;
        const entry: QueuedProject = { name: match[1]!, line: row.line };
        const where = row.source ?? cell.source;
        if (where?.page !== undefined) entry.page = where.page;
        if (where?.box) {
          entry.top = where.box[1];
          entry.bottom = where.box[3];
        }
        names.push(entry);
      }
  return names;
}
