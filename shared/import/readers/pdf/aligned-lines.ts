import { alignRows, type Chunk } from '../../blocks/aligned-columns';
import { columnLabels } from '../../blocks/table-block';
import { union } from './geometry';
import type { PdfRow, PdfTable } from './table-from-grid';
import type { TextLine } from './text-lines';

/** Words farther apart than this (in ems) are in different cells of a table without rules. */
const CELL_GAP = 1.5;
/** Rows of one table follow each other closer than this (in line heights). */
const ROW_GAP = 1.2;
const MIN_COLUMNS = 3;
/** Columns of a table without rules are at least this far apart (in ems of the body text). */
const GUTTER = 0.4;

function chunksOf(line: TextLine): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  for (const piece of line.pieces) {
    if (current && piece.x0 - current.end < CELL_GAP * piece.size) {
      current.text += piece.x0 - current.end >= 0.12 * piece.size ? ` ${piece.text}` : piece.text;
      current.end = Math.max(current.end, piece.x1);
      continue;
    }
    current = { text: piece.text, start: piece.x0, end: piece.x1 };
    chunks.push(current);
  }
  return chunks;
}

export interface AlignedTable {
  /** the lines it was read from, by index into the lines given */
  first: number;
  last: number;
  table: PdfTable;
}

function tableOf(lines: readonly TextLine[], from: number, bodySize: number): AlignedTable | null {
  const rows = lines.map(chunksOf);
  const aligned = alignRows(rows, GUTTER * bodySize);
  if (aligned === null || 'unsplittable' in aligned) return null;
  const rowOf = (cells: string[], index: number): PdfRow => ({
    cells: cells.map((text) => ({ text, label: text })),
    box: lines[index]!.box,
  });
  const header = aligned.header.map((row) => rowOf(row.cells, row.index));
  const body = aligned.body.map((row) => rowOf(row.cells, row.index));
  const width = header[0]?.cells.length ?? body[0]?.cells.length ?? 0;
  // two columns without rules are a list with figures at the end (a contents page), not a table
  if (width < MIN_COLUMNS) return null;
  const used = lines.slice(aligned.start);
  return {
    first: from + aligned.start,
    last: from + lines.length - 1,
    table: {
      box: union(used.map((line) => line.box)),
      header,
      rows: body,
      columnLabels: columnLabels(header, width),
      xs: [],
    },
  };
}

/**
 * Tables drawn without rules, found among a box's lines by alignment: runs of consecutive lines
 * whose words fall into wide-gapped chunks, with figures in them and columns they agree on.
 */
export function alignedTables(lines: readonly TextLine[], bodySize: number): AlignedTable[] {
  const tables: AlignedTable[] = [];
  const candidate = (k: number) => k < lines.length && chunksOf(lines[k]!).length >= 2;
  const close = (k: number) =>
    lines[k]!.box[1] - lines[k - 1]!.box[3] < ROW_GAP * Math.max(lines[k]!.size, bodySize);
  for (let i = 0; i < lines.length;) {
    if (!candidate(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (candidate(end) && close(end)) end++;
    const table = end - i >= 2 ? tableOf(lines.slice(i, end), i, bodySize) : null;
    if (table) tables.push(table);
    i = end;
  }
  return tables;
}
