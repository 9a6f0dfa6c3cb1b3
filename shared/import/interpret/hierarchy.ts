/**
 * Infers which rows of a table add up into which, when the document shows no indentation
 * (계 = 세외수입 + 국고보조금; 세외수입 = 경상적세외수입 + 임시적세외수입; …).
 *
 * One wrong figure must not change the structure (finding that wrong figure is what the audit is
 * for), so the structure is decided from all money columns together: candidates come from exact
 * searches over all columns and over all columns but one; each candidate is scored
 * on every column (cells explained minus cells contradicted) and must be convincing (every grouping
 * supported by most of its columns). A flat table (every row under the total) is the fallback and
 * wins ties: a deep structure is never invented from a coincidence.
 */
import { exactHierarchy } from './hierarchy-search';
import { scoreStructure } from './hierarchy-score';
import type { Figures, HierarchySpan, Parents } from './hierarchy-types';

export type { Figures, Parents } from './hierarchy-types';

/** beyond this a table is left flat (the search stays bounded in steps either way) */
const MAX_ROWS = 400;

function spanOf(rows: readonly Figures[], totalIndex: number | undefined): HierarchySpan {
  // a stated total at the top covers the rows after it; one at the bottom, the rows before it
  const atBottom = totalIndex !== undefined && totalIndex === rows.length - 1 && totalIndex > 0;
  const first = totalIndex === undefined || atBottom ? 0 : totalIndex + 1;
  const last = atBottom ? totalIndex : rows.length;
  return { totalIndex, first, last };
}

function flat(rows: readonly Figures[], span: HierarchySpan): Parents {
  return rows.map((_, index) =>
    index >= span.first && index < span.last ? span.totalIndex : undefined,
  );
}

/** The figures with only the columns `keep` accepts; the others read as no figure. */
function onlyColumns(rows: readonly Figures[], keep: (column: number) => boolean): Figures[] {
  return rows.map((row) => row.map((value, column) => (keep(column) ? value : null)));
}

/** Columns with at least one figure in the searched rows. */
function usedColumns(rows: readonly Figures[], span: HierarchySpan): number[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const used: number[] = [];
  for (let column = 0; column < width; column++) {
    const rowIndexes = [...rows.keys()].filter(
      (index) => (index >= span.first && index < span.last) || index === span.totalIndex,
    );
    if (rowIndexes.some((index) => (rows[index]?.[column] ?? null) !== null)) used.push(column);
  }
  return used;
}

/**
 * Parent of each row (index into `rows`), or undefined for a top-level row. `totalIndex` is a stated
 * total row (계) that every top-level row adds up into; rows before it are not part of the search.
 */
export function inferHierarchy(
  rows: readonly Figures[],
  options: { totalIndex?: number; tolerance?: number } = {},
): Parents {
  if (rows.length > MAX_ROWS) return rows.map(() => undefined);
  const tolerance = options.tolerance ?? 0;
  const span = spanOf(rows, options.totalIndex);
  const flatReading = flat(rows, span);
  // a total equal to the sum of all rows in every column: the table is flat, however its rows relate
  const flatScore = scoreStructure(rows, flatReading, tolerance, span.totalIndex);
  if (flatScore.fails === 0 && flatScore.holds > 0) return flatReading;
  const exact = exactHierarchy(rows, span, tolerance);
  const exactScore = scoreStructure(rows, exact, tolerance, span.totalIndex);
  if (exactScore.fails === 0 && exactScore.convincing) return exact;

  const columns = usedColumns(rows, span);
  const candidates: Parents[] = [flatReading];
  if (columns.length > 1) {
    for (const left of columns) {
      const without = onlyColumns(rows, (column) => column !== left);
      candidates.push(exactHierarchy(without, span, tolerance));
    }
  }
  candidates.push(exact);

  let best = candidates[0]!;
  let bestMerit = -Infinity;
  for (const candidate of candidates) {
    const score = scoreStructure(rows, candidate, tolerance, span.totalIndex);
    const merit = score.holds - score.fails;
    if (!score.convincing || merit <= bestMerit) continue;
    best = candidate;
    bestMerit = merit;
  }
  return best;
}
