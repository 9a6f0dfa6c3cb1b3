import type { ImportWarning } from '../../model/report';
import { crowded, findColumns, isBodyRow, placeChunks, type Chunk } from './aligned-columns';
import { buildTable, type RawLine } from './table-block';
import type { PlacedTable } from './text-to-blocks';

/** Chunks of a line: words separated by single spaces stay together, two or more separate. */
export function textChunks(line: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const match of line.replace(/\u3000/g, '  ').matchAll(/\S+(?: \S+)*/g))
    chunks.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return chunks;
}

const MAX_HEADER_LINES = 3;

/** A table built from cell texts, each row keeping the line exactly as written. */
function placed(
  start: number,
  rows: { cells: string[]; index: number; raw: string }[],
): PlacedTable {
  const table = buildTable(
    rows.map((row): RawLine => ({ text: row.cells.join('\t'), line: row.index + 1 })),
  );
  const raws = new Map(rows.map((row) => [row.index + 1, row.raw]));
  for (const row of [...table.header, ...table.rows]) row.raw = raws.get(row.line) ?? row.raw;
  return { start, end: rows[rows.length - 1]!.index + 1, table };
}

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

function alignedRun(
  lines: readonly string[],
  from: number,
  to: number,
  warnings: ImportWarning[],
): PlacedTable | null {
  const rows = lines.slice(from, to).map(textChunks);
  const firstBody = rows.findIndex(isBodyRow);
  if (firstBody < 0) return null;
  const headerStart = Math.max(0, firstBody - MAX_HEADER_LINES);
  const body = rows.slice(firstBody).filter(isBodyRow);
  if (body.length < 2 && firstBody === headerStart) return null;
  const columns = findColumns(body, 1);
  const misfits = columns ? body.filter((row) => crowded(row, columns) > 0).length : body.length;
  if (!columns || misfits * 2 > body.length) {
    const line = from + firstBody + 1;
    warnings.push({
      line,
      message: {
        ko: `표처럼 보이지만 열을 나누지 못했습니다 (${line}행부터): 그대로 글로 읽었습니다`,
        en: `looks like a table but its columns could not be split (from line ${line}); read as text`,
      },
    });
    return null;
  }
  // a header word left or right of every body column (a row label on the header line) is a column
  const [left, right] = [columns[0]![0], columns[columns.length - 1]![1]];
  for (const chunk of rows.slice(headerStart, firstBody).flat())
    if (chunk.end <= left || chunk.start >= right) columns.push([chunk.start, chunk.end]);
  columns.sort((a, b) => a[0] - b[0]);
  const header = foldHeader(
    rows.slice(headerStart, firstBody).map((row) => placeChunks(row, columns, true)),
  );
  // a folded header row is read from the first line it joins; the last one from its own line
  const headerLine = (k: number) =>
    from + headerStart + (k === 0 ? 0 : firstBody - headerStart - header.length + k);
  const cells = [
    ...header.map((headerCells, k) => ({
      cells: headerCells,
      index: headerLine(k),
      raw: lines[headerLine(k)]!,
    })),
    ...rows.slice(firstBody).map((row, k) => ({
      cells: placeChunks(row, columns),
      index: from + firstBody + k,
      raw: lines[from + firstBody + k]!,
    })),
  ];
  return placed(from + headerStart, cells);
}

/**
 * Tables written with spaces (columns aligned, as `pdftotext -layout` writes them): runs of lines
 * whose words are split by wide gaps, with figures in at least two rows (or one under a header).
 * A run that looks like a table but whose columns cannot be agreed is left as text, with a warning.
 */
export function spaceAlignedTables(
  lines: readonly string[],
  skip: (index: number) => boolean,
  warnings: ImportWarning[],
): PlacedTable[] {
  const tables: PlacedTable[] = [];
  for (let i = 0; i < lines.length;) {
    const candidate = (k: number) =>
      k < lines.length &&
      !skip(k) &&
      !lines[k]!.includes('\t') &&
      textChunks(lines[k]!).length >= 2;
    if (!candidate(i)) {
      i++;
      continue;
    }
    let end = i;
    while (candidate(end)) end++;
    const table = end - i >= 2 ? alignedRun(lines, i, end, warnings) : null;
    if (table) tables.push(table);
    i = end;
  }
  return tables;
}

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function pipeCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** Markdown pipe tables: `| 구분 | 예산 |`, the `|---|---|` line under the header skipped. */
export function pipeTables(
  lines: readonly string[],
  skip: (index: number) => boolean,
): PlacedTable[] {
  const tables: PlacedTable[] = [];
  for (let i = 0; i < lines.length;) {
    const isRow = (k: number) => k < lines.length && !skip(k) && PIPE_ROW.test(lines[k]!);
    if (!isRow(i)) {
      i++;
      continue;
    }
    let end = i;
    while (isRow(end)) end++;
    const rows = [];
    for (let k = i; k < end; k++)
      if (!PIPE_RULE.test(lines[k]!))
        rows.push({ cells: pipeCells(lines[k]!), index: k, raw: lines[k]! });
    if (rows.length >= 2) tables.push({ ...placed(i, rows), end });
    i = end;
  }
  return tables;
}
