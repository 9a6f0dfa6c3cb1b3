/**
 * A spreadsheet as the readers hand it over: every sheet's cells, row by row, as the file has them
 * (CSV: strings; XLSX: numbers as numbers). The interpretation (header row, column roles, unit)
 * is a separate, user-confirmable mapping (`mapping.ts`).
 */

/** One cell: text, a number (XLSX numbers stay numbers), or nothing. */
export type SheetCell = string | number | null;

/**
 * A sheet's rows: an array of arrays (XLSX, papaparse), or a compact grid that makes a row's cells
 * when asked (a big CSV: `readers/csv/compact-rows.ts`), so 200,000 rows are not millions of
 * strings kept alive. Read rows with `at(index)`; a compact grid hands out a fresh array each time.
 */
export interface SheetRows {
  readonly length: number;
  at(index: number): readonly SheetCell[] | undefined;
}

/** Each row's line of the text rendering (an array, or a compact grid's slices of its text). */
export interface SheetLines {
  at(index: number): string | undefined;
}

export interface SheetGrid {
  /** the sheet's name (XLSX), or the file's name without extension (CSV) */
  name: string;
  /** 0-based rows of 0-based cells; rows may be ragged (CSV) */
  rows: SheetRows;
  /** the 1-based line of row 0 in the reader's text rendering (lines run on, one per row) */
  firstLine: number;
  /** a sheet the workbook hides (lookup tables, scratch): never chosen by default */
  hidden?: true;
  /** each row's line of the text rendering, as the reader made it (saves rendering it again) */
  rendered?: SheetLines;
  /** CSV: the field delimiter the reader used */
  delimiter?: ',' | '\t' | ';';
}

/** The text rendering's line of a row (what SourceRef.line points at). */
export function lineOfRow(grid: SheetGrid, row: number): number {
  return grid.firstLine + row;
}

/** The first `count` rows as arrays (header search, the rows above the header). */
export function firstRows(rows: SheetRows, count: number): (readonly SheetCell[])[] {
  const head: (readonly SheetCell[])[] = [];
  for (let index = 0; index < Math.min(count, rows.length); index++) head.push(rows.at(index)!);
  return head;
}
