import type { Box } from '../../../model/source';
import type { Grid } from './grid';
import type { TextPiece } from './words';

/** A grid (table or box) on the page, the grids inside it and the pieces it holds itself. */
export interface Node {
  grid: Grid | null;
  box: Box;
  pieces: TextPiece[];
  children: Node[];
  table: boolean;
}

const INSIDE = 2;

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
export function tree(pieces: readonly TextPiece[], grids: readonly Grid[], page: Box): Node {
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

export function drawnSquare(node: Node): TextPiece | null {
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
export function flatten(node: Node): TextPiece[] {
  return [...node.pieces, ...node.children.flatMap(flatten)];
}
