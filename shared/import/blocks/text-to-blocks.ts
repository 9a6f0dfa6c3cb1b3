import { readMarkers } from './markers';
import { findTableOfContents, isPageNumber, isRule } from './noise';
import { buildTable, carryGroupLabels, type RawLine } from './table-block';
import type { Block, HeadingMarker, TableBlock } from './types';

const UNIT_ONLY = /^[([<［〈【]?[^()]*단\s*위\s*[:：][^()]*[)\]>］〉】]?$/;
const DECLARES_UNIT = /단\s*위\s*[:：]/;
const MAX_PLAIN_HEADING = 30;
const HAS_TEXT = /[^\s\u200b]/;
/** how many lines (blank, page number) a page break may put between two parts of one table */
const MAX_PAGE_BREAK = 5;
const SENTENCE_END = /(?:다|함|음|임|됨|요|\.|,|:)$/;
/** How far above a table its unit line and caption may sit (in lines). */
const LOOK_BACK_LINES = 6;

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
  if (UNIT_ONLY.test(text) && text.length <= 60) return { kind: 'unit', text, line, raw };
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

function textOf(block: Block): string | null {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'unit':
      return block.text;
    default:
      return null;
  }
}

/** Gives a table the unit line and the caption written just above it. */
function attachContext(table: TableBlock, before: readonly Block[]): void {
  for (let i = before.length - 1; i >= 0; i--) {
    const block = before[i]!;
    if (block.kind === 'table' || table.line - block.line > LOOK_BACK_LINES) break;
    if (block.kind === 'noise') continue;
    const text = textOf(block) ?? '';
    if (!table.unit && DECLARES_UNIT.test(text)) table.unit = { text, line: block.line };
    if (!table.caption && block.kind !== 'unit') {
      table.caption = { text, line: block.line };
      if (block.kind === 'heading') break;
    }
  }
}

/** How many blocks at the top of a document a running page header may repeat. */
const COVER_BLOCKS = 40;

/** `2025년도 복지정책과 주요업무 계획` again at the top of a page, or a `(계속)` mark. */
function isPageFurniture(block: Block, before: readonly Block[], until: number): boolean {
  const text = textOf(block);
  if (text === null || block.kind === 'unit') return false;
  if (/^[(<［〈【]?\s*계\s*속\s*[)>］〉】]?$/.test(text)) return true;
  const limit = Math.min(until, COVER_BLOCKS);
  for (let i = 0; i < limit; i++) if (textOf(before[i]!) === text) return true;
  return false;
}

function sameLabels(a: TableBlock, b: TableBlock): boolean {
  return (
    a.columnLabels.length === b.columnLabels.length &&
    a.columnLabels.every((label, index) => label === b.columnLabels[index])
  );
}

/**
 * Rows after a page break belong to the table above: either bare rows (no header, same width, a
 * few lines below) or the same header repeated on the new page, with only a page number, a
 * running page header or `(계속)` in between.
 */
function continuesTable(table: TableBlock, before: Block[]): boolean {
  let pageBreak = false;
  const furniture: number[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const block = before[i]!;
    if (block.kind === 'noise') {
      pageBreak ||= block.reason === 'page-number';
      continue;
    }
    if (block.kind !== 'table') {
      if (furniture.length >= 2 || !isPageFurniture(block, before, i)) return false;
      furniture.push(i);
      continue;
    }
    const gap = pageBreak ? MAX_PAGE_BREAK + 3 * (furniture.length + 1) : MAX_PAGE_BREAK;
    if (table.line - block.endLine > gap || block.header.length === 0) return false;
    const bare = table.header.length === 0 && furniture.length === 0;
    const repeated = table.header.length > 0 && pageBreak && sameLabels(block, table);
    if (block.columnLabels.length !== table.columnLabels.length || (!bare && !repeated))
      return false;
    block.rows.push(...table.rows);
    block.endLine = table.endLine;
    carryGroupLabels(block.rows);
    for (const index of furniture) {
      const text = textOf(before[index]!) ?? '';
      before[index] = { kind: 'noise', reason: 'page-header', text, line: before[index]!.line };
    }
    return true;
  }
  return false;
}

/**
 * Stage 1: report text → blocks. Tables are runs of tab-separated lines; everything else is one
 * block per non-empty line, so every block keeps its exact source line.
 */
export function textToBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const toc = findTableOfContents(lines);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!;
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
