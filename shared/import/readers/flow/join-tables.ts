import { carryGroupLabels } from '../../blocks/table-block';
import type { Block, TableBlock } from '../../blocks/types';

/** How many lines (blank lines, a page number) may stand between a table and its continuation. */
const MAX_GAP = 8;

function sameLabels(a: TableBlock, b: TableBlock): boolean {
  return a.columnLabels.every((label, index) => label === b.columnLabels[index]);
}

function continues(above: TableBlock, table: TableBlock): boolean {
  if (above.header.length === 0 || table.line - above.endLine > MAX_GAP) return false;
  if (above.columnLabels.length !== table.columnLabels.length) return false;
  // either bare rows, or the same header repeated on the next page
  return table.header.length === 0 || sameLabels(above, table);
}

/**
 * A table the author split across pages (two table objects, the second headerless or repeating
 * the header, nothing but page furniture between) is one table, as the text reader joins it.
 */
export function joinContinuedTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      let at = out.length - 1;
      while (at >= 0 && out[at]!.kind === 'noise') at--;
      const above = out[at];
      if (above?.kind === 'table' && continues(above, block)) {
        above.rows.push(...block.rows);
        above.endLine = block.endLine;
        carryGroupLabels(above.rows);
        continue;
      }
    }
    out.push(block);
  }
  return out;
}
