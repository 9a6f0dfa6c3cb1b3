import type { HierarchyLine, TreeNode } from './tree';

/** The rows a flat grid shows: every root, and the children of every expanded node, depth first. */
export function flattenVisible<L extends HierarchyLine>(
  roots: readonly TreeNode<L>[],
  expanded: ReadonlySet<string>,
): TreeNode<L>[] {
  const rows: TreeNode<L>[] = [];
  const stack: TreeNode<L>[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i] as TreeNode<L>);
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode<L>;
    rows.push(node);
    if (node.children.length > 0 && expanded.has(node.id)) {
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push(node.children[i] as TreeNode<L>);
    }
  }
  return rows;
}

/** Ids of every node that has children: expanding all of them shows the whole tree. */
export function expandableIds<L extends HierarchyLine>(roots: readonly TreeNode<L>[]): Set<string> {
  const ids = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode<L>;
    if (node.children.length === 0) continue;
    ids.add(node.id);
    for (const child of node.children) stack.push(child);
  }
  return ids;
}

/** Ids of group nodes (not lines) down to `maxDepth`: the default "open to departments" view. */
export function groupIdsToDepth<L extends HierarchyLine>(
  roots: readonly TreeNode<L>[],
  maxDepth: number,
): Set<string> {
  const ids = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode<L>;
    if (node.kind === 'line' || node.depth > maxDepth) continue;
    ids.add(node.id);
    for (const child of node.children) stack.push(child);
  }
  return ids;
}

/** The chain of ancestor ids of a node, outermost first, for revealing it by expanding them. */
export function ancestorIds<L extends HierarchyLine>(
  byId: ReadonlyMap<string, TreeNode<L>>,
  id: string,
): string[] {
  const chain: string[] = [];
  let parentId = byId.get(id)?.parentId;
  while (parentId !== undefined) {
    chain.unshift(parentId);
    parentId = byId.get(parentId)?.parentId;
  }
  return chain;
}

/** Every node once, parents before children (byId may hold a node under two ids). */
export function allNodes<L extends HierarchyLine>(roots: readonly TreeNode<L>[]): TreeNode<L>[] {
  const nodes: TreeNode<L>[] = [...roots];
  for (let i = 0; i < nodes.length; i++) {
    for (const child of (nodes[i] as TreeNode<L>).children) nodes.push(child);
  }
  return nodes;
}
