import type { AuditTable } from '../../model/table';
import type { TableBlock } from '../blocks/types';
import { withHeaderRows } from './table-header';
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
