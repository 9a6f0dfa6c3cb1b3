import type { ImportWarning } from '../../model/report';
import { alignRows, type Chunk } from './aligned-columns';
import { buildTable, type RawLine } from './table-block';
import type { PlacedTable } from './text-to-blocks';

/** Chunks of a line: words separated by single spaces stay together, two or more separate. */
export function textChunks(line: string): Chunk[] {
  const chunks: Chunk[] = [];
  for (const match of line.replace(/\u3000/g, '  ').matchAll(/\S+(?: \S+)*/g))
    chunks.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return chunks;
}

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

function alignedRun(
  lines: readonly string[],
  from: number,
  to: number,
  warnings: ImportWarning[],
): PlacedTable | null {
  const aligned = alignRows(lines.slice(from, to).map(textChunks), 1);
  if (aligned === null) return null;
  if ('unsplittable' in aligned) {
    const line = from + aligned.unsplittable + 1;
    warnings.push({
      line,
      message: {
        ko: `표처럼 보이지만 열을 나누지 못했습니다 (${line}행부터): 그대로 글로 읽었습니다`,
        en: `looks like a table but its columns could not be split (from line ${line}); read as text`,
      },
    });
    return null;
  }
  const rows = [...aligned.header, ...aligned.body].map((row) => ({
    cells: row.cells,
    index: from + row.index,
    raw: lines[from + row.index]!,
  }));
  return placed(from + aligned.start, rows);
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
