import type { StoredFinding, StoredLine } from '@data/stored';
import type { FlagHit } from '@shared/flags';
import type { Figures, Hierarchy, NodeKind, TreeNode } from '@shared/hierarchy';
import {
  allNodes,
  cachedSearchText,
  normalizeSearch,
  filterLinesWithFamily,
} from '@shared/hierarchy';
import { emptyMeaning, scopeKey } from '@shared/figures';
import { meaningVariance, type LineVariance } from '@shared/variance';
import type { ReviewFilters } from '@state/review';
import { scopedKey, type LineAnnotation } from './annotations';

/** One row of the grid: a tree node with what the cells show. */
export interface GridRow {
  id: string;
  kind: NodeKind | 'total';
  depth: number;
  label: string;
  /** a group's raw value: its category, fiscal year or document id */
  value?: string | number;
  expandable: boolean;
  expanded: boolean;
  line?: StoredLine;
  figures: Figures;
  /** sum of the children, when the row has children (a parent line may state otherwise) */
  childSum?: Figures;
  variance: LineVariance;
  findings: StoredFinding[];
  flags: FlagHit[];
  noteCount: number;
  /** lines below a collapsed row that have findings */
  findingsBelow: number;
  documentTitle?: string;
  /** a pinned total's label when there are several ('2025년 합계'): one per document and year */
  totalLabel?: { ko: string; en: string };
}

export function matchesFlag(annotation: LineAnnotation | undefined, flag: ReviewFilters['flag']) {
  if (flag === 'all') return true;
  if (!annotation) return false;
  const findings = annotation.findings.some((f) => f.severity !== 'info');
  if (flag === 'findings') return findings;
  if (flag === 'rules') return annotation.flags.length > 0;
  if (flag === 'notes') return annotation.noteCount > 0;
  return findings || annotation.flags.length > 0;
}

/** Lines that pass the filters; search and flag keep a match's parent and sub-lines too. */
export function filterLines(
  lines: readonly StoredLine[],
  annotations: ReadonlyMap<string, LineAnnotation>,
  filters: ReviewFilters,
): StoredLine[] {
  const scoped = lines.filter(
    (line) =>
      (filters.documentId === undefined || line.documentId === filters.documentId) &&
      (filters.fiscalYear === undefined || line.fiscalYear === filters.fiscalYear) &&
      (filters.department === undefined || line.department === filters.department),
  );
  const query = normalizeSearch(filters.search);
  if (!query && filters.flag === 'all') return scoped;
  return filterLinesWithFamily(
    scoped,
    (line) =>
      (!query || cachedSearchText(line).includes(query)) &&
      matchesFlag(annotations.get(scopedKey(line.documentId, line.key)), filters.flag),
  );
}

/** How many lines with findings sit under each node (itself included). */
export function findingCounts(
  hierarchy: Hierarchy<StoredLine>,
  annotations: ReadonlyMap<string, LineAnnotation>,
): Map<string, number> {
  const ordered = allNodes(hierarchy.roots);
  const counts = new Map<string, number>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const node = ordered[i] as TreeNode<StoredLine>;
    const own = node.line
      ? (annotations.get(scopedKey(node.line.documentId, node.line.key))?.findings.length ?? 0)
      : 0;
    let sum = own > 0 ? 1 : 0;
    for (const child of node.children) sum += counts.get(child.id) ?? 0;
    counts.set(node.id, sum);
  }
  return counts;
}

export interface RowContext {
  expanded: ReadonlySet<string>;
  annotations: ReadonlyMap<string, LineAnnotation>;
  findingsBelow: ReadonlyMap<string, number>;
  documentTitle: (id: number) => string;
}

export function toGridRow(node: TreeNode<StoredLine>, context: RowContext): GridRow {
  const line = node.line;
  const annotation = line
    ? context.annotations.get(scopedKey(line.documentId, line.key))
    : undefined;
  // a group's rates pair the figures of the lines that state both (shared/figures)
  const variance = annotation?.variance ?? meaningVariance(node.meaning);
  // rules flag lines, not groups: a department total below a threshold is its lines' story
  const flags = annotation?.flags ?? [];
  return {
    id: node.id,
    kind: node.kind,
    depth: node.depth,
    label: node.label,
    value: node.value,
    expandable: node.children.length > 0,
    expanded: context.expanded.has(node.id),
    line,
    figures: node.figures,
    childSum: node.computed,
    variance,
    findings: annotation?.findings ?? [],
    flags,
    noteCount: annotation?.noteCount ?? 0,
    findingsBelow: context.findingsBelow.get(node.id) ?? 0,
    documentTitle: line ? context.documentTitle(line.documentId) : undefined,
  };
}

/**
 * The pinned totals: one per document and fiscal year (expenditure when revenue is loaded too),
 * never one sum over years or documents; each labelled with its year (and document when several).
 */
export function totalRows(hierarchy: Hierarchy<StoredLine>): GridRow[] {
  const covered = hierarchy.totals.filter((total) => total.covered);
  const base = {
    kind: 'total' as const,
    depth: 0,
    expandable: false,
    expanded: false,
    findings: [],
    flags: [],
    noteCount: 0,
    findingsBelow: 0,
  };
  if (covered.length === 0)
    return [
      {
        ...base,
        id: 'total',
        label: '합계',
        figures: {},
        variance: meaningVariance(emptyMeaning()),
      },
    ];
  return covered.map((total) => ({
    ...base,
    id: `total:${scopeKey(total.scope)}`,
    label: total.label.ko,
    totalLabel: covered.length > 1 ? total.label : undefined,
    figures: total.figures,
    variance: meaningVariance(total.meaning),
  }));
}
