import type { Block, TableBlock } from '../../blocks/types';

const DECLARES_UNIT = /단\s*위\s*[:：]/;
/** How far above a table its unit line and caption may sit (in lines), as for text. */
const LOOK_BACK_LINES = 6;

function textOf(block: Block): string | null {
  return block.kind === 'table' || block.kind === 'noise' ? null : block.text;
}

/**
 * The unit line and the caption written just above a table, found as the text reader finds them.
 * (The text reader keeps its own copy private; when textToBlocks accepts tables a reader built
 * itself, this goes.)
 */
export function attachTableContext(table: TableBlock, before: readonly Block[]): void {
  for (let i = before.length - 1; i >= 0; i--) {
    const block = before[i]!;
    if (block.kind === 'table' || table.line - block.line > LOOK_BACK_LINES) break;
    const text = textOf(block);
    if (text === null) continue;
    if (!table.unit && DECLARES_UNIT.test(text)) table.unit = { text, line: block.line };
    if (!table.caption && block.kind !== 'unit') {
      table.caption = { text, line: block.line };
      if (block.kind === 'heading') break;
    }
  }
}
