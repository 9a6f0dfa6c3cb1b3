import { resolveParents } from '../figures/parents';
import { meaningOfLine } from '../figures/sum';
import { adoptTotalLines } from './adopt';
import { EMPTY, EMPTY_MEANING, aggregate } from './aggregate';
import { figuresOf } from './figures';
import { scopeTotals } from './scope-totals';
import type { Hierarchy, HierarchyLine, NodeKind, TreeNode } from './tree';

type GroupKind = Exclude<NodeKind, 'line'>;

export interface BuildOptions {
  /** a document's display name for the document level (shown when lines come from several) */
  documentLabel?: (documentId: number) => string;
}

const CATEGORY_LABEL: Record<string, string> = {
  expenditure: '세출',
  revenue: '세입',
  summary: '회계별 총괄',
};

function groupValue(kind: GroupKind, line: HierarchyLine): string | number | undefined {
  switch (kind) {
    case 'category':
      return line.category ?? 'expenditure';
    case 'document':
      return line.documentId;
    case 'fiscalYear':
      return line.fiscalYear;
    case 'bureau':
      return line.bureau || undefined;
    case 'department':
      return line.department || undefined;
  }
}

function groupLabel(kind: GroupKind, value: string | number, options: BuildOptions): string {
  if (kind === 'category') return CATEGORY_LABEL[String(value)] ?? String(value);
  if (kind === 'fiscalYear') return `${value}년`;
  if (kind === 'document') return options.documentLabel?.(Number(value)) ?? `문서 ${value}`;
  return String(value);
}

/** Levels worth showing: a level whose value never varies (one document, one year) is left out. */
function chooseLevels(lines: readonly HierarchyLine[]): GroupKind[] {
  const seen = new Map<GroupKind, Set<unknown>>();
  const kinds: GroupKind[] = ['category', 'document', 'fiscalYear', 'bureau', 'department'];
  for (const kind of kinds) seen.set(kind, new Set());
  for (const line of lines) for (const kind of kinds) seen.get(kind)?.add(groupValue(kind, line));
  return kinds.filter((kind) => {
    const values = seen.get(kind) ?? new Set();
    if (kind === 'bureau' || kind === 'department') return [...values].some((v) => v !== undefined);
    return values.size > 1;
  });
}

function documentScope(line: HierarchyLine): string {
  return line.documentId === undefined ? '' : `${line.documentId}`;
}

/** Every node gets every property up front, in one order: one object shape for the whole tree. */
function newNode<L extends HierarchyLine>(
  id: string,
  kind: NodeKind,
  label: string,
  value: string | number | undefined,
  line: L | undefined,
  order: number,
): TreeNode<L> {
  return {
    id,
    kind,
    label,
    value,
    depth: 0,
    parentId: undefined,
    children: [],
    line,
    stated: EMPTY,
    computed: undefined,
    figures: EMPTY,
    statedMeaning: EMPTY_MEANING,
    meaning: EMPTY_MEANING,
    scope: undefined,
    lineCount: 0,
    order,
  };
}

const CATEGORY_ORDER = ['expenditure', 'revenue', 'summary'];

/**
 * Builds bureau › department › project › sub-project rows from budget lines in O(n): groups by the
 * levels the lines vary in, links sub-lines to their parent line by parentKey, and sums figures
 * upward. A group's figures are exactly the sum of its children's — unless its children belong to
 * different documents, years or categories, which are never added: such a group has no figures and
 * `totals` holds one total per document, year and category. A parent line keeps its stated figures
 * (with `computed` beside them, for the audit to compare).
 */
export function buildHierarchy<L extends HierarchyLine>(
  lines: readonly L[],
  options: BuildOptions = {},
): Hierarchy<L> {
  const levels = chooseLevels(lines);
  const byId = new Map<string, TreeNode<L>>();
  const roots: TreeNode<L>[] = [];
  const lineNodes = lines.map((line, index) => {
    const base = `L:${documentScope(line)}:${line.key}`;
    const id = byId.has(base) ? `${base}#${index}` : base;
    const node = newNode<L>(id, 'line', line.project, undefined, line, index);
    node.stated = figuresOf(line);
    node.statedMeaning = meaningOfLine(line);
    byId.set(id, node);
    return node;
  });
  const parentOf = resolveParents(lines);
  let order = lines.length;
  interface GroupEntry {
    node: TreeNode<L>;
    groups: Map<GroupKind, Map<string | number, GroupEntry>>;
  }
  const rootGroups: GroupEntry['groups'] = new Map();
  lines.forEach((line, index) => {
    const node = lineNodes[index] as TreeNode<L>;
    const parentIndex = parentOf[index];
    if (parentIndex !== undefined) {
      const parent = lineNodes[parentIndex] as TreeNode<L>;
      node.parentId = parent.id;
      parent.children.push(node);
      return;
    }
    let siblings = roots;
    let parent: TreeNode<L> | undefined;
    let groups = rootGroups;
    for (const kind of levels) {
      const value = groupValue(kind, line);
      if (value === undefined) continue;
      let ofKind = groups.get(kind);
      if (!ofKind) groups.set(kind, (ofKind = new Map()));
      let entry = ofKind.get(value);
      if (!entry) {
        const id = `${parent?.id ?? 'G'}|${kind}:${value}`;
        const group = newNode<L>(
          id,
          kind,
          groupLabel(kind, value, options),
          value,
          undefined,
          order++,
        );
        // 세출 before 세입 before 회계별 총괄, whatever order the document gives its tables in
        if (kind === 'category') group.order = CATEGORY_ORDER.indexOf(String(value)) - 3;
        group.parentId = parent?.id;
        byId.set(id, group);
        siblings.push(group);
        entry = { node: group, groups: new Map() };
        ofKind.set(value, entry);
      }
      parent = entry.node;
      siblings = parent.children;
      groups = entry.groups;
    }
    const parentId = parent?.id;
    node.parentId = parentId;
    siblings.push(node);
  });
  if (levels[0] === 'category') roots.sort((a, b) => a.order - b.order);
  adoptTotalLines(roots, byId);
  aggregate(roots);
  const totals = scopeTotals(roots, {
    documentLabel: levels.includes('document')
      ? (id) => groupLabel('document', id, options)
      : undefined,
    withCategory: levels.includes('category'),
  });
  const covered = totals.filter((total) => total.covered);
  const total = covered.length === 1 ? covered[0]!.figures : undefined;
  return { roots, byId, total, totals, levels, lineCount: lines.length };
}
