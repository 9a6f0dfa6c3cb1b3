import type { Box } from '../../../model/source';
import type { Ruling } from './page-rulings';

/** One cell of a ruled grid: where it starts, how many bands it covers, and its box. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

/** Lines that meet, read as a grid: column and row boundaries and the (merged) cells between them. */
export interface Grid {
  box: Box;
  /** column boundaries, left to right */
  xs: number[];
  /** row boundaries, top to bottom */
  ys: number[];
  cells: GridCell[];
  /** whether lines run along the whole top and bottom: a table's frame, not an organisation chart */
  framed: boolean;
}

/** Lines closer than this are one line (double borders, a border drawn by both of its cells). */
const SAME_LINE = 2;
/** Dashed and dotted borders arrive as short pieces with gaps up to this. */
const DASH_GAP = 3.5;
/** Lines meet when one ends within this of the other. */
const TOUCH = 2.5;
/** A border must cover this share of a cell's side to separate it from its neighbour. */
const COVERS = 0.6;
const MIN_LENGTH = 4;
/** A table's top and bottom lines run (nearly) its whole width. */
const FRAME = 0.85;

/** A dot of a dotted border: a piece shorter than this. */
const DOT = 1.5;

/**
 * Merges collinear pieces: dashes into one line, duplicated borders into one. A dotted line (a row
 * separator inside a cell) and a solid one nearby are kept apart: a table drawn inside the cell may
 * end a point above the dotted line, and merged they would tie the inner table to the outer one.
 */
export function mergeRulings(rulings: readonly Ruling[]): Ruling[] {
  const dots = rulings.filter((r) => r.to - r.from < DOT);
  if (dots.length === 0 || dots.length === rulings.length) return mergeCollinear(rulings);
  const solid = rulings.filter((r) => r.to - r.from >= DOT);
  return [...mergeCollinear(solid), ...mergeCollinear(dots)];
}

function mergeCollinear(rulings: readonly Ruling[]): Ruling[] {
  const sorted = [...rulings].sort(
    (a, b) => Number(a.horizontal) - Number(b.horizontal) || a.at - b.at || a.from - b.from,
  );
  const merged: Ruling[] = [];
  let group: Ruling[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const at = group.reduce((sum, r) => sum + r.at, 0) / group.length;
    const spans = group.map((r) => [r.from, r.to] as const).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0]!;
    for (const [start, end] of spans.slice(1)) {
      if (start <= to + DASH_GAP) to = Math.max(to, end);
      else {
        merged.push({ horizontal: group[0]!.horizontal, at, from, to });
        [from, to] = [start, end];
      }
    }
    merged.push({ horizontal: group[0]!.horizontal, at, from, to });
    group = [];
  };
  for (const ruling of sorted) {
    const first = group[0];
    if (first && (first.horizontal !== ruling.horizontal || ruling.at - first.at > SAME_LINE))
      flush();
    group.push(ruling);
  }
  flush();
  return merged.filter((r) => r.to - r.from >= MIN_LENGTH);
}

function touches(h: Ruling, v: Ruling): boolean {
  return (
    v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH
  );
}

/** Lines ending within this of their nearest crossing line still end on that line. */
const NEAREST_SLACK = 0.5;

/** How far `line`'s nearer end is from `other` when it ends on it; undefined when it crosses it. */
function endGap(line: Ruling, other: Ruling): number | undefined {
  const gap = Math.min(Math.abs(other.at - line.from), Math.abs(other.at - line.to));
  return gap <= TOUCH ? gap : undefined;
}

/**
 * A line's end joins the line it ends on, the nearest one: the side of a table drawn inside a cell
 * ends on that table's own bottom border, not on the cell's border a point below it.
 */
function joins(h: Ruling, v: Ruling, nearestEnd: Map<Ruling, number[]>): boolean {
  if (!touches(h, v)) return false;
  const ok = (line: Ruling, other: Ruling) => {
    const gap = endGap(line, other);
    if (gap === undefined) return true;
    const nearest = nearestEnd.get(line)!;
    const end = Math.abs(other.at - line.from) <= Math.abs(other.at - line.to) ? 0 : 1;
    return gap <= nearest[end]! + NEAREST_SLACK;
  };
  return ok(v, h) && ok(h, v);
}

/** For each line, the gap from each of its ends to the nearest line it touches there. */
function nearestEnds(
  horizontal: readonly Ruling[],
  vertical: readonly Ruling[],
): Map<Ruling, number[]> {
  const nearest = new Map<Ruling, number[]>();
  for (const line of [...horizontal, ...vertical]) nearest.set(line, [Infinity, Infinity]);
  const note = (line: Ruling, other: Ruling) => {
    const gaps = nearest.get(line)!;
    const from = Math.abs(other.at - line.from);
    const to = Math.abs(other.at - line.to);
    if (from <= TOUCH && from <= to) gaps[0] = Math.min(gaps[0]!, from);
    else if (to <= TOUCH) gaps[1] = Math.min(gaps[1]!, to);
  };
  for (const h of horizontal)
    for (const v of vertical)
      if (touches(h, v)) {
        note(h, v);
        note(v, h);
      }
  return nearest;
}

/** Groups of lines that meet (union–find): each is one table or box. */
function connected(lines: readonly Ruling[]): Ruling[][] {
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const horizontal = lines.map((line, i) => [line, i] as const).filter(([l]) => l.horizontal);
  const vertical = lines.map((line, i) => [line, i] as const).filter(([l]) => !l.horizontal);
  const nearest = nearestEnds(
    horizontal.map(([line]) => line),
    vertical.map(([line]) => line),
  );
  for (const [h, i] of horizontal)
    for (const [v, j] of vertical) if (joins(h, v, nearest)) parent[find(i)] = find(j);
  const groups = new Map<number, Ruling[]>();
  lines.forEach((line, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(line);
    groups.set(root, group);
  });
  return [...groups.values()];
}

function cluster(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const result: number[] = [];
  let group: number[] = [];
  for (const value of sorted) {
    if (group.length > 0 && value - group[group.length - 1]! > SAME_LINE) {
      result.push(group.reduce((s, v) => s + v, 0) / group.length);
      group = [];
    }
    group.push(value);
  }
  if (group.length > 0) result.push(group.reduce((s, v) => s + v, 0) / group.length);
  return result;
}

function covered(
  lines: readonly Ruling[],
  at: number,
  from: number,
  to: number,
  share = COVERS,
): boolean {
  let length = 0;
  for (const line of lines) {
    if (Math.abs(line.at - at) > SAME_LINE) continue;
    length += Math.max(0, Math.min(line.to, to) - Math.max(line.from, from));
  }
  return length >= share * (to - from);
}

function gridOf(lines: readonly Ruling[]): Grid | null {
  const horizontal = lines.filter((l) => l.horizontal);
  const vertical = lines.filter((l) => !l.horizontal);
  if (horizontal.length === 0 || vertical.length === 0) return null;
  // tables often leave their sides open: the outer columns end where the horizontal lines end
  const xs = cluster([
    ...vertical.map((l) => l.at),
    Math.min(...horizontal.map((l) => l.from)),
    Math.max(...horizontal.map((l) => l.to)),
  ]);
  const ys = cluster([
    ...horizontal.map((l) => l.at),
    Math.min(...vertical.map((l) => l.from)),
    Math.max(...vertical.map((l) => l.to)),
  ]);
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const owner: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const border = {
    right: (r: number, c: number) => covered(vertical, xs[c + 1]!, ys[r]!, ys[r + 1]!),
    below: (r: number, c: number) => covered(horizontal, ys[r + 1]!, xs[c]!, xs[c + 1]!),
  };
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r]![c] !== -1) continue;
      let colSpan = 1;
      while (
        c + colSpan < cols &&
        owner[r]![c + colSpan] === -1 &&
        !border.right(r, c + colSpan - 1)
      )
        colSpan++;
      let rowSpan = 1;
      const open = (rr: number) =>
        Array.from({ length: colSpan }, (_, k) => c + k).every(
          (cc) => owner[rr + 1]?.[cc] === -1 && !border.below(rr, cc),
        );
      while (r + rowSpan < rows && open(r + rowSpan - 1)) rowSpan++;
      for (let rr = r; rr < r + rowSpan; rr++)
        for (let cc = c; cc < c + colSpan; cc++) owner[rr]![cc] = cells.length;
      cells.push({
        row: r,
        col: c,
        rowSpan,
        colSpan,
        box: [xs[c]!, ys[r]!, xs[c + colSpan]!, ys[r + rowSpan]!],
      });
    }
  }
  const framed =
    covered(horizontal, ys[0]!, xs[0]!, xs[cols]!, FRAME) &&
    covered(horizontal, ys[rows]!, xs[0]!, xs[cols]!, FRAME);
  return { box: [xs[0]!, ys[0]!, xs[cols]!, ys[rows]!], xs, ys, cells, framed };
}

/** The page's lines → grids (tables and boxes), each from a group of lines that meet. */
export function findGrids(rulings: readonly Ruling[]): Grid[] {
  const lines = mergeRulings(rulings);
  return connected(lines)
    .map(gridOf)
    .filter((grid): grid is Grid => grid !== null);
}
