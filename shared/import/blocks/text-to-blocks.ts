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

/** Rows after a page break (no header, same width, a few lines below) belong to the table above. */
function continuesTable(table: TableBlock, before: Block[]): boolean {
  if (table.header.length > 0) return false;
  for (let i = before.length - 1; i >= 0; i--) {
    const block = before[i]!;
    if (block.kind === 'noise') continue;
    if (block.kind !== 'table' || table.line - block.endLine > MAX_PAGE_BREAK) return false;
    if (block.columnLabels.length !== table.columnLabels.length || block.header.length === 0)
      return false;
    block.rows.push(...table.rows);
    block.endLine = table.endLine;
    carryGroupLabels(block.rows);
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
