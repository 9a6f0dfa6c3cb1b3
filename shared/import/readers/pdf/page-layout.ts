import type { Box } from '../../../model/source';
import type { Grid } from './grid';
import type { TextPiece } from './words';
import { tableFromGrid, type PdfTable } from './table-from-grid';
import { groupLines } from './text-lines';

/** What a page shows, in reading order: visual lines of text and tables. */
export type PageItem =
  { kind: 'line'; text: string; box: Box; size: number } | { kind: 'table'; table: PdfTable };

interface Node {
  grid: Grid | null;
  box: Box;
  pieces: TextPiece[];
  children: Node[];
  table: boolean;
}

const INSIDE = 2;
/** Items whose tops are this close are side by side: they are read left to right. */
const SAME_TOP = 4;

function area(box: Box): number {
  return (box[2] - box[0]) * (box[3] - box[1]);
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner[0] >= outer[0] - INSIDE &&
    inner[1] >= outer[1] - INSIDE &&
    inner[2] <= outer[2] + INSIDE &&
    inner[3] <= outer[3] + INSIDE
  );
}

function centre(piece: TextPiece): Box {
  const x = (piece.x0 + piece.x1) / 2;
  const y = (piece.top + piece.bottom) / 2;
  return [x, y, x, y];
}

/** Each grid under the smallest grid around it; each piece in the smallest grid around its centre. */
function tree(pieces: readonly TextPiece[], grids: readonly Grid[], page: Box): Node {
  const root: Node = { grid: null, box: page, pieces: [], children: [], table: false };
  const nodes = [...grids]
    .sort((a, b) => area(a.box) - area(b.box))
    .map((grid): Node => ({
      grid,
      box: grid.box,
      pieces: [],
      children: [],
      table: grid.framed && grid.xs.length > 2 && grid.ys.length > 2,
    }));
  const parentOf = (box: Box, from: number) =>
    nodes.slice(from).find((node) => node.box !== box && contains(node.box, box)) ?? root;
  nodes.forEach((node, i) => parentOf(node.box, i + 1).children.push(node));
  for (const piece of pieces) parentOf(centre(piece), 0).pieces.push(piece);
  return root;
}

/** A small empty square drawn on the page: the `❑` before a heading, drawn as a path. */
const SQUARE = { min: 4, max: 24, aspect: 1.6 };

function drawnSquare(node: Node): TextPiece | null {
  if (node.pieces.length > 0 || node.children.some((child) => flatten(child).length > 0))
    return null;
  const [x0, y0, x1, y1] = node.box;
  const width = x1 - x0;
  const height = y1 - y0;
  const square =
    Math.min(width, height) >= SQUARE.min &&
    Math.max(width, height) <= SQUARE.max &&
    Math.max(width, height) / Math.min(width, height) <= SQUARE.aspect;
  if (!square) return null;
  return {
    text: '□',
    glyph: '□',
    symbol: true,
    x0,
    x1,
    top: y0,
    bottom: y1,
    baseline: y1,
    size: height,
  };
}

/** Everything inside a node, for a grid that turns out not to be a table or a box of its own. */
function flatten(node: Node): TextPiece[] {
  return [...node.pieces, ...node.children.flatMap(flatten)];
}

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

function layout(node: Node, bodySize: number): PageItem[] {
  const pieces = [...node.pieces];
  const entries: Entry[] = [];
  for (const child of node.children) {
    const square = drawnSquare(child);
    if (square) {
      pieces.push(square);
      continue;
    }
    if (child.table && child.grid) {
      const table = tableFromGrid(child.grid, flatten(child), bodySize);
      if (table.header.length + table.rows.length >= 2) {
        entries.push({
          top: child.box[1],
          x: child.box[0],
          emit: () => [{ kind: 'table', table }],
        });
        continue;
      }
    }
    // a box holding a single line (a banner, a number box beside a title) is read with its line
    const inner = flatten(child);
    if (child.children.length === 0 && groupLines(inner, bodySize).length <= 1) {
      pieces.push(...inner);
      continue;
    }
    entries.push({ top: child.box[1], x: child.box[0], emit: () => layout(child, bodySize) });
  }
  for (const line of groupLines(pieces, bodySize)) {
    const item: PageItem = { kind: 'line', text: line.text, box: line.box, size: line.size };
    entries.push({ top: line.box[1], x: line.box[0], emit: () => [item] });
  }
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
