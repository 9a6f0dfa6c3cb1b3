import { describe, expect, it } from 'vitest';
import {
  applyFlagRules,
  compareDepartments,
  compareYearOverYear,
  comparePlanVsResults,
  filterRows,
  sortRows,
} from '../../../shared/compare';
import type { PersonnelRow } from '../../../shared/model/report';
import { finding, line } from './lines';

describe('plan versus results', () => {
  it('sets the plan’s required budget against the budget in force and its execution', () => {
    const plan = line(2024, '일자리경제과', '청년 일자리 지원', { requiredBudget: 200_000_000 });
    const result = line(2024, '일자리경제과', '청년 일자리 지원', {
      currentBudget: 180_000_000,
      spent: 90_000_000,
    });
    const comparison = comparePlanVsResults({
      plan: { label: '2024 계획', lines: [plan] },
      results: { label: '2024 보고', lines: [result] },
    });
    expect(comparison.rows[0]!.values).toEqual({
      planned: 200_000_000,
      budget: 180_000_000,
      difference: -20_000_000,
      rate: -10,
      spent: 90_000_000,
      executionRate: 50,
    });
  });
});

const person = (department: string, grade: string, authorized: number, current: number) =>
  ({ department, grade, authorized, current, source: { line: 1 } }) satisfies PersonnelRow;

describe('departments compared', () => {
  const lines = [
    line(2024, '총무과', '청사 관리', {
      currentBudget: 300_000_000,
      spent: 150_000_000,
      projectedSpend: 280_000_000,
    }),
    line(2024, '총무과', '당직 운영', { currentBudget: 100_000_000, spent: 100_000_000 }),
    line(2024, '재무과', '세외수입 관리', { currentBudget: 100_000_000, spent: 20_000_000 }),
  ];
  const personnel = [
    person('총무과', '5급', 1, 1),
    person('총무과', '6급', 4, 3),
    person('총무과', '계', 5, 4),
    person('재무과', '6급', 2, 2),
  ];

  it('adds up budget, spending, lapse and headcount per department, ignoring total rows', () => {
    const comparison = compareDepartments({
      side: { label: '보고', lines, personnel, findings: [finding(lines[2]!)] },
    });
    const general = comparison.rows.find((row) => row.label === '총무과')!;
    expect(general.values).toEqual({
      budget: 400_000_000,
      spent: 250_000_000,
      executionRate: 62.5,
      projectedLapse: 20_000_000,
      authorized: 5,
      current: 4,
      budgetPerHead: 100_000_000,
      share: 80,
    });
    const finance = comparison.rows.find((row) => row.label === '재무과')!;
    expect(finance.flags).toHaveLength(1);
    expect(comparison.totals).toMatchObject({ budget: 500_000_000, executionRate: 54, current: 6 });
  });

  it('takes a department’s own total line over its projects, and only the latest year', () => {
    const total = line(2024, '총무과', '총무과', {
      currentBudget: 450_000_000,
      spent: 200_000_000,
    });
    const lastYear = line(2023, '총무과', '청사 관리', { currentBudget: 999_000_000 });
    const comparison = compareDepartments({
      side: { label: '보고', lines: [...lines, total, lastYear] },
    });
    const general = comparison.rows.find((row) => row.label === '총무과')!;
    expect(general.values).toMatchObject({ budget: 450_000_000, spent: 200_000_000 });
    expect(general.values.share).toBeCloseTo((450 / 550) * 100, 10);
  });

  it('counts a department’s people once when the bureau’s table repeats its own table', () => {
    const repeated = [
      { ...person('총무과', '5급', 1, 1), repeatOf: 40 },
      { ...person('총무과', '6급', 4, 3), repeatOf: 40 },
      ...personnel,
    ];
    const comparison = compareDepartments({ side: { label: '보고', lines, personnel: repeated } });
    const general = comparison.rows.find((row) => row.label === '총무과')!;
    expect(general.values).toMatchObject({ authorized: 5, current: 4 });
  });

  it('keeps only the chosen departments, in the chosen order', () => {
    const comparison = compareDepartments({
      side: { label: '보고', lines },
      departments: ['재무과', '총무 과'],
    });
    expect(comparison.rows.map((row) => row.label)).toEqual(['재무과', '총무과']);
  });
});

describe('sorting and filtering rows', () => {
  const comparison = compareDepartments({
    side: {
      label: '보고',
      lines: [
        line(2024, '가과', 'x', { currentBudget: 10 }),
        line(2024, '나과', 'y', { currentBudget: 30 }),
        line(2024, '다과', 'z'),
      ],
    },
  });

  it('sorts by a figure with missing values last in both directions', () => {
    const labels = (direction: 'asc' | 'desc') =>
      sortRows(comparison.rows, { column: 'budget', direction }).map((row) => row.label);
    expect(labels('desc')).toEqual(['나과', '가과', '다과']);
    expect(labels('asc')).toEqual(['가과', '나과', '다과']);
  });

  it('filters by name ignoring spaces and by the size of a difference', () => {
    expect(filterRows(comparison.rows, { text: '나 과' }).map((row) => row.label)).toEqual([
      '나과',
    ]);
    const big = filterRows(comparison.rows, {
      minAbsoluteDifference: { column: 'budget', value: 20 },
    });
    expect(big.map((row) => row.label)).toEqual(['나과']);
  });
});

describe('the user’s highlighting rules on comparison rows', () => {
  it('marks a row whose change exceeds the rule and leaves the others alone', () => {
    const comparison = applyFlagRules(
      compareYearOverYear({
        before: {
          label: 'a',
          lines: [
            line(2023, '과', '급증 사업', { currentBudget: 100 }),
            line(2023, '과', '보통 사업', { currentBudget: 100 }),
          ],
        },
        after: {
          label: 'b',
          lines: [
            line(2024, '과', '급증 사업', { currentBudget: 200 }),
            line(2024, '과', '보통 사업', { currentBudget: 110 }),
          ],
        },
      }),
      [{ id: 'change', kind: 'change-above', enabled: true, percent: 30 }],
    );
    const surge = comparison.rows.find((row) => row.label === '급증 사업')!;
    expect(surge.ruleFlags?.map((flag) => flag.message.ko)).toEqual([
      '증감률 100.0%: 기준 ±30% 초과',
    ]);
    expect(comparison.rows.find((row) => row.label === '보통 사업')!.ruleFlags).toBeUndefined();
    expect(filterRows(comparison.rows, { flaggedOnly: true }).map((row) => row.label)).toEqual([
      '급증 사업',
    ]);
  });
});
