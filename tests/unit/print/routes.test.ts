import { describe, expect, it } from 'vitest';
import { printTargetFromHash } from '../../../renderer/src/features/print/print-target';
import {
  choiceFromQuery,
  choiceToQuery,
} from '../../../renderer/src/features/compare/compare-query';

describe('print route hashes', () => {
  it('reads a pack, a comparison and the CLI payload route, and nothing else', () => {
    expect(printTargetFromHash('#/print/pack/12')).toEqual({ kind: 'pack', packId: 12 });
    expect(printTargetFromHash('#/print/compare?kind=departments&b=3')).toEqual({
      kind: 'compare',
      query: 'kind=departments&b=3',
    });
    expect(printTargetFromHash('#/print/payload')).toEqual({ kind: 'payload' });
    expect(printTargetFromHash('#/print/pack/abc')).toBeNull();
    expect(printTargetFromHash('#/compare')).toBeNull();
    expect(printTargetFromHash('')).toBeNull();
  });

  it('round-trips a comparison choice through the query string', () => {
    const choice = {
      kind: 'year-over-year' as const,
      beforeId: 1,
      afterId: 1,
      beforeYear: 2023,
      afterYear: 2024,
      withChildren: true,
    };
    expect(choiceFromQuery(choiceToQuery(choice))).toEqual(choice);
    expect(choiceFromQuery('kind=nonsense&a=x')).toEqual({
      kind: 'year-over-year',
      beforeId: undefined,
      afterId: undefined,
      beforeYear: undefined,
      afterYear: undefined,
      withChildren: false,
    });
  });
});
