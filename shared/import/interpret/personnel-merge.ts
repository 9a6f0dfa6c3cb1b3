import type { PersonnelRow } from '../../model/report';

export interface PersonnelTableRows {
  line: number;
  rows: PersonnelRow[];
}

/**
 * A department's headcount often appears twice: in the bureau's table of all departments and in the
 * department's own table. Keeping both would count it twice when rows are added up, so each
 * department keeps the rows of its most specific table (the one with fewest departments; the later
 * one on a tie). Totals rows (합계) stay with their table.
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
    table.rows.filter(
      (row) => chosen.get(row.department ?? '') === index || row.department === '합계',
    ),
  );
}
