/**
 * The exact search behind hierarchy inference: a row equal (in every compared column) to the sum of
 * the rows that follow it is their parent, recursively (세외수입 = 경상적세외수입 + 임시적세외수입,
 * each of them a parent again). Depth-first with backtracking over every row's choice (parent of
 * the rows after it, for each way its sum can close, or a leaf), bounded in steps.
 */
import type { Figures, HierarchySpan, Parents } from './hierarchy-types';

/** steps per search: consistent tables need about one per row; failing ones are cut off here */
const MIN_STEPS = 4_000;
const STEPS_PER_ROW = 40;

interface Search {
  rows: readonly Figures[];
  tolerance: number;
  steps: number;
  maxSteps: number;
  parent: Parents;
  /** per row, per column: whether no row from there on has a negative figure in that column */
  noNegativeFrom: boolean[][];
}

function noNegatives(rows: readonly Figures[]): boolean[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const from: boolean[][] = rows.map(() => []);
  from.push(Array.from({ length: width }, () => true));
  for (let index = rows.length - 1; index >= 0; index--) {
    for (let c = 0; c < width; c++) {
      from[index]![c] = from[index + 1]![c]! && (rows[index]![c] ?? 0) >= 0;
    }
  }
  return from;
}

/** The sum is already past a non-negative target in a column where no negative figure follows. */
function overshot(search: Search, target: Figures, sum: readonly number[], next: number): boolean {
  const positive = search.noNegativeFrom[next];
  for (let c = 0; c < target.length; c++) {
    const value = target[c];
    if (value === null || value === undefined || value < 0 || !positive?.[c]) continue;
    if ((sum[c] ?? 0) > value + search.tolerance) return true;
  }
  return false;
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

function plus(sum: readonly number[], figures: Figures): number[] {
  const next = [...sum];
  for (let c = 0; c < figures.length; c++) next[c] = (next[c] ?? 0) + (figures[c] ?? 0);
  return next;
}

function nonZero(figures: Figures): boolean {
  return figures.some((value) => value !== null && value !== 0);
}

function exhausted(search: Search): boolean {
  return search.steps > search.maxSteps;
}

/**
 * Ends of the ways `root` can be the parent of the rows after it (its subtree is [root, end)).
 * At each yield the parents inside that subtree are assigned; resuming tries the next way.
 */
function* subtrees(search: Search, root: number, limit: number): Generator<number> {
  const row = search.rows[root]!;
  if (!nonZero(row) || root + 1 >= limit) return;
  yield* siblings(search, root + 1, limit, row, root, []);
}

/**
 * Ends of the runs of siblings from `position` (under `parentIndex`) that, added to `sum`, first
 * reach `target`. Each sibling is tried as a parent of the rows after it, then as a leaf.
 */
function* siblings(
  search: Search,
  position: number,
  limit: number,
  target: Figures,
  parentIndex: number | undefined,
  sum: readonly number[],
): Generator<number> {
  if (position >= limit || ++search.steps > search.maxSteps) return;
  const row = search.rows[position]!;
  const next = plus(sum, row);
  const reached = matches(target, next, search.tolerance);
  if (!reached && overshot(search, target, next, position + 1)) return;
  for (const end of subtrees(search, position, limit)) {
    search.parent[position] = parentIndex;
    if (reached) yield end;
    else yield* siblings(search, end, limit, target, parentIndex, next);
    if (exhausted(search)) return;
  }
  search.parent[position] = parentIndex;
  if (reached) yield position + 1;
  else yield* siblings(search, position + 1, limit, target, parentIndex, next);
}

/** Without a total to reach: each row, in turn, is the parent of the first run that sums to it. */
function greedy(search: Search, first: number, last: number, parentIndex: number | undefined) {
  let position = first;
  while (position < last) {
    search.parent[position] = parentIndex;
    const subtree = exhausted(search) ? undefined : subtrees(search, position, last).next();
    position = subtree && !subtree.done ? subtree.value : position + 1;
  }
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
  const search: Search = {
    rows,
    tolerance,
    steps: 0,
    maxSteps: Math.max(MIN_STEPS, rows.length * STEPS_PER_ROW),
    parent,
    noNegativeFrom: noNegatives(rows),
  };
  const { totalIndex, first, last } = span;
  if (totalIndex !== undefined) {
    for (const end of siblings(search, first, last, rows[totalIndex]!, totalIndex, [])) {
      if (end === last) return parent;
    }
    parent.fill(undefined);
    search.steps = 0;
  }
  greedy(search, first, last, totalIndex);
  return parent;
}
