import { declaresUnit } from '../../money/table-unit';
import { carryGroupLabels } from './table-block';
import type { Block, TableBlock } from './types';

/** how many lines (blank, page number) a page break may put between two parts of one table */
const MAX_PAGE_BREAK = 5;
/** How far above a table its unit line and caption may sit (in lines). */
const LOOK_BACK_LINES = 6;

export function textOf(block: Block): string | null {
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
export function attachContext(table: TableBlock, before: readonly Block[]): void {
  for (let i = before.length - 1; i >= 0; i--) {
    const block = before[i]!;
    if (block.kind === 'table' || table.line - block.line > LOOK_BACK_LINES) break;
    if (block.kind === 'noise') continue;
    const text = textOf(block) ?? '';
    if (!table.unit && declaresUnit(text)) table.unit = { text, line: block.line };
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
export function continuesTable(table: TableBlock, before: Block[]): boolean {
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
