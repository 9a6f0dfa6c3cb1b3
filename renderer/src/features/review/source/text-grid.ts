/**
 * A table or sheet cut from the stored text to show as a small grid: the readers render a table row
 * (HWP/HWPX, PDF) or a sheet row as one line of tab-separated cells, in the grid's own column order,
 * so a cell's `col` is its index in the line.
 */

export interface GridSliceRow {
  /** 1-based line in the stored text */
  line: number;
  cells: string[];
}

export interface GridSlice {
  rows: GridSliceRow[];
  /** the widest row's cell count */
  columns: number;
}

const isTableRow = (text: string | undefined): text is string =>
  text !== undefined && text.includes('\t');

function slice(lines: readonly string[], first: number, last: number): GridSlice {
  const rows: GridSliceRow[] = [];
  for (let line = first; line <= last; line++)
    rows.push({ line, cells: (lines[line - 1] ?? '').split('\t') });
  return { rows, columns: Math.max(0, ...rows.map((row) => row.cells.length)) };
}

/** at most `max` of the lines from `first` to `last`, the target kept near the middle */
function around(target: number, first: number, last: number, max: number): [number, number] {
  if (last - first + 1 <= max) return [first, last];
  const from = Math.max(first, Math.min(target - Math.floor(max / 2), last - max + 1));
  return [from, from + max - 1];
}

/**
 * The table the line belongs to: the run of tab-separated lines around it (at most `max` rows, the
 * line near the middle). Undefined when the line is not a table row.
 */
export function tableAround(
  lines: readonly string[],
  line: number,
  max = 15,
): GridSlice | undefined {
  if (!isTableRow(lines[line - 1])) return undefined;
  let first = line;
  while (first > 1 && isTableRow(lines[first - 2])) first--;
  let last = line;
  while (last < lines.length && isTableRow(lines[last])) last++;
  const [from, to] = around(line, first, last, max);
  return slice(lines, from, to);
}

/**
 * The rows of a sheet around one: the sheet's rows are consecutive lines (its 0-based `row` is
 * `line − row` lines after its first), ending at a blank line or the end of the text.
 */
export function sheetRowsAround(
  lines: readonly string[],
  line: number,
  row: number | undefined,
  max = 15,
): GridSlice | undefined {
  if (line < 1 || line > lines.length) return undefined;
  const sheetStart = row !== undefined ? Math.max(1, line - row) : 1;
  let first = line;
  while (first > sheetStart && (lines[first - 2] ?? '').trim() !== '') first--;
  let last = line;
  while (last < lines.length && (lines[last] ?? '').trim() !== '') last++;
  const [from, to] = around(line, first, last, max);
  return slice(lines, from, to);
}

/** spreadsheet column letters: 0 → A, 25 → Z, 26 → AA */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
