import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferHierarchy } from '../../../shared/import/interpret/hierarchy';

describe('inferring a table’s hierarchy from its sums', () => {
  it('finds nested parents, one-child parents and △ rows', () => {
    // 계 | A (= A1 + A2) | A1 (= a + b) | a | b | A2 | B (= B1) | B1
    const rows = [[100], [90], [30], [40], [-10], [60], [10], [10]];
    expect(inferHierarchy(rows, { totalIndex: 0 })).toEqual([undefined, 0, 1, 2, 2, 1, 0, 6]);
  });

  it('leaves a flat table flat', () => {
    expect(inferHierarchy([[60], [10], [20], [30]], { totalIndex: 0 })).toEqual([
      undefined,
      0,
      0,
      0,
    ]);
  });

  it('always returns a parent index that points to an earlier row, for any figures', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), {
            minLength: 1,
            maxLength: 3,
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const parents = inferHierarchy(rows, rows.length > 0 ? { totalIndex: 0 } : {});
          expect(parents).toHaveLength(rows.length);
          parents.forEach((parent, index) => {
            if (parent !== undefined) expect(parent).toBeLessThan(index);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a stated total at the bottom of a table', () => {
  it('covers the rows above it, nested ones included', () => {
    // A (= a + b) | a | b | C | 계
    expect(inferHierarchy([[30], [10], [20], [5], [35]], { totalIndex: 4 })).toEqual([
      4,
      0,
      0,
      4,
      undefined,
    ]);
  });
});
