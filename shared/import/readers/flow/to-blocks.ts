import { readMarkers } from '../../blocks/markers';
import { textToBlocks, type PlacedTable } from '../../blocks/text-to-blocks';
import type { Block, HeadingBlock, HeadingMarker, TableBlock } from '../../blocks/types';
import { tidySpaces } from '../../../text/compact';
import type { Rendering } from './render';
import { tableFromGrid } from './table-from-grid';

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

/** How many lines (blank ones) may stand between a table and its continuation. */
const MAX_GAP = 8;

/**
 * A table the author split in two (the second part headerless or repeating the header, nothing
 * but blank lines between): its rows join the part above, as the text reader joins a table
 * continued after a page break.
 */
function continuesAbove(
  above: TableBlock | undefined,
  table: TableBlock,
  lines: string[],
): boolean {
  if (!above || above.header.length === 0 || table.line - above.endLine > MAX_GAP) return false;
  if (above.columnLabels.length !== table.columnLabels.length) return false;
  for (let line = above.endLine + 1; line < table.line; line++)
    if (lines[line - 1]!.trim() !== '') return false;
  const sameLabels = above.columnLabels.every((label, i) => label === table.columnLabels[i]);
  return table.header.length === 0 || sameLabels;
}

/**
 * The rendering → blocks. Lines outside tables are read by the text reader itself (headings from
 * their markers, list items, units, noise, tables of contents), so every format reads prose the
 * same way; tables come from the file's structure, with their spans and cell addresses, placed
 * on their lines.
 */
export function renderingToBlocks(rendering: Rendering): Block[] {
  const lines = [...rendering.lines];
  // a one-row table (a title bar, a label and its value) is read as a line, as text reads it
  for (const line of rendering.rowLines.keys())
    lines[line - 1] = lines[line - 1]!.replace(/\t+/g, ' ');
  const tables = rendering.tables
    .map((table) => tableFromGrid(table, rendering))
    .sort((a, b) => a.line - b.line);
  const placed: PlacedTable[] = tables.map((table, i) => ({
    start: table.line - 1,
    end: table.endLine,
    table,
    continues: continuesAbove(tables[i - 1], table, lines),
  }));
  const blocks: Block[] = [];
  for (const block of textToBlocks(lines.join('\n'), { tables: placed })) {
    const cells = block.kind === 'table' ? undefined : rendering.rowLines.get(block.line);
    if (cells) {
      const raw = rendering.lines[block.line - 1]!;
      const title = titleRow(cells, block.line, raw);
      blocks.push(title ?? ('raw' in block ? { ...block, raw } : block));
      continue;
    }
    const level = block.kind === 'table' ? undefined : rendering.outline.get(block.line);
    const out = level ? outlineHeading(block, level) : block;
    if (!out.source) {
      const position = rendering.positions.get(out.line);
      if (position) out.source = position;
    }
    blocks.push(out);
  }
  return blocks;
}
