import type { BudgetLine } from '../model/report';
import type { Figures } from './figures';

/** What a row of the review tree stands for: a grouping, or one budget line. */
export type NodeKind = 'category' | 'document' | 'fiscalYear' | 'bureau' | 'department' | 'line';

/** A line as the hierarchy sees it: a BudgetLine, optionally tagged with its document. */
export type HierarchyLine = BudgetLine & { documentId?: number };

export interface TreeNode<L extends HierarchyLine = HierarchyLine> {
  /** unique in its hierarchy and stable across rebuilds of the same lines */
  id: string;
  kind: NodeKind;
  /** Korean label; `value` holds the raw value for groups (year, category, document id) */
  label: string;
  value?: string | number;
  depth: number;
  parentId?: string;
  children: TreeNode<L>[];
  /** the budget line this row shows; a department or bureau row adopts its own total line */
  line?: L;
  /** the line's own figures as the document states them (empty for groups) */
  stated: Figures;
  /** the sum of the children's figures; undefined for a node without children */
  computed?: Figures;
  /** what the row shows: a group's computed sum; a line's stated figure, else its children's sum */
  figures: Figures;
  /** budget lines in this subtree, the node itself included */
  lineCount: number;
  /** position in the unsorted order, to restore it when sorting is turned off */
  order: number;
}

export interface Hierarchy<L extends HierarchyLine = HierarchyLine> {
  roots: TreeNode<L>[];
  byId: Map<string, TreeNode<L>>;
  /** sum of the root rows the pinned total covers (expenditure when revenue is also loaded) */
  total: Figures;
  /** which grouping levels this hierarchy uses, outermost first */
  levels: NodeKind[];
  lineCount: number;
}
