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

const MAX_HEADER_LINES = 3;

/** Header lines beyond two are a wrapped header: their cells are joined from the top down. */
function foldHeader(header: string[][]): string[][] {
  const rows = header.map((cells) => [...cells]);
  while (rows.length > 2) {
    const [first, second] = rows;
    rows.splice(
      0,
      2,
      first!.map((cell, i) => [cell, second![i] ?? ''].filter(Boolean).join(' ')),
    );
  }
  return rows;
}

export interface AlignedRow {
  cells: string[];
  /** the row it was read from (a folded header row: the last of the rows it joins) */
  index: number;
}

export interface AlignedRows {
  /** the first row that belongs to the table */
  start: number;
  header: AlignedRow[];
  body: AlignedRow[];
}

/**
 * Consecutive rows of chunks → a table, when they are one: figures in two rows or more (or one
 * under a header), columns the rows agree on. Up to three rows of words above the first figures
 * are the header (folded into two: the text reader's header has a parent and a child row).
 * `{ unsplittable }` names the first body row when the rows look like a table but their columns
 * cannot be agreed; null when they are not a table at all.
 */
export function alignRows(
  rows: readonly (readonly Chunk[])[],
  gutter: number,
): AlignedRows | { unsplittable: number } | null {
  const firstBody = rows.findIndex(isBodyRow);
  if (firstBody < 0) return null;
  const start = Math.max(0, firstBody - MAX_HEADER_LINES);
  const body = rows.slice(firstBody).filter(isBodyRow);
  if (body.length < 2 && firstBody === start) return null;
  const columns = findColumns(body, gutter);
  const misfits = columns ? body.filter((row) => crowded(row, columns) > 0).length : body.length;
  if (!columns || misfits * 2 > body.length) return { unsplittable: firstBody };
  // a header word left or right of every body column (a row label on the header line) is a column
  const [left, right] = [columns[0]![0], columns[columns.length - 1]![1]];
  for (const chunk of rows.slice(start, firstBody).flat())
    if (chunk.end <= left || chunk.start >= right) columns.push([chunk.start, chunk.end]);
  columns.sort((a, b) => a[0] - b[0]);
  const header = foldHeader(
    rows.slice(start, firstBody).map((row) => placeChunks(row, columns, true)),
  );
  return {
    start,
    header: header.map((cells, k) => ({
      cells,
      index: k === 0 ? start : firstBody - header.length + k,
    })),
    body: rows
      .slice(firstBody)
      .map((row, k) => ({ cells: placeChunks(row, columns), index: firstBody + k })),
  };
}
