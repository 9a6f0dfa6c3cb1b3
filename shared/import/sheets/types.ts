/**
 * A spreadsheet as the readers hand it over: every sheet's cells, row by row, as the file has them
 * (CSV: strings; XLSX: numbers as numbers). The interpretation (header row, column roles, unit)
 * is a separate, user-confirmable mapping (`mapping.ts`).
 */

/** One cell: text, a number (XLSX numbers stay numbers), or nothing. */
export type SheetCell = string | number | null;

export interface SheetGrid {
  /** the sheet's name (XLSX), or the file's name without extension (CSV) */
  name: string;
  /** 0-based rows of 0-based cells; rows may be ragged (CSV) */
  rows: SheetCell[][];
  /** the 1-based line of row 0 in the reader's text rendering (lines run on, one per row) */
  firstLine: number;
  /** a sheet the workbook hides (lookup tables, scratch): never chosen by default */
  hidden?: true;
  /** each row's line of the text rendering, as the reader made it (saves rendering it again) */
  rendered?: readonly string[];
  /** CSV: the field delimiter the reader used */
  delimiter?: ',' | '\t' | ';';
}

/** The text rendering's line of a row (what SourceRef.line points at). */
export function lineOfRow(grid: SheetGrid, row: number): number {
  return grid.firstLine + row;
}
