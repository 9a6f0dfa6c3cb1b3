import { describe, expect, it } from 'vitest';
import { readBudgetStatement } from '../../../shared/import/interpret/budget-statement';

// Invented statements whose funding parenthesis follows a short verb after the amount.
describe('a parenthesis after a short verb that follows the amount', () => {
  it('is the funding when it names only sources that add up to the amount', () => {
    const read = readBudgetStatement(
      '사업비 : 청년 30명 대상, 기관별 45백만원 지원(국비 30, 시비 15)',
    );
    expect([read?.main?.kind === 'money' && read.main.won, read?.funding]).toEqual([
      45_000_000,
      { national: 30_000_000, city: 15_000_000 },
    ]);
  });

  it('is no funding when its sources do not add up to the amount', () => {
    expect(readBudgetStatement('사업비 : 8억원 투입(국비 3, 시비 3)')?.funding).toEqual({});
  });

  it('is no funding nor breakdown when it lists the cost’s items', () => {
    const read = readBudgetStatement('사업비 : 8억원 투입(공사비 6, 설계비 2)');
    expect([read?.funding, read?.breakdown]).toEqual([{}, []]);
  });
});
