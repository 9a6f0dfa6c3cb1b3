import { describe, expect, it } from 'vitest';
import {
  departmentFigures,
  departmentsByYear,
  linesInBothYears,
  spansDocuments,
} from '../../../renderer/src/features/review/charts/department-series';
import { lineKey } from '../../../shared/model/line-key';
import type { BudgetLine } from '../../../shared/model/report';

const line = (fiscalYear: number, project: string, currentBudget: number): BudgetLine => ({
  key: lineKey({ fiscalYear, department: '복지과', project }),
  fiscalYear,
  bureau: '복지국',
  department: '복지과',
  project,
  currentBudget,
  source: { line: 1 },
});

describe('year-on-year figures by department', () => {
  const lines = [
    line(2025, '돌봄', 1_000),
    line(2025, '급식', 500),
    line(2025, '복지과 운영', 9_000),
    line(2026, '돌봄', 1_200),
    line(2026, '급식', 400),
    line(2026, '새 사업', 50),
  ];

  it('keeps only the projects that appear in both years', () => {
    const kept = linesInBothYears(lines, 2025, 2026).map((l) => `${l.fiscalYear} ${l.project}`);
    expect(kept).toEqual(['2025 돌봄', '2025 급식', '2026 돌봄', '2026 급식']);
  });

  it('compares the same projects, so the department change is their change', () => {
    const { perYear } = departmentsByYear(linesInBothYears(lines, 2025, 2026));
    const before = perYear.get(2025)?.get('복지과');
    const after = perYear.get(2026)?.get('복지과');
    expect([before, after]).toEqual([1_500, 1_600]);
  });
});

describe('the department charts’ figures are the domain’s', () => {
  it('takes a department’s own total line (세출 총괄) as its budget, not that line added to its projects', () => {
    const total = { ...line(2025, '복지과', 1_500), spent: 1_200 };
    const parts = [line(2025, '돌봄', 1_000), { ...line(2025, '급식', 500), spent: 400 }];
    const [welfare] = departmentFigures([total, ...parts]);
    expect(welfare).toMatchObject({ department: '복지과', budget: 1_500, spent: 1_200 });
  });

  it('rates spending against the budget of the lines that state it', () => {
    const parts = [line(2025, '돌봄', 1_000), { ...line(2025, '급식', 500), spent: 400 }];
    const [welfare] = departmentFigures(parts);
    expect(welfare).toMatchObject({ budget: 1_500, spent: 400, budgetWithSpent: 500 });
  });

  it('a plan’s 소요예산 is the year’s budget of a line that states no 예산현액', () => {
    const plan: BudgetLine = {
      ...line(2026, '돌봄', 0),
      currentBudget: undefined,
      requiredBudget: 700,
    };
    expect(departmentFigures([plan])[0]?.budget).toBe(700);
  });

  it('knows when the lines come from several documents (the charts then ask for one)', () => {
    const one = { ...line(2025, '돌봄', 1_000), documentId: 1 };
    expect(spansDocuments([one, { ...one, key: 'x' }])).toBe(false);
    expect(spansDocuments([one, { ...one, documentId: 2 }])).toBe(true);
  });
});
