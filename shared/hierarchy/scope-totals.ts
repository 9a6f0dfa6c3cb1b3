import { compareScopes, scopeKey, type FigureScope } from '../figures/scope';
import { addMeaning, emptyMeaning } from '../figures/sum';
import type { LocalizedText } from '../model/localized-text';
import { addFigures, emptyFigures } from './figures';
import type { HierarchyLine, ScopeTotal, TreeNode } from './tree';

const CATEGORY: Record<FigureScope['category'], LocalizedText> = {
  expenditure: { ko: '세출', en: 'expenditure' },
  revenue: { ko: '세입', en: 'revenue' },
  summary: { ko: '회계별 총괄', en: 'accounts summary' },
};

export interface TotalsOptions {
  /** name the document in each label (the lines come from several) */
  documentLabel?: (documentId: number) => string;
  /** name the category in each label (the lines hold several) */
  withCategory: boolean;
}

function labelOf(scope: FigureScope, options: TotalsOptions): LocalizedText {
  const document =
    options.documentLabel && scope.documentId !== undefined
      ? `${options.documentLabel(scope.documentId)} `
      : '';
  const category = options.withCategory ? CATEGORY[scope.category] : undefined;
  return {
    ko: `${document}${scope.fiscalYear}년 합계${category ? ` (${category.ko})` : ''}`,
    en: `${document}FY${scope.fiscalYear} total${category ? ` (${category.en})` : ''}`,
  };
}

/**
 * One total per document, fiscal year and category: the sum of the highest rows that belong to
 * one of them. Nothing is added across them; the grid shows them side by side.
 */
export function scopeTotals<L extends HierarchyLine>(
  roots: readonly TreeNode<L>[],
  options: TotalsOptions,
): ScopeTotal[] {
  const byKey = new Map<string, ScopeTotal>();
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode<L>;
    if (!node.scope) {
      for (const child of node.children) stack.push(child);
      continue;
    }
    const key = scopeKey(node.scope);
    let total = byKey.get(key);
    if (!total) {
      total = {
        scope: node.scope,
        label: labelOf(node.scope, options),
        figures: emptyFigures(),
        meaning: emptyMeaning(),
        lineCount: 0,
        covered: false,
      };
      byKey.set(key, total);
    }
    addFigures(total.figures, node.figures);
    addMeaning(total.meaning, node.meaning);
    total.lineCount += node.lineCount;
  }
  const totals = [...byKey.values()].sort((a, b) => compareScopes(a.scope, b.scope));
  const hasExpenditure = totals.some((total) => total.scope.category === 'expenditure');
  for (const total of totals)
    total.covered = !hasExpenditure || total.scope.category === 'expenditure';
  return totals;
}
