import type { PersonnelRow } from './report';

/**
 * The rows that count each department once: a row marked `repeatOf` repeats the department's own,
 * more specific table (a bureau's table of all departments before each department's own) and is
 * left out wherever rows are added up or listed per department.
 */
export function countedOnce<Row extends PersonnelRow>(rows: readonly Row[]): Row[] {
  return rows.filter((row) => row.repeatOf === undefined);
}
