import type { FlowItem } from '@shared/print/paginate';
import type { PrintBlock } from './print-spec';

const height = (element: Element | null | undefined) =>
  element ? element.getBoundingClientRect().height : 0;

/**
 * Reads the laid-out heights of every block rendered in the measuring sheet (elements carrying
 * data-block-id) and turns them into the paginator's flow items. A table contributes its head
 * (unit line + column heads, repeated per page), each row, and its foot (totals + spacing).
 */
export function measureBlocks(container: HTMLElement, blocks: readonly PrintBlock[]): FlowItem[] {
  const elements = new Map<string, HTMLElement>();
  for (const element of container.querySelectorAll<HTMLElement>('[data-block-id]'))
    elements.set(element.dataset.blockId ?? '', element);
  return blocks.map((block): FlowItem => {
    const element = elements.get(block.id);
    const total = height(element);
    const table = element?.querySelector('table');
    if (block.kind === 'block' || !element || !table)
      return {
        kind: 'block',
        id: block.id,
        height: total,
        breakBefore: block.breakBefore,
        keepWithNext: block.kind === 'block' ? block.keepWithNext : undefined,
      };
    const top = element.getBoundingClientRect().top;
    const bodyTop = table.tBodies[0]?.getBoundingClientRect().top ?? top;
    const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) => height(row));
    const rowsBottom = table.tBodies[0]?.getBoundingClientRect().bottom ?? bodyTop;
    // every fragment of a table is a block of its own with the block's bottom padding: counted
    // with the head (printed on every page), not only with the foot (printed on the last)
    const padding = parseFloat(getComputedStyle(element).paddingBottom) || 0;
    return {
      kind: 'table',
      id: block.id,
      headHeight: bodyTop - top + padding,
      rowHeights: rows,
      footHeight: top + total - rowsBottom - padding,
      breakBefore: block.breakBefore,
    };
  });
}

/** Waits until the fonts the laid-out text needs have loaded (Hangul subsets load on demand). */
export async function fontsSettled(container: HTMLElement): Promise<void> {
  for (let round = 0; round < 5; round++) {
    void container.offsetHeight; // layout now, so the needed font subsets start loading
    await document.fonts.ready;
    if (document.fonts.status === 'loaded') return;
  }
}
