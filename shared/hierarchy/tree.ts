import type { FigureScope } from '../figures/scope';
import type { MeaningFigures } from '../figures/sum';
import type { LocalizedText } from '../model/localized-text';
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
  /**
   * what the row shows: a group's computed sum; a line's stated figure, else its children's sum.
   * Empty for a group spanning several documents, years or categories: those are never added.
   */
  figures: Figures;
  /** the line's own figures by meaning (empty for groups) */
  statedMeaning: MeaningFigures;
  /** what the row shows by meaning (the year's budget, spent, last year; see shared/figures) */
  meaning: MeaningFigures;
  /** the document, year and category the row's figures belong to; undefined when it spans several */
  scope: FigureScope | undefined;
  /** budget lines in this subtree, the node itself included */
  lineCount: number;
  /** position in the unsorted order, to restore it when sorting is turned off */
  order: number;
}

/** One document's one year's total of one category: what a pinned total row shows. */
export interface ScopeTotal {
  scope: FigureScope;
  /** '가온구 복지문화국 2024년 세출' style label: the document (when several), year and category */
  label: LocalizedText;
  figures: Figures;
  meaning: MeaningFigures;
  lineCount: number;
  /** what the pinned total covers: expenditure when revenue is loaded too, else every category */
  covered: boolean;
}

export interface Hierarchy<L extends HierarchyLine = HierarchyLine> {
  roots: TreeNode<L>[];
  byId: Map<string, TreeNode<L>>;
  /**
   * The pinned total when the lines it covers (expenditure when revenue is also loaded) belong to
   * one document and one year; undefined when they span several: see `totals`, side by side.
   */
  total: Figures | undefined;
  /** one total per document, fiscal year and category, in that order */
  totals: ScopeTotal[];
  /** which grouping levels this hierarchy uses, outermost first */
  levels: NodeKind[];
  lineCount: number;
}
