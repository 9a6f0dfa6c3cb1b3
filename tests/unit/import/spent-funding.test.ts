import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// An invented contest outline whose yearly table splits each year's budget and spending (집행)
// by source, as the bureau plans of a metropolitan city print them.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '청년과',
    '',
    '1. 청년 공간 조성',
    '❖ 사업명 : 청년 공간 디지털 안내판 구축',
    '❖ 사업기간 : 2024. 8월 ~ 2025. 4월',
    '❖ 총사업비 : □ 연도별 예산 및 집행 현황',
    '(단위: 백만원)',
    '구분\t총사업비\t2024년 예산\t2024년 집행\t2025년',
    '계\t1,500\t1,000\t600\t500',
    '국비\t1,000\t700\t420\t300',
    '시비\t500\t300\t180\t200',
    '',
  ].join('\n'),
);

describe('a yearly table whose 집행 column has its own funding split', () => {
  const year2024 = report.lines.find((line) => line.fiscalYear === 2024);

  it('keeps the budget’s split as funding and the spending’s as spentFunding', () => {
    expect([year2024?.budget, year2024?.funding, year2024?.spent, year2024?.spentFunding]).toEqual([
      1_000_000_000,
      { national: 700_000_000, city: 300_000_000 },
      600_000_000,
      { national: 420_000_000, city: 180_000_000 },
    ]);
  });

  it('gives a year without spending no spentFunding', () => {
    const year2025 = report.lines.find((line) => line.fiscalYear === 2025 && line.budget);
    expect([year2025?.budget, year2025?.spentFunding]).toEqual([500_000_000, undefined]);
  });

  it('finds no error in the consistent table', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reports a spent split that does not add up to the spent figure', () => {
    const wrong = parseReport(
      [
        '2025년 주요업무 계획',
        '',
        '청년과',
        '',
        '1. 청년 공간 조성',
        '❖ 사업명 : 청년 공간 디지털 안내판 구축',
        '(단위: 백만원)',
        '구분\t총사업비\t2024년 예산\t2024년 집행\t2025년',
        '계\t1,500\t1,000\t600\t500',
        '국비\t1,000\t700\t430\t300',
        '시비\t500\t300\t180\t200',
        '',
      ].join('\n'),
    );
    const errors = wrong.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.stated, finding.computed])).toContainEqual([
      600_000_000, 610_000_000,
    ]);
  });
});
