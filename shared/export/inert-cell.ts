/**
 * Inert spreadsheet cells, for EVERY export a spreadsheet may open: CSV (cli/csv.ts), the
 * clipboard's TSV (shared/clipboard/tsv.ts) and XLSX. Excel, LibreOffice and Google Sheets read a
 * cell beginning with = + - @ (or a tab or carriage return before one) as a formula: a project
 * named `=HYPERLINK("http://…")` would become a live link, and ordinary `- 사업비: …` text shows as
 * #NAME?. OWASP's rule (CSV injection): prefix such a text cell with a single quote, which the
 * spreadsheet shows as text and does not evaluate.
 *
 * Numbers stay numbers:
 * - a numeric value (typeof number) is never altered: negative money stays `-5000`;
 * - in a numeric column (money, percent, count) a text that reads whole as a number, the way
 *   exports format them (`-1,234`, `+12.5`, `-3.3%`), is kept, so the spreadsheet reads the number
 *   (nothing but digits, separators, one sign and a percent can hide in it: no formula);
 * - in a text column the same `-1,234` is prefixed: it is a label there, shown as written.
 *
 * An XLSX writer should write numbers as number cells and pass every string through `inertCell`
 * (text columns) or `inertCell(value, 'numeric')` (numeric columns), as CSV and TSV do.
 */

/** What a cell holds: a label, or a figure (money, percent, count) that must stay a number. */
export type CellColumn = 'text' | 'numeric';

/** OWASP's formula triggers: a cell starting with one of these is read as a formula. */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

const NUMERIC_TEXT = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/** Whether text reads whole as one number as exports write it: sign, digits, separators, decimals, %. */
export function isNumericText(text: string): boolean {
  return NUMERIC_TEXT.test(text);
}

/** Whether a spreadsheet would read this text as a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger));
}

/** A cell's text that no spreadsheet evaluates; undefined is the empty cell. */
export function inertCell(value: string | number | undefined, column: CellColumn = 'text'): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (!startsLikeFormula(value)) return value;
  if (column === 'numeric' && isNumericText(value)) return value;
  return `'${value}`;
}
