/**
 * Spreadsheet formula injection: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return may be run as a formula (or DDE) when a CSV/TSV/XLSX export is opened in Excel
 * or LibreOffice (spaces before the sign do not make it safe). Such text gets a leading apostrophe, which both show as text and never evaluate;
 * our importers drop that apostrophe again. Numbers are written as numbers and never pass here.
 */
const FORMULA_START = /^[\t\r]|^[ \u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether a text would be taken for a formula at the start of a cell. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as an inert cell: unchanged unless it starts like a formula, then `'`-prefixed. */
export function inertCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** A value for a spreadsheet cell: numbers stay numbers, text becomes inert. */
export function inertValue<T extends number | string | undefined | null>(value: T): T {
  return (typeof value === 'string' ? inertCell(value) : value) as T;
}
