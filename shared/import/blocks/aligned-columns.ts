/**
 * Columns from alignment alone, for tables nobody drew: text aligned with spaces (as `pdftotext
 * -layout` writes it) and PDF tables without vertical rules. Positions are characters for text and
 * points for a PDF; the rules are the same.
 */

/** A piece of a row between wide gaps, and where it lies. */
export interface Chunk {
  text: string;
  start: number;
  end: number;
}

export type Column = [number, number];

/** `1,234`, `△546`, `12.5%`, `35명`, `7개소`, `-`: a cell holding a figure. */
const FIGURE = /^(?:[△▽▼-]?\s*\d[\d,.]*\s*(?:%|[가-힣]{1,2})?|[-–])$/;

export function isFigure(text: string): boolean {
  return FIGURE.test(text.trim());
}

/** A row that carries figures in at least one of two or more chunks: a table's body row. */
export function isBodyRow(chunks: readonly Chunk[]): boolean {
  return (
    chunks.length >= 2 && chunks.some((chunk) => /\d/.test(chunk.text) && isFigure(chunk.text))
  );
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [value, count] of counts)
    if (count > most || (count === most && value > best)) {
      best = value;
      most = count;
    }
  return best;
}

/**
 * The columns the body rows agree on: the rows with the usual number of chunks, their chunks'
 * extents merged where they overlap (or come closer than `gutter`). Null when fewer than two.
 */
export function findColumns(body: readonly (readonly Chunk[])[], gutter: number): Column[] | null {
  const usual = mostCommon(body.map((row) => row.length));
  const spans = body
    .filter((row) => row.length === usual)
    .flat()
    .map((chunk): Column => [chunk.start, chunk.end])
    .sort((a, b) => a[0] - b[0]);
  const columns: Column[] = [];
  for (const [start, end] of spans) {
    const last = columns[columns.length - 1];
    if (last && start < last[1] + gutter) last[1] = Math.max(last[1], end);
    else columns.push([start, end]);
  }
  return columns.length >= 2 ? columns : null;
}

function overlap(chunk: Chunk, column: Column): number {
  return Math.min(chunk.end, column[1]) - Math.max(chunk.start, column[0]);
}

function nearest(chunk: Chunk, columns: readonly Column[]): number {
  let best = 0;
  let bestScore = -Infinity;
  columns.forEach((column, index) => {
    const score = overlap(chunk, column);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * A row's chunks in the columns: each in the column it overlaps most (a header word spanning
 * several columns in the first one it covers a good part of, so the label carries rightwards).
 * Chunks falling into one column are joined with a space.
 */
export function placeChunks(
  row: readonly Chunk[],
  columns: readonly Column[],
  header = false,
): string[] {
  const cells = columns.map(() => '');
  for (const chunk of row) {
    let index = nearest(chunk, columns);
    if (header) {
      const width = chunk.end - chunk.start;
      const first = columns.findIndex(
        (column) => overlap(chunk, column) >= Math.min(0.3 * (column[1] - column[0]), 0.5 * width),
      );
      if (first >= 0) index = first;
    }
    cells[index] = cells[index] ? `${cells[index]} ${chunk.text}` : chunk.text;
  }
  return cells;
}

/** How many of a row's chunks had to share a column with another: the row did not fit. */
export function crowded(row: readonly Chunk[], columns: readonly Column[]): number {
  const used = new Set(row.map((chunk) => nearest(chunk, columns)));
  return row.length - used.size;
}
