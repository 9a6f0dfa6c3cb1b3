import { addFigures, emptyFigures, figuresOf, withFallback, type Figures } from './figures';
import { normalizeName } from '../model/line-key';
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

const EMPTY: Figures = Object.freeze(emptyFigures());

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
    lineCount: 0,
    order,
  };
}

/** Resolves parentKey links within each document; a link into a cycle is dropped. */
function resolveParents(lines: readonly HierarchyLine[]): (number | undefined)[] {
  const indexByDocument = new Map<number | undefined, Map<string, number>>();
  lines.forEach((line, index) => {
    let byKey = indexByDocument.get(line.documentId);
    if (!byKey) indexByDocument.set(line.documentId, (byKey = new Map()));
    if (!byKey.has(line.key)) byKey.set(line.key, index);
  });
  const parentOf = lines.map((line, index) => {
    if (line.parentKey === undefined) return undefined;
    const parent = indexByDocument.get(line.documentId)?.get(line.parentKey);
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
    const node = newNode<L>(id, 'line', line.project, undefined, line, index);
    node.stated = figuresOf(line);
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
  adoptTotalLines(roots, byId);
  aggregate(roots);
  const totalRoots =
    levels[0] === 'category' && roots.some((root) => root.value === 'expenditure')
      ? roots.filter((root) => root.value === 'expenditure')
      : roots;
  const total = emptyFigures();
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
    let lineCount = node.line ? 1 : 0;
    if (node.children.length > 0) {
      const computed = emptyFigures();
      for (const child of node.children) {
        addFigures(computed, child.figures);
        lineCount += child.lineCount;
      }
      node.computed = computed;
    }
    node.lineCount = lineCount;
    node.figures = node.line ? withFallback(node.stated, node.computed) : (node.computed ?? EMPTY);
  }
}

/**
 * A department's (or bureau's) own total line — a line named like its group, e.g. 복지정책과 in the
 * 세출 총괄 table — becomes the group row's stated figure instead of a child, so the department's
 * total is not counted twice. Its id stays reachable in byId.
 */
function adoptTotalLines<L extends HierarchyLine>(
  roots: TreeNode<L>[],
  byId: Map<string, TreeNode<L>>,
): void {
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode<L>;
    if (node.kind === 'line') continue;
    for (const child of node.children) stack.push(child);
    if (node.kind !== 'department' && node.kind !== 'bureau') continue;
    const name = normalizeName(node.label);
    const index = node.children.findIndex(
      (child) => child.kind === 'line' && child.line && normalizeName(child.line.project) === name,
    );
    const total = node.children[index];
    if (!total?.line) continue;
    node.children.splice(index, 1, ...total.children);
    for (const child of total.children) child.parentId = node.id;
    node.line = total.line;
    node.stated = total.stated;
    byId.set(total.id, node);
  }
}
