/**
 * Splits measured content into pages. Heights come from the DOM (the print view measures each
 * block and each table row at the page's width); this function only decides where pages break:
 * a table row is never split, a table that continues repeats its header (unit line and column
 * heads), a heading stays with what follows it, and a totals row stays with the last row.
 */
export type FlowItem =
  | {
      kind: 'block';
      id: string;
      height: number;
      /** start a new page before this block */
      breakBefore?: boolean;
      /** never the last thing on a page (headings) */
      keepWithNext?: boolean;
    }
  | {
      kind: 'table';
      id: string;
      /** unit line + column heads, repeated on every page the table spans */
      headHeight: number;
      rowHeights: readonly number[];
      /** totals row, printed once after the last row */
      footHeight?: number;
      breakBefore?: boolean;
    };

export type PagePiece =
  | { kind: 'block'; id: string }
  | { kind: 'table'; id: string; from: number; to: number; continued: boolean; withFoot: boolean };

export type Page = PagePiece[];

/** the least room an item needs at the bottom of a page to start there */
function minimumStart(item: FlowItem): number {
  if (item.kind === 'block') return item.height;
  const firstRow = item.rowHeights[0] ?? 0;
  const foot = item.rowHeights.length <= 1 ? (item.footHeight ?? 0) : 0;
  return item.headHeight + firstRow + foot;
}

export function paginate(items: readonly FlowItem[], pageHeight: number): Page[] {
  const pages: Page[] = [[]];
  let used = 0;
  const current = () => pages[pages.length - 1]!;
  const newPage = () => {
    if (current().length === 0) return;
    pages.push([]);
    used = 0;
  };
  const fits = (height: number) => used + height <= pageHeight + 0.5 || current().length === 0;

  items.forEach((item, index) => {
    if (item.breakBefore) newPage();
    if (item.kind === 'block') {
      const next = items[index + 1];
      const needed = item.height + (item.keepWithNext && next ? minimumStart(next) : 0);
      if (!fits(needed) && needed <= pageHeight) newPage();
      else if (!fits(item.height)) newPage();
      current().push({ kind: 'block', id: item.id });
      used += item.height;
      return;
    }
    placeTable(item);
  });
  if (pages.length > 1 && current().length === 0) pages.pop();
  return pages;

  function placeTable(table: Extract<FlowItem, { kind: 'table' }>) {
    const rows = table.rowHeights;
    const foot = table.footHeight ?? 0;
    let from = 0;
    let continued = false;
    if (rows.length === 0) {
      if (!fits(table.headHeight + foot)) newPage();
      current().push({ kind: 'table', id: table.id, from: 0, to: 0, continued, withFoot: true });
      used += table.headHeight + foot;
      return;
    }
    while (from < rows.length) {
      if (!fits(table.headHeight + rows[from]! + (from === rows.length - 1 ? foot : 0))) newPage();
      let height = used + table.headHeight;
      let to = from;
      while (to < rows.length) {
        const isLast = to === rows.length - 1;
        const next = rows[to]! + (isLast ? foot : 0);
        if (height + next > pageHeight + 0.5 && to > from) break;
        height += next;
        to++;
      }
      const withFoot = to === rows.length;
      current().push({ kind: 'table', id: table.id, from, to, continued, withFoot });
      used = height;
      from = to;
      continued = true;
      if (from < rows.length) newPage();
    }
  }
}

/** 1-based page number on which each item first appears. */
export function firstPageOf(pages: readonly Page[]): Map<string, number> {
  const firstPage = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const piece of page) if (!firstPage.has(piece.id)) firstPage.set(piece.id, index + 1);
  });
  return firstPage;
}

/** '- 3 -', as council documents number their pages */
export function pageLabel(pageNumber: number): string {
  return `- ${pageNumber} -`;
}
