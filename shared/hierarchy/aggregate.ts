import { sameScope, scopeOf, type FigureScope } from '../figures/scope';
import { addMeaning, emptyMeaning, withMeaningFallback, type MeaningFigures } from '../figures/sum';
import { addFigures, emptyFigures, withFallback, type Figures } from './figures';
import type { HierarchyLine, TreeNode } from './tree';

export const EMPTY: Figures = Object.freeze(emptyFigures());
export const EMPTY_MEANING: MeaningFigures = Object.freeze(emptyMeaning());

/** The one scope all children share, or undefined when they differ (or there are none). */
function commonScope<L extends HierarchyLine>(
  node: TreeNode<L>,
): { scope: FigureScope | undefined; mixed: boolean } {
  let scope: FigureScope | undefined = node.line ? scopeOf(node.line) : undefined;
  for (const child of node.children) {
    if (!child.scope) return { scope: undefined, mixed: true };
    if (!scope) scope = child.scope;
    else if (!sameScope(scope, child.scope)) return { scope: undefined, mixed: true };
  }
  return { scope, mixed: false };
}

/**
 * Depths, sums and scopes, children before parents, without recursion (chains can be long). A
 * line row belongs to its line's document, year and category; a group row to the one its rows
 * share. A group whose rows span several gets no figures: years and documents are not added up.
 */
export function aggregate<L extends HierarchyLine>(roots: TreeNode<L>[]): void {
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
    for (const child of node.children) lineCount += child.lineCount;
    node.lineCount = lineCount;
    const isLine = node.kind === 'line';
    const { scope, mixed } = isLine
      ? { scope: scopeOf(node.line!), mixed: false }
      : commonScope(node);
    node.scope = scope;
    let computedMeaning: MeaningFigures | undefined;
    node.computed = undefined;
    if (node.children.length > 0 && !mixed) {
      const computed = emptyFigures();
      computedMeaning = emptyMeaning();
      for (const child of node.children) {
        addFigures(computed, child.figures);
        addMeaning(computedMeaning, child.meaning);
      }
      node.computed = computed;
    }
    if (node.line) {
      node.figures = withFallback(node.stated, node.computed);
      node.meaning = withMeaningFallback(node.statedMeaning, computedMeaning);
    } else {
      node.figures = node.computed ?? EMPTY;
      node.meaning = computedMeaning ?? EMPTY_MEANING;
    }
  }
}
