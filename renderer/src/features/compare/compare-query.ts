import type { ComparisonKind } from '@shared/compare/types';
import type { CompareChoice } from '@data/compare-choice';

export type { CompareChoice };

const KINDS: readonly ComparisonKind[] = ['year-over-year', 'plan-vs-results', 'departments'];

const numberOrUndefined = (value: string | null) =>
  value && /^\d+$/.test(value) ? Number(value) : undefined;

export function choiceToQuery(choice: CompareChoice): string {
  const params = new URLSearchParams({ kind: choice.kind });
  if (choice.beforeId !== undefined) params.set('a', String(choice.beforeId));
  if (choice.afterId !== undefined) params.set('b', String(choice.afterId));
  if (choice.beforeYear !== undefined) params.set('ay', String(choice.beforeYear));
  if (choice.afterYear !== undefined) params.set('by', String(choice.afterYear));
  if (choice.withChildren) params.set('children', '1');
  return params.toString();
}

export function choiceFromQuery(query: string): CompareChoice {
  const params = new URLSearchParams(query);
  const kind = KINDS.find((k) => k === params.get('kind')) ?? 'year-over-year';
  return {
    kind,
    beforeId: numberOrUndefined(params.get('a')),
    afterId: numberOrUndefined(params.get('b')),
    beforeYear: numberOrUndefined(params.get('ay')),
    afterYear: numberOrUndefined(params.get('by')),
    withChildren: params.get('children') === '1',
  };
}
