/**
 * Infers which rows of a table add up into which, when the document shows no indentation:
 * a row equal (in every additive column) to the sum of the rows that follow it is their parent,
 * recursively (세외수입 = 경상적세외수입 + 임시적세외수입, each of them a parent again).
 */

/** A row's additive figures; null where the row has no figure in that column. */
export type Figures = readonly (number | null)[];

const MAX_ROWS = 80;
const MAX_STEPS = 20_000;

interface Search {
  rows: readonly Figures[];
  tolerance: number;
  steps: number;
  parent: (number | undefined)[];
}

function matches(target: Figures, sum: readonly number[], tolerance: number): boolean {
  let compared = 0;
  for (let c = 0; c < target.length; c++) {
    const value = target[c];
    if (value === null || value === undefined) continue;
    if (Math.abs(value - (sum[c] ?? 0)) > tolerance) return false;
    compared++;
  }
  return compared > 0;
}

function add(sum: number[], figures: Figures): void {
  for (let c = 0; c < figures.length; c++) sum[c] = (sum[c] ?? 0) + (figures[c] ?? 0);
}

function nonZero(figures: Figures): boolean {
  return figures.some((value) => value !== null && value !== 0);
}

/**
 * Consumes siblings from `start` until their sum equals `target` (or, without a target, to `end`).
 * Each sibling is tried first as a parent of the rows after it, then as a leaf.
 * Returns the index after the last consumed row, or -1.
 */
function siblings(
  search: Search,
  start: number,
  end: number,
  target: Figures | null,
  parentIndex: number | undefined,
): number {
  const sum: number[] = [];
  let position = start;
  const assigned: number[] = [];
  while (position < end) {
    if (++search.steps > MAX_STEPS) break;
    const row = search.rows[position]!;
    let next = -1;
    if (nonZero(row) && position + 1 < end) {
      next = siblings(search, position + 1, end, row, position);
    }
    if (next === -1) {
      for (let k = position + 1; k < end; k++) search.parent[k] = undefined;
      next = position + 1;
    }
    search.parent[position] = parentIndex;
    assigned.push(position);
    add(sum, row);
    position = next;
    if (target && matches(target, sum, search.tolerance)) return position;
  }
  if (target === null) return position;
  for (const index of assigned) search.parent[index] = undefined;
  return -1;
}

/**
 * Parent of each row (index into `rows`), or undefined for a top-level row. `totalIndex` is a stated
 * total row (계) that every top-level row adds up into; rows before it are not part of the search.
 */
export function inferHierarchy(
  rows: readonly Figures[],
  options: { totalIndex?: number; tolerance?: number } = {},
): (number | undefined)[] {
  const parent: (number | undefined)[] = rows.map(() => undefined);
  if (rows.length > MAX_ROWS) return parent;
  const search: Search = { rows, tolerance: options.tolerance ?? 0, steps: 0, parent };
  const { totalIndex } = options;
  // a stated total at the top covers the rows after it; one at the bottom, the rows before it
  const atBottom = totalIndex !== undefined && totalIndex === rows.length - 1 && totalIndex > 0;
  const first = totalIndex === undefined || atBottom ? 0 : totalIndex + 1;
  const last = atBottom ? totalIndex : rows.length;
  if (totalIndex !== undefined) {
    const end = siblings(search, first, last, rows[totalIndex]!, totalIndex);
    if (end === last) return parent;
    parent.fill(undefined);
    search.steps = 0;
  }
  siblings(search, first, last, null, totalIndex);
  return parent;
}
