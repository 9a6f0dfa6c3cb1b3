import type { Box } from '../../../model/source';
import type { Grid } from './grid';
import { drawnSquare, flatten, tree, type Node } from './layout-tree';
import { tableFromGrid, type PdfTable } from './table-from-grid';
import { groupLines } from './text-lines';
import type { TextPiece } from './words';

/** What a page shows, in reading order: visual lines of text and tables. */
export type PageItem =
  { kind: 'line'; text: string; box: Box; size: number } | { kind: 'table'; table: PdfTable };

/** Items whose tops are this close are side by side: they are read left to right. */
const SAME_TOP = 4;

type Entry = { top: number; x: number; emit: () => PageItem[] };

function ordered(entries: Entry[]): PageItem[] {
  entries.sort((a, b) => a.top - b.top || a.x - b.x);
  const items: PageItem[] = [];
  for (let i = 0; i < entries.length;) {
    let j = i + 1;
    while (j < entries.length && entries[j]!.top - entries[i]!.top < SAME_TOP) j++;
    for (const entry of entries.slice(i, j).sort((a, b) => a.x - b.x)) items.push(...entry.emit());
    i = j;
  }
  return items;
}

function isTable(table: PdfTable): boolean {
  return table.header.length + table.rows.length >= 2;
}

/** Lines above a nested table, inside its outer cell, that name it: caption and unit. */
const CAPTION_LINES = 2;

function lineItems(pieces: readonly TextPiece[], bodySize: number): PageItem[] {
  return groupLines(pieces, bodySize).map((line) => ({
    kind: 'line',
    text: line.text,
    box: line.box,
    size: line.size,
  }));
}

/**
 * A table and the tables drawn inside its cells (a budget table inside a project's description):
 * the outer table without them, then each inner one after it, preceded by the lines just above it
 * in its cell (`□ 연도별 예산 및 집행 현황 (단위: 백만원)`), so it keeps its caption and unit.
 */
function tableItems(node: Node, bodySize: number): PageItem[] | null {
  if (!node.grid) return null;
  const nested = node.children.filter((child) => child.table && child.grid);
  const inner = new Set(nested.flatMap(flatten));
  const own = flatten(node).filter((piece) => !inner.has(piece));
  const table = tableFromGrid(node.grid, own, bodySize);
  if (!isTable(table)) return null;
  const items: PageItem[] = [{ kind: 'table', table }];
  for (const child of nested) {
    const innerTables = tableItems(child, bodySize);
    if (!innerTables) continue;
    const [x0, top, x1] = child.box;
    const above = own.filter(
      (piece) =>
        piece.bottom <= top + 1 &&
        piece.x1 > x0 &&
        piece.x0 < x1 &&
        top - piece.bottom < 4 * bodySize,
    );
    items.push(...lineItems(above, bodySize).slice(-CAPTION_LINES), ...innerTables);
  }
  return items;
}

function layout(node: Node, bodySize: number): PageItem[] {
  const pieces = [...node.pieces];
  const entries: Entry[] = [];
  for (const child of node.children) {
    const square = drawnSquare(child);
    if (square) {
      pieces.push(square);
      continue;
    }
    const tables = child.table ? tableItems(child, bodySize) : null;
    if (tables) {
      entries.push({ top: child.box[1], x: child.box[0], emit: () => tables });
      continue;
    }
    // a box holding a single line (a banner, a number box beside a title) is read with its line
    const inner = flatten(child);
    if (child.children.length === 0 && groupLines(inner, bodySize).length <= 1) {
      pieces.push(...inner);
      continue;
    }
    entries.push({ top: child.box[1], x: child.box[0], emit: () => layout(child, bodySize) });
  }
  for (const item of lineItems(pieces, bodySize))
    if (item.kind === 'line')
      entries.push({ top: item.box[1], x: item.box[0], emit: () => [item] });
  return ordered(entries);
}

/** A page's pieces and grids → its lines and tables in reading order. */
export function layoutPage(
  pieces: readonly TextPiece[],
  grids: readonly Grid[],
  page: Box,
  bodySize: number,
): PageItem[] {
  return layout(tree(pieces, grids, page), bodySize);
}
