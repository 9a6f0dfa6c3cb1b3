import { normalizeNumericText } from '../../money/normalize';
import { isBracketedMoneyUnit } from '../../money/table-unit';
import { readMarkers } from './markers';
import { findTableOfContents, isPageNumber, isRule } from './noise';
import { buildTable, carryGroupLabels, type RawLine } from './table-block';
import { attachContext, continuesTable } from './table-context';
import { pipeTables, spaceAlignedTables } from './text-tables';
import type { ImportWarning } from '../../model/report';
import type { Block, HeadingMarker, TableBlock } from './types';

const UNIT_ONLY = /^[([<［〈【]?[^()]*단\s*위\s*[:：][^()]*[)\]>］〉】]?$/;
const MAX_PLAIN_HEADING = 30;
const HAS_TEXT = /[^\s\u200b]/;
const SENTENCE_END = /(?:다|함|음|임|됨|요|\.|,|:)$/;

/** Splits text into lines the way line numbers are counted: \r\n, \r and \n all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

function isTableLine(line: string): boolean {
  return line.includes('\t') && line.replace(/\t/g, '').trim() !== '';
}

/** A short line standing alone between blank lines: a title, a department name, a section name. */
function isPlainHeading(lines: readonly string[], index: number): boolean {
  const text = lines[index]!.trim();
  if (text.length > MAX_PLAIN_HEADING || SENTENCE_END.test(text)) return false;
  if (/^[(\d'‘’"“]/.test(text) && !/^\d{4}\s*년/.test(text)) return false;
  return isBlank(lines[index - 1]) && isBlank(lines[index + 1]);
}

function lineBlock(lines: readonly string[], index: number, flattened?: string): Block {
  const raw = lines[index]!;
  const line = index + 1;
  const text = (flattened ?? raw).trim();
  if (isRule(raw)) return { kind: 'noise', reason: 'rule', text, line };
  if (isPageNumber(text)) return { kind: 'noise', reason: 'page-number', text, line };
  if ((UNIT_ONLY.test(text) || isBracketedMoneyUnit(text)) && text.length <= 60)
    return { kind: 'unit', text, line, raw };
  const marked = readMarkers(flattened ?? raw);
  if (marked?.type === 'heading') {
    const block: Block = {
      kind: 'heading',
      level: marked.level,
      marker: marked.marker as HeadingMarker,
      text: marked.text,
      line,
      raw,
    };
    if (marked.ordinal !== undefined) block.ordinal = marked.ordinal;
    return block;
  }
  if (marked?.type === 'list') {
    return {
      kind: 'list',
      marker: marked.marker,
      depth: marked.depth,
      text: marked.text,
      line,
      raw,
    };
  }
  if (isPlainHeading(lines, index)) {
    return { kind: 'heading', level: 2, marker: 'plain', text, line, raw };
  }
  return { kind: 'paragraph', text, line, raw };
}

/** A table a reader built from the file itself (a PDF's ruled grid), placed on its lines. */
export interface PlacedTable {
  /** 0-based index of its first line in the text, and the index after its last line */
  start: number;
  end: number;
  table: TableBlock;
  /** the same table continued on the next page: its rows join the table above */
  continues?: boolean;
}

/** What a reader of a laid-out format knows beyond the text: its tables and page furniture. */
export interface TextLayout {
  /** the tables the reader found; without them, tables written with spaces or pipes are looked for */
  tables?: readonly PlacedTable[];
  /** 0-based indices of running headers and footers */
  furniture?: ReadonlySet<number>;
  /** where to say what could not be read (a table whose columns could not be split) */
  warnings?: ImportWarning[];
}

/** Tables written without tabs: markdown pipes first, then columns aligned with spaces. */
function untabbedTables(
  lines: readonly string[],
  skip: (index: number) => boolean,
  warnings: ImportWarning[],
): PlacedTable[] {
  const pipes = pipeTables(lines, skip);
  const inPipes = new Set(
    pipes.flatMap((table) =>
      Array.from({ length: table.end - table.start }, (_, k) => table.start + k),
    ),
  );
  return [
    ...pipes,
    ...spaceAlignedTables(lines, (index) => skip(index) || inPipes.has(index), warnings),
  ];
}

function placeTable(placed: PlacedTable, blocks: Block[]): void {
  const { table } = placed;
  const above = placed.continues ? blocks.findLast((block) => block.kind === 'table') : undefined;
  if (above?.kind === 'table') {
    above.rows.push(...table.rows);
    above.endLine = table.endLine;
    carryGroupLabels(above.rows);
    return;
  }
  if (continuesTable(table, blocks)) return;
  attachContext(table, blocks);
  blocks.push(table);
}

/**
 * Stage 1: report text → blocks. Tables are runs of tab-separated lines; everything else is one
 * block per non-empty line, so every block keeps its exact source line. A reader that found the
 * tables itself passes them in `layout`, with the lines that are page furniture.
 */
export function textToBlocks(text: string, layout: TextLayout = {}): Block[] {
  const lines = splitLines(normalizeNumericText(text));
  const toc = findTableOfContents(lines);
  const skip = (index: number) => toc.has(index) || (layout.furniture?.has(index) ?? false);
  const tables = layout.tables ?? untabbedTables(lines, skip, layout.warnings ?? []);
  const placed = new Map(tables.map((table) => [table.start, table]));
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!;
    const table = placed.get(i);
    if (table) {
      placeTable(table, blocks);
      i = Math.max(table.end, i + 1);
      continue;
    }
    if (layout.furniture?.has(i)) {
      if (HAS_TEXT.test(raw))
        blocks.push({ kind: 'noise', reason: 'page-header', text: raw.trim(), line: i + 1 });
      i++;
      continue;
    }
    if (toc.has(i)) {
      const trimmed = raw.trim();
      if (trimmed !== '') {
        blocks.push({ kind: 'noise', reason: 'table-of-contents', text: trimmed, line: i + 1 });
      }
      i++;
      continue;
    }
    if (isTableLine(raw) && !isRule(raw)) {
      const run: RawLine[] = [];
      while (i < lines.length && isTableLine(lines[i]!) && !toc.has(i) && !isRule(lines[i]!)) {
        run.push({ text: lines[i]!, line: i + 1 });
        i++;
      }
      const table = buildTable(run);
      if (continuesTable(table, blocks)) continue;
      if (run.length === 1) {
        // one tab-separated line is not a table: `○ 세입 총괄⇥(단위: 천원)`
        blocks.push(lineBlock(lines, i - 1, run[0]!.text.replace(/\t+/g, ' ')));
        continue;
      }
      attachContext(table, blocks);
      blocks.push(table);
      continue;
    }
    if (HAS_TEXT.test(raw)) blocks.push(lineBlock(lines, i));
    i++;
  }
  return blocks;
}
