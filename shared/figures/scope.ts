import type { BudgetLine } from '../model/report';

/** The figures of one document's one fiscal year and one category: never added to another's. */
export interface FigureScope {
  documentId: number | undefined;
  fiscalYear: number;
  category: 'expenditure' | 'revenue' | 'summary';
}

type ScopedLine = BudgetLine & { documentId?: number };

export function scopeOf(line: ScopedLine): FigureScope {
  return {
    documentId: line.documentId,
    fiscalYear: line.fiscalYear,
    category: line.category ?? 'expenditure',
  };
}

/** A string that is equal for equal scopes (a Map key). */
export function scopeKey(scope: FigureScope): string {
  return `${scope.documentId ?? ''}|${scope.fiscalYear}|${scope.category}`;
}

export function sameScope(a: FigureScope, b: FigureScope): boolean {
  return (
    a.documentId === b.documentId && a.fiscalYear === b.fiscalYear && a.category === b.category
  );
}

/** Scopes in a stable order: document, then year, then expenditure before revenue before summary. */
export function compareScopes(a: FigureScope, b: FigureScope): number {
  const order = { expenditure: 0, revenue: 1, summary: 2 } as const;
  return (
    (a.documentId ?? -1) - (b.documentId ?? -1) ||
    a.fiscalYear - b.fiscalYear ||
    order[a.category] - order[b.category]
  );
}
