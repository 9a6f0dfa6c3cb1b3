import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addAcrossScopes,
  basesLabel,
  basesOf,
  basisBit,
  figureOf,
  lastYearOf,
  meaningOfLine,
  spentOf,
  stageOf,
  sumMeaning,
  yearBudgetOf,
  yearFigureLabel,
  YEAR_BUDGET_FIELDS,
} from '../../../shared/figures';
import { meaningVariance } from '../../../shared/variance';
import type { BudgetLine } from '../../../shared/model/report';

function line(figures: Partial<BudgetLine>): BudgetLine {
  return {
    key: '2025|과|사업',
    fiscalYear: 2025,
    project: '사업',
    source: { line: 1 },
    ...figures,
  };
}

describe('the year’s budget of a line', () => {
  it('takes 예산현액 over 예산액 over 본예산 over a plan’s 소요예산, and says which it took', () => {
    const all = { currentBudget: 4, budget: 3, originalBudget: 2, requiredBudget: 1 };
    expect(yearBudgetOf(line(all))).toEqual({
      meaning: 'yearBudget',
      value: 4,
      basis: 'currentBudget',
    });
    expect(yearBudgetOf(line({ budget: 3, originalBudget: 2, requiredBudget: 1 }))?.basis).toBe(
      'budget',
    );
    expect(yearBudgetOf(line({ originalBudget: 2, requiredBudget: 1 }))?.basis).toBe(
      'originalBudget',
    );
    expect(yearBudgetOf(line({ requiredBudget: 1_380_000_000 }))).toEqual({
      meaning: 'yearBudget',
      value: 1_380_000_000,
      basis: 'requiredBudget',
    });
  });

  it('never takes 총사업비 (a multi-year total) or a 비예산 line as the year’s budget', () => {
    expect(yearBudgetOf(line({ totalCost: 30_000_000_000 }))).toBeUndefined();
    expect(yearBudgetOf(line({ noBudget: true, requiredBudget: 5 }))).toBeUndefined();
    expect(yearBudgetOf(line({ totalCost: 9, requiredBudget: 5 }))?.value).toBe(5);
  });

  it('picks the first stated field in the order, for any combination of fields', () => {
    const maybe = fc.option(fc.integer({ min: -1e12, max: 1e12 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          currentBudget: maybe,
          budget: maybe,
          originalBudget: maybe,
          requiredBudget: maybe,
          totalCost: maybe,
        }),
        (fields) => {
          const figure = yearBudgetOf(line(fields));
          const first = YEAR_BUDGET_FIELDS.find((field) => fields[field] !== undefined);
          expect(figure?.basis).toBe(first);
          expect(figure?.value).toBe(first === undefined ? undefined : fields[first]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('tells a plan’s request from an appropriation', () => {
    expect(stageOf('requiredBudget')).toBe('plan');
    expect(stageOf('currentBudget')).toBe('appropriation');
    expect(stageOf('originalBudget')).toBe('appropriation');
  });
});

describe('spent and last year', () => {
  it('reads spending from 집행액 only, not from commitments or forecasts', () => {
    expect(spentOf(line({ spent: 10, obligated: 20, projectedSpend: 30 }))?.value).toBe(10);
    expect(spentOf(line({ obligated: 20, projectedSpend: 30 }))).toBeUndefined();
  });

  it('reads last year from the stated 전년도 예산, else from last year’s own line with its field', () => {
    expect(lastYearOf(line({ previousBudget: 7, currentBudget: 9 }))).toEqual({
      meaning: 'lastYear',
      value: 7,
      basis: 'previousBudget',
    });
    const previous = line({ fiscalYear: 2024, currentBudget: 5 });
    expect(lastYearOf(line({ currentBudget: 9 }), previous)).toEqual({
      meaning: 'lastYear',
      value: 5,
      basis: 'currentBudget',
    });
    expect(figureOf(line({ spent: 3 }), 'spent')?.value).toBe(3);
  });
});

describe('sums by meaning', () => {
  it('adds a report’s 예산현액 and a plan’s 소요예산 as the year’s budget, remembering both fields', () => {
    const sum = sumMeaning([
      line({ currentBudget: 1_250_000_000, spent: 968_400_000 }),
      line({ requiredBudget: 184_600_000 }),
    ]);
    expect(sum.yearBudget).toBe(1_434_600_000);
    expect(basesOf(sum.yearBudgetBases)).toEqual(['currentBudget', 'requiredBudget']);
    expect(basesLabel(basesOf(sum.yearBudgetBases)).ko).toBe('예산현액·소요예산');
    // the execution rate pairs spending with the budget of the lines that state both
    expect(sum.withBudget.spent).toBe(968_400_000);
    expect(sum.budgetWith.spent).toBe(1_250_000_000);
    const variance = meaningVariance(sum);
    expect(variance.executionRate).toEqual({ ok: true, value: 77.472 });
  });

  it('computes a single line’s rates from its own figures', () => {
    const own = meaningOfLine(line({ currentBudget: 1_000, previousBudget: 800, spent: 600 }));
    const variance = meaningVariance(own);
    expect(variance.change).toEqual({ ok: true, value: 200 });
    expect(variance.changeRate).toEqual({ ok: true, value: 25 });
    expect(variance.executionRate).toEqual({ ok: true, value: 60 });
  });

  it('names a year’s figure by the fields it took', () => {
    expect(yearFigureLabel(2026, ['requiredBudget'])).toEqual({
      ko: '2026년 소요예산',
      en: 'FY2026 required budget',
    });
    expect(yearFigureLabel(2025, []).ko).toBe('2025년 예산');
  });
});

describe('a sum over several documents or years', () => {
  const total = (
    documentId: number,
    fiscalYear: number,
    value: number,
    basis: 'currentBudget' | 'requiredBudget',
  ) => ({
    scope: { documentId, fiscalYear, category: 'expenditure' as const },
    meaning: { ...sumMeaning([]), yearBudget: value, yearBudgetBases: basisBit(basis) },
  });

  it('adds like figures only when asked, and its label says it is a sum of what', () => {
    const combined = addAcrossScopes(
      [total(1, 2024, 100, 'currentBudget'), total(2, 2025, 150, 'currentBudget')],
      'yearBudget',
    );
    expect(combined?.value).toBe(250);
    expect(combined?.label.ko).toBe('2024년·2025년 문서 2개 예산현액 합산');
  });

  it('refuses to add a plan’s request to an appropriation', () => {
    expect(
      addAcrossScopes(
        [total(1, 2025, 100, 'currentBudget'), total(1, 2026, 150, 'requiredBudget')],
        'yearBudget',
      ),
    ).toBeUndefined();
  });
});
