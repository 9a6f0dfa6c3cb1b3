import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readBudgetStatement } from '../../../shared/import/interpret/budget-statement';
import { readPeriodAndCost } from '../../../shared/import/interpret/period-and-cost';

describe('an outline line giving the years and, after a note mark, the cost', () => {
  it('is the whole cost over those years, with its funding', () => {
    const statement = readPeriodAndCost('기간 : 2021. 3. ~ 2026. 6. * 사업비 : 45억원(국비)');
    expect(statement?.field).toBe('totalCost');
    expect(statement?.period).toEqual({ from: 2021, to: 2026 });
    expect(statement?.main).toMatchObject({ kind: 'money', won: 4_500_000_000 });
    expect(statement?.funding).toEqual({ national: 4_500_000_000 });
  });

  it('stays the budget when the years are one', () => {
    expect(readPeriodAndCost('기간 : 2025. 1. ~ 2025. 12. ※ 사업비 : 3억원')?.field).toBe(
      'requiredBudget',
    );
  });

  it.each([
    '기간 : 2021. 3. ~ 2026. 6.',
    '기간 : 2021. 3. ~ 2026. 6. * 대상지 3개소',
    '위치 : 북구 일원 * 사업비 : 45억원',
    '기간 : 2021. 3. ~ 2026. 6. 설계 착수 * 사업비 : 45억원',
  ])('reads nothing from %s', (text) => {
    expect(readPeriodAndCost(text)).toBeNull();
  });

  it('names the line after the project heading above it', () => {
    const report = parseReport(
      [
        '2025년 주요업무 계획',
        '',
        '제301회 한빛시의회 정례회',
        '',
        '산림휴양과',
        '',
        '1. 숲 휴양시설 확충',
        '□ 국립 달빛 휴양림',
        'ㅇ 사업개요',
        '- 기간 : 2022. 7. ~ 2027. 12. * 사업비 : 86억원 (국비)',
        '',
      ].join('\n'),
    );
    expect(report.lines.map((line) => [line.project, line.totalCost])).toContainEqual([
      '국립 달빛 휴양림',
      8_600_000_000,
    ]);
  });
});

describe('예산금액 as a statement keyword', () => {
  it('reads the year’s budget and its cost breakdown', () => {
    const statement = readBudgetStatement('예산금액 : 8.2억원(행사운영비 1.2, 시설비 7)');
    expect(statement?.field).toBe('budget');
    expect(statement?.main).toMatchObject({ kind: 'money', won: 820_000_000 });
    expect(statement?.breakdown).toEqual([
      { label: '행사운영비', won: 120_000_000 },
      { label: '시설비', won: 700_000_000 },
    ]);
  });
});
