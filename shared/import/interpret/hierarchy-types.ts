/** A row's additive figures; null where the row has no figure in that column. */
export type Figures = readonly (number | null)[];

/** Parent of each row (index into the rows), undefined for a top-level row. */
export type Parents = (number | undefined)[];

/** The rows a hierarchy search covers: [first, last), under the stated total row if any. */
export interface HierarchySpan {
  totalIndex: number | undefined;
  first: number;
  last: number;
}
