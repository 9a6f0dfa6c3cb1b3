import type { SheetCell, SheetRows } from '../../shared/import/sheets/types';

/** Every row of a sheet as arrays (a compact CSV grid makes them when asked). */
export function allRows(rows: SheetRows | undefined): (readonly SheetCell[])[] {
  if (!rows) return [];
  return Array.from({ length: rows.length }, (_, index) => rows.at(index)!);
}
