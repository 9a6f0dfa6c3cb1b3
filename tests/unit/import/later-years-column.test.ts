/**
 * A project's yearly plan with its funding down the rows (`구분 | 총사업비 | '24년 | '25년 | '26년
 * 이후` over `계 | 국비 | 시비`): `'26년 이후` is the rest of a project that runs past 2026, not
 * 2026's budget, unless the outline's 사업기간 ends in 2026. Invented figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

function budgets(period: string) {
  const report = parseReport(
    [
      '2025년 주요업무 계획',
      '',
      '한빛시 청년국',
      '',
      '청년정책과',
      '',
      '1. 청년마을 조성',
      '',
      '□ 사업개요',
      `ㅇ 사업기간 : ${period}`,
      'ㅇ 연도별 투자계획',
      '(단위: 백만원)',
      '구분\t총사업비\t2024년\t2025년\t2026년 이후',
      '계\t4,000\t1,000\t1,000\t2,000',
      '국비\t2,000\t500\t500\t1,000',
      '시비\t2,000\t500\t500\t1,000',
      '',
    ].join('\n'),
  );
  return report.lines
    .filter((line) => line.budget !== undefined)
    .map((line) => [line.fiscalYear, line.budget]);
}

describe('a `N년 이후` column of a yearly plan', () => {
  it('is no year’s budget when the project runs past that year', () => {
    expect(budgets('2024년 ~ 2028년')).toEqual([
      [2024, 1_000_000_000],
      [2025, 1_000_000_000],
    ]);
  });

  it('is that year’s budget when the project ends in it', () => {
    expect(budgets('2024년 ~ 2026년')).toEqual([
      [2024, 1_000_000_000],
      [2025, 1_000_000_000],
      [2026, 2_000_000_000],
    ]);
  });
});
