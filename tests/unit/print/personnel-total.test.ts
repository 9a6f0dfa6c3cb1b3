import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { totalSurplus } from '../../../shared/print/personnel-total';

describe('the 과부족 of a headcount table’s 계 row', () => {
  it('is 현원 − 정원 of the totals, not the sum of rows printed wrong or left blank', () => {
    // rows 1/0 printed +1 (should be △1) and 7/6 left blank: their printed sum is 0, the truth △2
    expect(totalSurplus(53, 51, 0)).toBe(-2);
  });

  it('falls back on the rows’ 과부족 only where a total is missing', () => {
    expect(totalSurplus(null, 51, 3)).toBe(3);
    expect(totalSurplus(53, null, null)).toBeNull();
  });

  it('always equals the totals’ difference when both are known', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.integer(), (authorized, current, rows) => {
        expect(totalSurplus(authorized, current, rows)).toBe(current - authorized);
      }),
    );
  });
});
