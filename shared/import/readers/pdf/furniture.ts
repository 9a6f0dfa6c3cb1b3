import { compact } from '../../../text/compact';
import { isPageNumber } from '../../blocks/noise';
import type { PageItem } from './page-layout';

export interface LaidOutPage {
  /** 1-based */
  number: number;
  width: number;
  height: number;
  items: PageItem[];
}

/** Running headers and footers live in the top and bottom margins. */
const MARGIN = 0.09;
const MIN_PAGES = 3;
const SHARE_OF_PAGES = 0.3;

function key(text: string): string {
  return compact(text).replace(/\d+/g, '#');
}

/** Page numbers are left to the block reader, which calls them page numbers. */
function inMargin(item: PageItem, height: number): boolean {
  if (item.kind !== 'line' || isPageNumber(item.text)) return false;
  return item.box[3] < MARGIN * height || item.box[1] > (1 - MARGIN) * height;
}

/**
 * Lines in the top or bottom margin that repeat on many pages (the document's title, the bureau's
 * name, `- 12 -`): running headers and footers. Returns `page:index` keys of those items.
 */
export function findFurniture(pages: readonly LaidOutPage[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const page of pages)
    for (const item of page.items) {
      if (item.kind !== 'line' || !inMargin(item, page.height)) continue;
      const pagesWith = seen.get(key(item.text)) ?? new Set<number>();
      pagesWith.add(page.number);
      seen.set(key(item.text), pagesWith);
    }
  const needed = Math.max(MIN_PAGES, Math.ceil(SHARE_OF_PAGES * pages.length));
  const furniture = new Set<string>();
  for (const page of pages)
    page.items.forEach((item, index) => {
      if (item.kind !== 'line' || !inMargin(item, page.height)) return;
      if ((seen.get(key(item.text))?.size ?? 0) >= needed) furniture.add(`${page.number}:${index}`);
    });
  return furniture;
}
