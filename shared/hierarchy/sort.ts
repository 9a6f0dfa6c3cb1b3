import type { HierarchyLine, TreeNode } from './tree';

export type NodeComparator<L extends HierarchyLine> = (a: TreeNode<L>, b: TreeNode<L>) => number;

/**
 * Sorts siblings at every level in place (the tree shape stays; each parent's children are
 * reordered). Without a comparator, restores the original order. O(n log n) overall.
 */
export function sortTree<L extends HierarchyLine>(
  roots: TreeNode<L>[],
  compare?: NodeComparator<L>,
): void {
  const byOrder: NodeComparator<L> = (a, b) => a.order - b.order;
  const comparator: NodeComparator<L> = compare
    ? (a, b) => compare(a, b) || a.order - b.order
    : byOrder;
  const stack: TreeNode<L>[][] = [roots];
  while (stack.length > 0) {
    const siblings = stack.pop() as TreeNode<L>[];
    siblings.sort(comparator);
    for (const node of siblings) if (node.children.length > 0) stack.push(node.children);
  }
}

/** Compares two optional values; missing values always sort last, whatever the direction. */
export function compareOptional(
  a: number | string | undefined,
  b: number | string | undefined,
  direction: 'asc' | 'desc',
): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return a === undefined ? 1 : -1;
  }
  const sign = direction === 'asc' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * sign;
  return String(a).localeCompare(String(b), 'ko') * sign;
}
