import type { PersonnelRow } from '../../model/report';

export interface PersonnelTableRows {
  line: number;
  rows: PersonnelRow[];
}

/**
 * A department's headcount often appears twice: in the bureau's table of all departments and in the
 * department's own table. Both are what the document says, so both are kept; the rows of every
 * table but the department's most specific one (fewest departments; the later one on a tie) are
 * marked `repeatOf` that table, so adding rows up counts each department once. Totals rows (합계)
 * belong to their table and are never repeats.
 */
export function mergePersonnel(tables: readonly PersonnelTableRows[]): PersonnelRow[] {
  const departmentsOf = tables.map(
    (table) => new Set(table.rows.map((row) => row.department ?? '')),
  );
  const chosen = new Map<string, number>();
  tables.forEach((_, index) => {
    for (const department of departmentsOf[index]!) {
      const previous = chosen.get(department);
      if (previous === undefined || departmentsOf[index]!.size <= departmentsOf[previous]!.size) {
        chosen.set(department, index);
      }
    }
  });
  return tables.flatMap((table, index) =>
    table.rows.map((row) => {
      const own = chosen.get(row.department ?? '');
      if (own === undefined || own === index || row.department === '합계') return row;
      return { ...row, repeatOf: tables[own]!.line };
    }),
  );
}
