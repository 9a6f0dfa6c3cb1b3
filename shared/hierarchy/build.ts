import { addFigures, figuresOf, withFallback, type Figures } from './figures';
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

function newNode<L extends HierarchyLine>(
  fields: Pick<TreeNode<L>, 'id' | 'kind' | 'label'> & Partial<TreeNode<L>>,
): TreeNode<L> {
  return { depth: 0, children: [], stated: {}, figures: {}, lineCount: 0, order: 0, ...fields };
}

/** Resolves parentKey links within each document; a link into a cycle is dropped. */
function resolveParents(lines: readonly HierarchyLine[]): (number | undefined)[] {
  const indexByKey = new Map<string, number>();
  lines.forEach((line, index) => {
    const scoped = `${documentScope(line)}\u0000${line.key}`;
    if (!indexByKey.has(scoped)) indexByKey.set(scoped, index);
  });
  const parentOf = lines.map((line, index) => {
    if (line.parentKey === undefined) return undefined;
    const parent = indexByKey.get(`${documentScope(line)}\u0000${line.parentKey}`);
    return parent === index ? undefined : parent;
  });
  // 0 = unvisited, 1 = on the current walk, 2 = done
  const state = new Uint8Array(lines.length);
  for (let start = 0; start < lines.length; start++) {
    const walk: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      const next: number | undefined = parentOf[current];
      if (next !== undefined && state[next] === 1) parentOf[current] = undefined;
      current = parentOf[current];
    }
    for (const index of walk) state[index] = 2;
  }
  return parentOf;
}

/**
 * Builds bureau › department › project › sub-project rows from budget lines in O(n): groups by the
 * levels the lines vary in, links sub-lines to their parent line by parentKey, and sums figures
 * upward. A group's figures are exactly the sum of its children's; a parent line keeps its stated
 * figures (with `computed` beside them, for the audit to compare).
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
    const node = newNode<L>({ id, kind: 'line', label: line.project, line, order: index });
    node.stated = figuresOf(line);
    byId.set(id, node);
    return node;
  });
  const parentOf = resolveParents(lines);
  let order = lines.length;
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
    let parentId: string | undefined;
    let path = 'G';
    for (const kind of levels) {
      const value = groupValue(kind, line);
      if (value === undefined) continue;
      path += `|${kind}:${value}`;
      let group = byId.get(path);
      if (!group) {
        group = newNode<L>({ id: path, kind, label: groupLabel(kind, value, options), value });
        group.parentId = parentId;
        group.order = order++;
        byId.set(path, group);
        siblings.push(group);
      }
      siblings = group.children;
      parentId = group.id;
    }
    node.parentId = parentId;
    siblings.push(node);
  });
  aggregate(roots);
  const totalRoots =
    levels[0] === 'category' && roots.some((root) => root.value === 'expenditure')
      ? roots.filter((root) => root.value === 'expenditure')
      : roots;
  const total: Figures = {};
  for (const root of totalRoots) addFigures(total, root.figures);
  return { roots, byId, total, levels, lineCount: lines.length };
}

/** Depths and sums, children before parents, without recursion (chains can be long). */
function aggregate<L extends HierarchyLine>(roots: TreeNode<L>[]): void {
  const ordered: TreeNode<L>[] = [...roots];
  for (let i = 0; i < ordered.length; i++) {
    const node = ordered[i] as TreeNode<L>;
    for (const child of node.children) {
      child.depth = node.depth + 1;
      ordered.push(child);
    }
  }
  for (let i = ordered.length - 1; i >= 0; i--) {
    const node = ordered[i] as TreeNode<L>;
    let lineCount = node.kind === 'line' ? 1 : 0;
    if (node.children.length > 0) {
      const computed: Figures = {};
      for (const child of node.children) {
        addFigures(computed, child.figures);
        lineCount += child.lineCount;
      }
      node.computed = computed;
    }
    node.lineCount = lineCount;
    node.figures =
      node.kind === 'line' ? withFallback(node.stated, node.computed) : (node.computed ?? {});
  }
}
