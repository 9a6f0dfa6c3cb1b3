/**
 * How well a candidate structure explains a table: every parent/children grouping is compared with
 * the sum of its children in each column, and a grouping is only believed when the columns agree.
 */
import type { Figures, Parents } from './hierarchy-types';

/** A failing column within this share of the parent's figure still counts as near. */
const NEAR_SHARE = 0.1;

export interface StructureScore {
  /** grouping × column comparisons where the parent equals the sum of two or more children */
  holds: number;
  /** comparisons where it does not */
  fails: number;
  /** every grouping below the stated total is supported by its columns */
  convincing: boolean;
}

interface GroupingTally {
  holds: number;
  fails: number;
  allFailsNear: boolean;
}

export function childrenOf(parents: Parents): Map<number, number[]> {
  const children = new Map<number, number[]>();
  parents.forEach((parent, index) => {
    if (parent === undefined) return;
    const list = children.get(parent);
    if (list) list.push(index);
    else children.set(parent, [index]);
  });
  return children;
}

function tallyGrouping(
  rows: readonly Figures[],
  parent: number,
  children: readonly number[],
  tolerance: number,
): GroupingTally {
  const tally: GroupingTally = { holds: 0, fails: 0, allFailsNear: true };
  const stated = rows[parent] ?? [];
  stated.forEach((value, column) => {
    if (value === null || value === undefined) return;
    let sum = 0;
    let anyFigure = value !== 0;
    for (const child of children) {
      const figure = rows[child]?.[column] ?? 0;
      sum += figure ?? 0;
      if (figure) anyFigure = true;
    }
    // nothing but zeros and dashes: no evidence either way
    if (!anyFigure) return;
    const difference = Math.abs(value - sum);
    if (difference <= tolerance) {
      tally.holds++;
      return;
    }
    tally.fails++;
    if (difference > Math.abs(value) * NEAR_SHARE) tally.allFailsNear = false;
  });
  return tally;
}

/**
 * A grouping is believed when it holds in at least as many columns as it fails (one wrong figure in
 * a two-column table leaves a tie), or holds exactly in one and misses only narrowly in the others.
 * A coincidence believed this way still has to win on cells explained across the whole table, which
 * a flat table does better whenever it is really flat. The stated total (`rootIndex`) needs no
 * belief: the document says it is a total.
 */
export function scoreStructure(
  rows: readonly Figures[],
  parents: Parents,
  tolerance: number,
  rootIndex: number | undefined,
): StructureScore {
  const score: StructureScore = { holds: 0, fails: 0, convincing: true };
  for (const [parent, children] of childrenOf(parents)) {
    const tally = tallyGrouping(rows, parent, children, tolerance);
    // a row over a single identical row proves nothing: any repeated row would do the same
    if (children.length > 1) score.holds += tally.holds;
    score.fails += tally.fails;
    const believed = tally.holds >= 1 && (tally.holds >= tally.fails || tally.allFailsNear);
    if (parent !== rootIndex && !believed) score.convincing = false;
  }
  return score;
}
