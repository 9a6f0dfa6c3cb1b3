/**
 * The exact search behind hierarchy inference: a row equal (in every compared column) to the sum of
 * the rows that follow it is their parent, recursively (세외수입 = 경상적세외수입 + 임시적세외수입,
 * each of them a parent again). Depth-first, first match wins, bounded in steps.
 */
import type { Figures, HierarchySpan, Parents } from './hierarchy-types';

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
 * The first structure in which the stated total and every grouping under it hold in every column
 * that has figures; failing that, the groupings found among the rows alone (the total may then not
 * hold). Columns are left out of the comparison by nulling them in `rows`.
 */
export function exactHierarchy(
  rows: readonly Figures[],
  span: HierarchySpan,
  tolerance: number,
): Parents {
  const parent: Parents = rows.map(() => undefined);
  const search: Search = { rows, tolerance, steps: 0, parent };
  const { totalIndex, first, last } = span;
  if (totalIndex !== undefined) {
    const end = siblings(search, first, last, rows[totalIndex]!, totalIndex);
    if (end === last) return parent;
    parent.fill(undefined);
    search.steps = 0;
  }
  siblings(search, first, last, null, totalIndex);
  return parent;
}
