import { describe, expect, it } from 'vitest';
import { compareYearOverYear } from '../../../shared/compare/year-over-year';
import type { DocumentMeta } from '../../../shared/model/report';
import { departmentBudget } from '../../../shared/print/department-budget';
import type { PackSection } from '../../../shared/print/pack-types';
import { sectionSummaryText } from '../../../shared/print/section-summary';
import { comparisonTable } from '../../../renderer/src/features/print/comparison-table';
import { line } from '../compare/lines';

const plan: DocumentMeta = {
  title: '2025년 가온시 도시국 주요업무계획',
  kind: 'plan',
  fiscalYears: [2024, 2025],
  sha256: '0'.repeat(64),
};
const onDoc = <T>(value: T) => ({ ...value, documentId: 1 });

// invented: a railway known only by its whole cost and period, a park with both figures, a
// festival with the year's budget only, and a study the 2024 results spent on (a sentence)
const railway = onDoc(
  line(2025, '철도과', '가온 도시철도 건설', {
    totalCost: 1_840_000_000_000,
    period: { from: 2021, to: 2027 },
  }),
);
const park = onDoc(
  line(2025, '철도과', '역세권 공원 조성', { budget: 9_500_000_000, totalCost: 41_500_000_000 }),
);
const festival = onDoc(line(2025, '철도과', '철도 축제', { requiredBudget: 120_000_000 }));
const study = onDoc(line(2024, '철도과', '노선 타당성 조사', { spent: 1_700_000_000 }));
const lines = [railway, park, festival, study];

describe('a department budget with projects known by their whole cost', () => {
  const budget = departmentBudget(lines, [], [{ id: 1, meta: plan }]);

  it('adds a 총사업비 column after the year columns, and only the rows that state one fill it', () => {
    expect(budget.columns.map((column) => column.id)).toEqual([
      'before',
      'after',
      'difference',
      'rate',
      'spent',
      'executionRate',
      'totalCost',
    ]);
    const byLabel = new Map(budget.rows.map((row) => [row.label, row]));
    expect(byLabel.get('가온 도시철도 건설')?.values).toMatchObject({
      after: null,
      totalCost: 1_840_000_000_000,
    });
    expect(byLabel.get('가온 도시철도 건설')?.period).toEqual({ from: 2021, to: 2027 });
    expect(byLabel.get('역세권 공원 조성')?.values).toMatchObject({
      after: 9_500_000_000,
      totalCost: 41_500_000_000,
    });
    expect(byLabel.get('철도 축제')?.values.totalCost).toBeUndefined();
  });

  it('never counts a whole cost into the year total', () => {
    expect(budget.totals.after).toBe(9_620_000_000);
    expect(budget.totals.totalCost).toBeUndefined();
  });

  it('prints each row as a clerk reads it: 천원, the period under the whole cost, empty columns left out', () => {
    const table = comparisonTable(budget, { withGroup: false });
    expect(table.unit).toBe('(단위: 천원)');
    expect(table.columns.map((column) => column.label)).toEqual([
      '사업명',
      '2024년 예산',
      '2025년 예산액·소요예산',
      '증감액',
      '증감률',
      '총사업비',
      '비고',
    ]);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['노선 타당성 조사', '-', '-', '-', '-', '-', '2024년 집행 1,700,000'],
      ['가온 도시철도 건설', '-', '-', '-', '-', '1,840,000,000\n(2021~2027)', ''],
      ['역세권 공원 조성', '-', '9,500,000', '-', '-', '41,500,000', ''],
      ['철도 축제', '-', '120,000', '-', '-', '-', ''],
    ]);
    expect(table.foot).toEqual([
      '합계 (증감은 양쪽에 있는 사업만)',
      '-',
      '9,620,000',
      '-',
      '-',
      '',
      '',
    ]);
  });

  it('gives the whole cost the width its figure needs and the name what is left', () => {
    const table = comparisonTable(budget, { withGroup: false });
    const widths = table.columns.map((column) => column.width);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
    expect(widths[5]).toBeGreaterThanOrEqual(14); // '1,840,000,000' in 13 characters
    expect(widths[4]).toBe(8); // a rate column of dashes
  });

  it('counts the projects known by their whole cost apart in the section sentence', () => {
    const section: PackSection = {
      id: 's',
      department: '철도과',
      personnel: [],
      budget,
      flagged: [],
      notes: [],
    };
    expect(sectionSummaryText(section).ko).toBe(
      '2025년 예산액·소요예산 사업 2개 합계 9,620,000천원, 총사업비만 밝힌 사업 1개, 사업 4개, 지적 사항 0건, 메모 0건.',
    );
  });
});

describe('a year-over-year comparison with whole costs', () => {
  it('shows the 총사업비 column only when a project states one', () => {
    const side = (label: string, sideLines: typeof lines) => ({ label, lines: sideLines });
    const withCost = compareYearOverYear({
      before: side('2024년', [study]),
      after: side('2025년', [railway, festival]),
    });
    expect(withCost.columns.at(-1)?.label.ko).toBe('총사업비');
    const table = comparisonTable(withCost);
    expect(table.rows.find((row) => row.cells[1] === '가온 도시철도 건설')?.cells[6]).toBe(
      '1,840,000,000\n(2021~2027)',
    );
    const without = compareYearOverYear({
      before: side('2024년', [study]),
      after: side('2025년', [festival]),
    });
    expect(without.columns.map((column) => column.id)).toEqual([
      'before',
      'after',
      'difference',
      'rate',
    ]);
  });
});
