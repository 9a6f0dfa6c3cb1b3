import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../../shared/model/report';
import { budgetInForce, lineVariance } from '../../../shared/variance';

function line(figures: Partial<BudgetLine>): BudgetLine {
  return {
    key: '2020|과|사업',
    fiscalYear: 2020,
    project: '사업',
    source: { line: 1 },
    ...figures,
  };
}

describe('lineVariance', () => {
  it('computes every variance of a line with a current budget', () => {
    const result = lineVariance(
      line({
        currentBudget: 1_000_000,
        previousBudget: 800_000,
        spent: 600_000,
        obligated: 700_000,
        projectedSpend: 950_000,
      }),
    );
    expect(result).toEqual({
      currentBudget: { ok: true, value: 1_000_000 },
      previousBudget: { ok: true, value: 800_000 },
      change: { ok: true, value: 200_000 },
      changeRate: { ok: true, value: 25 },
      executionRate: { ok: true, value: 60 },
      obligationRate: { ok: true, value: 70 },
      projectedRate: { ok: true, value: 95 },
      projectedLapse: { ok: true, value: 50_000 },
      unspent: { ok: true, value: 400_000 },
    });
  });

  it('takes the budget in force from currentBudget, then budget, then requiredBudget', () => {
    expect(budgetInForce(line({ currentBudget: 3, budget: 2, requiredBudget: 1 }))).toBe(3);
    expect(budgetInForce(line({ budget: 2, requiredBudget: 1 }))).toBe(2);
    expect(budgetInForce(line({ requiredBudget: 1 }))).toBe(1);
    expect(budgetInForce(line({}))).toBeUndefined();
  });

  it("uses the previous year's line when the line states no previous budget", () => {
    const result = lineVariance(line({ budget: 1_500 }), line({ fiscalYear: 2019, budget: 1_000 }));
    expect(result.change).toEqual({ ok: true, value: 500 });
    expect(result.changeRate).toEqual({ ok: true, value: 50 });
  });

  it('prefers the stated previous budget over the previous line', () => {
    const result = lineVariance(
      line({ budget: 1_500, previousBudget: 1_200 }),
      line({ budget: 1_000 }),
    );
    expect(result.previousBudget).toEqual({ ok: true, value: 1_200 });
  });

  it('gives reasons instead of NaN when figures are missing or zero', () => {
    const result = lineVariance(line({ currentBudget: 0, spent: 0 }));
    expect(result.executionRate).toEqual({ ok: false, reason: 'zero-base' });
    expect(result.changeRate).toEqual({ ok: false, reason: 'missing' });
    expect(result.projectedLapse).toEqual({ ok: false, reason: 'missing' });
    expect(result.unspent).toEqual({ ok: true, value: 0 });
  });

  it('marks everything not applicable on a 비예산 line', () => {
    const result = lineVariance(line({ noBudget: true, budget: 5 }));
    expect(Object.values(result).every((v) => !v.ok && v.reason === 'not-applicable')).toBe(true);
  });
});
