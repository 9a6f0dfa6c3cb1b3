import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readWorksCell, yearColumns } from '../../../shared/import/interpret/yearly-works';

const head = ['2025년 주요업무 계획', '', '제301회 한빛시의회 정례회', '', '녹지정책과', ''];

function linesOf(body: string[]) {
  const report = parseReport([...head, ...body].join('\n'));
  return {
    figures: report.lines.map((line) => [
      line.project,
      line.fiscalYear,
      line.spent ?? null,
      line.budget ?? null,
    ]),
    errors: report.findings.filter((finding) => finding.severity === 'error'),
  };
}

describe('a table of years across whose cells give the works and their cost', () => {
  const { figures, errors } = linesOf([
    '1. 생활권 숲길 조성',
    'ㅇ 연도별 추진실적 및 향후계획',
    '구분\t계\t2023년\t2024년\t2025년\t2026년',
    '계\t30개소 12.5ha (150억원)\t12개소 5ha (60억원)\t10개소 4ha (50억원)\t6개소 2.5ha (30억원)\t2개소 1ha (10억원)',
    '가로 숲길\t18개소 7ha (90억원)\t8개소 3ha (40억원)\t6개소 2ha (30억원)\t4개소 2ha (20억원)\t-',
    '학교 숲\t12개소 5.5ha (60억원)\t4개소 2ha (20억원)\t4개소 2ha (20억원)\t2개소 0.5ha (10억원)\t2개소 1ha (10억원)',
  ]);

  it('reads each year’s amount in parentheses: spent before the plan’s year, budget from it on', () => {
    expect(figures).toContainEqual(['가로 숲길', 2023, 4_000_000_000, null]);
    expect(figures).toContainEqual(['가로 숲길', 2024, 3_000_000_000, null]);
    expect(figures).toContainEqual(['가로 숲길', 2025, null, 2_000_000_000]);
    expect(figures).toContainEqual(['학교 숲', 2026, null, 1_000_000_000]);
    expect(figures).toContainEqual(['계', 2025, null, 3_000_000_000]);
  });

  it('takes no year from the 계 column and nothing from a dash', () => {
    expect(figures.filter(([name]) => name === '가로 숲길')).toHaveLength(3);
    expect(figures.some(([, , , budget]) => budget === 15_000_000_000)).toBe(false);
  });

  it('finds nothing wrong', () => {
    expect(errors).toEqual([]);
  });
});

describe('readWorksCell', () => {
  it.each([
    ['8개소 13.14ha (123억원)', 12_300_000_000],
    ['3개소, 2.5km (1,200백만원)', 1_200_000_000],
    ['1식 (850천원)', 850_000],
  ])('reads the amount in parentheses after quantities: %s', (text, won) => {
    expect(readWorksCell(text)?.won).toBe(won);
  });

  it.each([
    '123억원',
    '8개소 13.14ha',
    '1,234 (1,200)',
    '공원 정비 (12억원)',
    '8개소 (국비 12억원)',
    '2개소 (12억원, 5억원)',
  ])('reads nothing from what is not quantities with one amount: %s', (text) => {
    expect(readWorksCell(text)).toBeNull();
  });
});

describe('yearColumns', () => {
  it('follows the group over the years (실적 spent, 계획 budget) and skips 계 and carried-over work', () => {
    const labels = [
      '구분',
      '추진실적/계',
      '추진실적/2023년',
      '추진실적/2025년',
      '향후계획/2024년(이월사업)',
      '향후계획/2025년',
      '향후계획/2026년',
    ];
    expect(yearColumns(labels, 2025)).toEqual([
      { index: 2, year: 2023, field: 'spent' },
      { index: 3, year: 2025, field: 'spent' },
      { index: 5, year: 2025, field: 'budget' },
      { index: 6, year: 2026, field: 'budget' },
    ]);
  });
});
