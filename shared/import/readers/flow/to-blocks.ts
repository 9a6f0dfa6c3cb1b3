import { readMarkers } from '../../blocks/markers';
import { textToBlocks } from '../../blocks/text-to-blocks';
import { attachTableContext } from './table-context';
import type { Block, HeadingBlock, HeadingMarker, TableBlock } from '../../blocks/types';
import { tidySpaces } from '../../../text/compact';
import { joinContinuedTables } from './join-tables';
import type { Rendering } from './render';
import { tableFromGrid } from './table-from-grid';

/** What a table row's line becomes for the text pass: a rule, which it reads as noise. */
const MASK = '───';

const ORDINAL = /^(?:\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|[가나다라마바사아자차카타파하])\.?$/;
const CIRCLED = /^[①-⑳❶-❿]$/;
const MAX_TITLE = 40;

/** `1 | 성과` — a numbered title drawn as a one-row table of an ordinal cell and a title cell. */
function titleRow(cells: readonly string[], line: number, raw: string): HeadingBlock | null {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length !== 2) return null;
  const [ordinal, title] = filled as [string, string];
  if (title.length > MAX_TITLE) return null;
  let composed: string;
  if (CIRCLED.test(ordinal)) composed = `${ordinal} ${title}`;
  else if (ORDINAL.test(ordinal)) composed = `${ordinal.replace(/\.$/, '')}. ${title}`;
  else return null;
  const marked = readMarkers(composed);
  if (marked?.type !== 'heading') return null;
  const heading: HeadingBlock = {
    kind: 'heading',
    level: marked.level,
    marker: marked.marker as HeadingMarker,
    text: tidySpaces(marked.text),
    line,
    raw,
  };
  if (marked.ordinal !== undefined) heading.ordinal = marked.ordinal;
  return heading;
}

/** A paragraph the document styles as an outline heading (개요 n) is a heading of that level. */
function outlineHeading(block: Block, level: number): Block {
  if (block.kind !== 'paragraph' && block.kind !== 'list') return block;
  return {
    kind: 'heading',
    level,
    marker: 'plain',
    text: block.text,
    line: block.line,
    raw: block.raw,
  };
}

/**
 * The rendering → blocks. Lines outside tables are read by the text reader itself (headings from
 * their markers, list items, units, noise, tables of contents), so every format reads prose the
 * same way; tables come from the file's structure, with their spans and cell addresses.
 */
export function renderingToBlocks(rendering: Rendering): Block[] {
  const masked = [...rendering.lines];
  const tableLines = new Set<number>();
  for (const table of rendering.tables)
    for (const line of table.rowLines) {
      masked[line - 1] = MASK;
      tableLines.add(line);
    }
  for (const line of rendering.rowLines.keys())
    masked[line - 1] = masked[line - 1]!.replace(/\t+/g, ' ');
  const blocks: Block[] = [];
  for (const block of textToBlocks(masked.join('\n'))) {
    if (tableLines.has(block.line)) continue;
    const cells = rendering.rowLines.get(block.line);
    if (cells) {
      const raw = rendering.lines[block.line - 1]!;
      const title = titleRow(cells, block.line, raw);
      if (title) blocks.push(title);
      else blocks.push('raw' in block ? { ...block, raw } : block);
      continue;
    }
    const level = rendering.outline.get(block.line);
    blocks.push(level ? outlineHeading(block, level) : block);
  }
  const tables = rendering.tables
    .map((table) => tableFromGrid(table, rendering))
    .sort((a, b) => a.line - b.line);
  const merged = joinContinuedTables(mergeByLine(blocks, tables));
  merged.forEach((block, at) => {
    if (block.kind === 'table') attachTableContext(block, merged.slice(Math.max(0, at - 12), at));
    else if (!block.source) {
      const position = rendering.positions.get(block.line);
      if (position) block.source = position;
    }
  });
  return merged;
}

function mergeByLine(blocks: Block[], tables: TableBlock[]): Block[] {
  const out: Block[] = [];
  let t = 0;
  for (const block of blocks) {
    while (t < tables.length && tables[t]!.line < block.line) out.push(tables[t++]!);
    out.push(block);
  }
  while (t < tables.length) out.push(tables[t++]!);
  return out;
}
