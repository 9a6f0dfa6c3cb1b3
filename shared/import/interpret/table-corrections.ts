/**
 * A table's reading as data the user can change: which rows are its header, each column's role,
 * its unit and its hierarchy. A correction is keyed by the document's sha256 and the table's
 * header signature, and re-reads that table when the document is imported again.
 */
import type { MoneyUnit } from '../../money/types';
import type { LocalizedText } from '../../model/localized-text';
import type { AuditTable, ColumnRole } from '../../model/table';
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { ColumnPlan } from './table-columns';

/** What a column holds as the user sees it; `ignore` leaves the column out of every check. */
export type CorrectedRole = ColumnRole | 'ignore';

export interface TableCorrection {
  /** the table's header signature (`tableSignature`): which table of the document this is */
  signature: string;
  /** how many of the table's first rows are its header */
  headerRows?: number;
  /** each column's role, by column; null or absent keeps the role as read */
  roles?: (CorrectedRole | null)[];
  /** the money unit the figures are printed in */
  unit?: MoneyUnit;
  /** each row's parent row (index among the data rows), null for a top-level row */
  parents?: (number | null)[];
}

export interface DocumentCorrections {
  /** SHA-256 of the document the corrections were made on */
  sha256: string;
  tables: TableCorrection[];
}

/** How a table was read, for the preview to show and let the user change. */
export interface TableReading {
  signature: string;
  /** the table's first line (and page, when the reader knows it) */
  line: number;
  page?: number;
  caption?: string;
  kind: AuditTable['kind'];
  headerRows: number;
  columns: { label: string; role: ColumnRole; inferred?: LocalizedText }[];
  unit?: MoneyUnit;
  unitInferred?: LocalizedText;
  hierarchy: 'flat' | 'explicit' | 'sums';
  /** each data row's parent row, null for a top-level row */
  parents: (number | null)[];
  /** the rows' labels, for showing the hierarchy */
  rowLabels: string[];
  /** whether a correction was applied to this table */
  corrected: boolean;
  /** set when the table was read by its layout rather than row by row: how, in words */
  laidOut?: LocalizedText;
}

/**
 * A table's header signature: its header as the reader gave it (spaces removed, cells joined by
 * `|`), and which table with that header it is (`#2` for the second), so two tables with the
 * same header stay apart.
 */
export function tableSignature(block: TableBlock, occurrence: number): string {
  const header = block.header.map((row) => row.cells.map((cell) => compact(cell.text)).join('|'));
  const first = block.rows[0]?.cells[0]?.text ?? '';
  const text = header.length > 0 ? header.join('/') : `(${compact(first)})`;
  return `${text}#${occurrence}`;
}

/** Hands out signatures in document order, counting tables that share a header. */
export class Signatures {
  private readonly seen = new Map<string, number>();

  next(block: TableBlock): string {
    const base = tableSignature(block, 0).replace(/#0$/, '');
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return tableSignature(block, count);
  }
}

/** The corrections for one document, by table signature. */
export function correctionsFor(
  all: DocumentCorrections | readonly DocumentCorrections[] | undefined,
  sha256: string,
): Map<string, TableCorrection> {
  const list = all === undefined ? [] : Array.isArray(all) ? all : [all as DocumentCorrections];
  const found = new Map<string, TableCorrection>();
  for (const document of list) {
    if (document.sha256 !== sha256) continue;
    for (const table of document.tables) found.set(table.signature, table);
  }
  return found;
}

/** The user's roles replace the guessed ones; a role the user set is no longer a guess. */
export function applyCorrection(plan: ColumnPlan, correction: TableCorrection): void {
  correction.roles?.forEach((role, index) => {
    const column = plan.columns[index];
    if (!column || role === null || role === undefined) return;
    column.role = role === 'ignore' ? 'text' : role;
    delete column.inferred;
    delete column.partColumn;
    delete column.baseColumn;
    if (role === 'label') plan.nameColumn = index;
  });
  plan.columns.forEach((column, index) => {
    if (column.role === 'label' && index !== plan.nameColumn) column.role = 'text';
  });
}
