/**
 * The import preview's corrections to how tables were read, as plain data: each change answers a
 * new DocumentCorrections (never mutates), and a table left with nothing corrected drops out, so
 * what is stored and exported holds only what the user actually said.
 */
import type {
  CorrectedRole,
  DocumentCorrections,
  TableCorrection,
  TableReading,
} from '@shared/import';
import type { MoneyUnit } from '@shared/money';

/** The hierarchy as read (a guess where it rests on sums), confirmed as read, or none at all. */
export type HierarchyChoice = 'as-read' | 'confirmed' | 'flat';

export function emptyCorrections(sha256: string): DocumentCorrections {
  return { sha256, tables: [] };
}

export function correctionOf(
  corrections: DocumentCorrections,
  signature: string,
): TableCorrection | undefined {
  return corrections.tables.find((table) => table.signature === signature);
}

function isEmpty(table: TableCorrection): boolean {
  return (
    table.headerRows === undefined &&
    table.unit === undefined &&
    table.parents === undefined &&
    (table.roles === undefined || table.roles.every((role) => role === null))
  );
}

/** The document's corrections with one table's changed by `change` (dropped when left empty). */
export function changeTable(
  corrections: DocumentCorrections,
  signature: string,
  change: (table: TableCorrection) => TableCorrection,
): DocumentCorrections {
  const current = correctionOf(corrections, signature) ?? { signature };
  const next = change({ ...current });
  const others = corrections.tables.filter((table) => table.signature !== signature);
  const tables = isEmpty(next) ? others : [...others, next];
  return { sha256: corrections.sha256, tables };
}

/**
 * A column's role as the user states it. Choosing the role that was read confirms it (it is no
 * longer a guess); `undefined` forgets the user's choice.
 */
export function setColumnRole(
  corrections: DocumentCorrections,
  reading: TableReading,
  column: number,
  role: CorrectedRole | undefined,
): DocumentCorrections {
  return changeTable(corrections, reading.signature, (table) => {
    const roles: (CorrectedRole | null)[] = reading.columns.map(
      (_, index) => table.roles?.[index] ?? null,
    );
    roles[column] = role ?? null;
    const next: TableCorrection = { ...table, roles };
    if (roles.every((entry) => entry === null)) delete next.roles;
    return next;
  });
}

export function setTableUnit(
  corrections: DocumentCorrections,
  reading: TableReading,
  unit: MoneyUnit | undefined,
): DocumentCorrections {
  return changeTable(corrections, reading.signature, (table) => {
    const next = { ...table };
    if (unit === undefined) delete next.unit;
    else next.unit = unit;
    return next;
  });
}

/**
 * How many of the table's first rows are its header. The data rows change with it, so a
 * hierarchy stated for the old rows no longer applies and is forgotten.
 */
export function setHeaderRows(
  corrections: DocumentCorrections,
  reading: TableReading,
  rows: number | undefined,
): DocumentCorrections {
  return changeTable(corrections, reading.signature, (table) => {
    const next = { ...table };
    delete next.parents;
    if (rows === undefined) delete next.headerRows;
    else next.headerRows = Math.max(0, Math.floor(rows));
    return next;
  });
}

/** Flat: every row on its own; confirmed: the rows' parents as read, now certain. */
export function setHierarchy(
  corrections: DocumentCorrections,
  reading: TableReading,
  choice: HierarchyChoice,
): DocumentCorrections {
  return changeTable(corrections, reading.signature, (table) => {
    const next = { ...table };
    if (choice === 'as-read') delete next.parents;
    else if (choice === 'flat') next.parents = reading.parents.map(() => null);
    else next.parents = [...reading.parents];
    return next;
  });
}

/**
 * One row placed under another (an earlier row) or at the top (null); the other rows keep the
 * parents stated so far, else as read. The whole hierarchy is then the user's, so certain.
 */
export function setRowParent(
  corrections: DocumentCorrections,
  reading: TableReading,
  row: number,
  parent: number | null,
): DocumentCorrections {
  if (parent !== null && (parent < 0 || parent >= row)) return corrections;
  return changeTable(corrections, reading.signature, (table) => {
    const parents = [...(table.parents ?? reading.parents)];
    parents[row] = parent;
    return { ...table, parents };
  });
}

/** What the hierarchy control shows for a table under the current corrections. */
export function hierarchyChoice(table: TableCorrection | undefined): HierarchyChoice {
  if (!table?.parents) return 'as-read';
  return table.parents.every((parent) => parent === null) ? 'flat' : 'confirmed';
}

export function resetTable(
  corrections: DocumentCorrections,
  signature: string,
): DocumentCorrections {
  return {
    sha256: corrections.sha256,
    tables: corrections.tables.filter((table) => table.signature !== signature),
  };
}

/** Stored corrections with one document's replaced (a document left without any is removed). */
export function replaceDocument(
  stored: readonly DocumentCorrections[],
  next: DocumentCorrections,
): DocumentCorrections[] {
  const others = stored.filter((document) => document.sha256 !== next.sha256);
  return next.tables.length > 0 ? [...others, next] : others;
}

/** Corrections from a file merged into the document's: the file's table wins where both say. */
export function mergeFromFile(
  current: DocumentCorrections,
  loaded: readonly DocumentCorrections[],
): DocumentCorrections {
  let merged = current;
  for (const document of loaded) {
    if (document.sha256 !== current.sha256) continue;
    for (const table of document.tables)
      merged = changeTable(merged, table.signature, () => ({ ...table }));
  }
  return merged;
}
