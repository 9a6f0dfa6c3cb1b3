import { useDeferredValue, useMemo } from 'react';
import type { StoredLine } from '@data/stored';
import {
  buildHierarchy,
  compareOptional,
  flattenVisible,
  groupIdsToDepth,
  sortTree,
  type Hierarchy,
  type TreeNode,
} from '@shared/hierarchy';
import type { FlagRule } from '@shared/flags';
import { columnById, defaultColumns } from '../grid/column-catalog';
import { useReviewData } from '@state/review-data';
import { useReviewView } from '@state/review';
import { annotateLines } from './annotations';
import {
  filterLines,
  findingCounts,
  toGridRow,
  totalRows,
  type GridRow,
  type RowContext,
} from './rows';

export interface ReviewModel {
  hierarchy: Hierarchy<StoredLine>;
  rows: GridRow[];
  /** pinned totals, one per document and fiscal year */
  totals: GridRow[];
  /** default expansion (groups open down to departments) when the user has not chosen one */
  expanded: ReadonlySet<string>;
  defaultVisible: ReadonlySet<string>;
  filteredLines: StoredLine[];
  rowOf(node: TreeNode<StoredLine>): GridRow;
}

/** Everything the review page shows, derived from the stored data and the view state. */
export function useReviewModel(rules: readonly FlagRule[]): ReviewModel {
  const { lines, findings, notes, documents } = useReviewData();
  const { filters: typed, sort, expanded: chosen } = useReviewView();
  // typing in the search box stays responsive: the grid catches up with the latest filters
  const filters = useDeferredValue(typed);
  const annotations = useMemo(
    () => annotateLines(lines, findings, notes, documents, rules),
    [lines, findings, notes, documents, rules],
  );
  const titles = useMemo(
    () => new Map(documents.map((doc) => [doc.id, doc.meta.title || doc.fileName])),
    [documents],
  );
  const filteredLines = useMemo(
    () => filterLines(lines, annotations, filters),
    [lines, annotations, filters],
  );
  const hierarchy = useMemo(
    () => buildHierarchy(filteredLines, { documentLabel: (id) => titles.get(id) ?? `문서 ${id}` }),
    [filteredLines, titles],
  );
  const expanded = useMemo(
    () => chosen ?? groupIdsToDepth(hierarchy.roots, hierarchy.levels.length - 1),
    [chosen, hierarchy],
  );
  // what rows need besides the expansion: sorting uses it alone, so expanding never re-sorts
  const baseContext: RowContext = useMemo(
    () => ({
      expanded: new Set<string>(),
      annotations,
      findingsBelow: findingCounts(hierarchy, annotations),
      documentTitle: (id) => titles.get(id) ?? `문서 ${id}`,
    }),
    [annotations, hierarchy, titles],
  );
  const context: RowContext = useMemo(
    () => ({ ...baseContext, expanded }),
    [baseContext, expanded],
  );
  const sortedVersion = useMemo(() => {
    const column = sort ? columnById(sort.columnId) : undefined;
    if (!sort || !column) {
      sortTree(hierarchy.roots);
      return `${hierarchy.lineCount}`;
    }
    const cache = new Map<string, number | string | undefined>();
    const valueOf = (node: TreeNode<StoredLine>) => {
      if (!cache.has(node.id)) cache.set(node.id, column.value(toGridRow(node, baseContext)));
      return cache.get(node.id);
    };
    sortTree(hierarchy.roots, (a, b) => compareOptional(valueOf(a), valueOf(b), sort.direction));
    return `${sort.columnId}:${sort.direction}`;
  }, [hierarchy, sort, baseContext]);
  const rows = useMemo(() => {
    void sortedVersion;
    return flattenVisible(hierarchy.roots, expanded).map((node) => toGridRow(node, context));
  }, [hierarchy, expanded, context, sortedVersion]);
  const totals = useMemo(() => totalRows(hierarchy), [hierarchy]);
  const defaultVisible = useMemo(() => {
    const all = flattenVisible(hierarchy.roots, new Set(hierarchy.byId.keys()));
    return defaultColumns(all.map((node) => toGridRow(node, baseContext)));
    // only the data decides which columns exist, not the expansion
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lines]);
  return {
    hierarchy,
    rows,
    totals,
    expanded,
    defaultVisible,
    filteredLines,
    rowOf: (node) => toGridRow(node, context),
  };
}
