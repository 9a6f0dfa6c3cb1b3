/**
 * A fiscal statistics sheet as ministries publish it (invented figures in the shape): no title
 * year, an as-of line on the cover, a `구 분` spanning two columns (groups, then their items), money
 * in 십억원 split over more accounts than a line holds.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const SHEET = [
  '《 홈페이지 공표 자료 》',
  '',
  '통 합 재 정 통 계',
  '',
  '(2024. 9월(누계) 기준/잠정)',
  '',
  '(단위 : 십억원)',
  '구 분\t\t일반회계\t특별회계\t세입세출외\t기 금\t합 계',
  '총수입 (A)\t\t1,000\t200\t5\t40\t1,245',
  '\t경상수입\t900\t150\t5\t40\t1,095',
  '\t자본수입\t100\t50\t-\t-\t150',
  '총지출 (B)\t\t1,100\t250\t3\t37\t1,390',
  '\t경상지출\t800\t200\t3\t37\t1,040',
  '\t자본지출\t300\t50\t-\t-\t350',
  '',
].join('\n');

describe('a fiscal statistics sheet with an as-of line and a two-column 구분', () => {
  const report = parseReport(SHEET);

  it('takes the year of the as-of line for its figures', () => {
    expect(report.document.fiscalYears).toEqual([2024]);
    expect(new Set(report.lines.map((line) => line.fiscalYear))).toEqual(new Set([2024]));
  });

  it('names each item row by its own words in the second column, revenue rows as revenue', () => {
    const read = report.lines.map((line) => [line.project, line.category, line.budget]);
    expect(read).toEqual([
      ['총수입 (A)', 'revenue', 1_245_000_000_000],
      ['경상수입', 'revenue', 1_095_000_000_000],
      ['자본수입', 'revenue', 150_000_000_000],
      ['총지출 (B)', undefined, 1_390_000_000_000],
      ['경상지출', undefined, 1_040_000_000_000],
      ['자본지출', undefined, 350_000_000_000],
    ]);
  });

  it('finds no error in figures that add up', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe('an as-of line in a plan', () => {
  it('does not make the plan’s figures that year’s', () => {
    const report = parseReport(
      [
        '주요업무 계획',
        '',
        '(2024. 9. 30. 기준)',
        '',
        '2024. 11.',
        '',
        '복지정책과',
        '',
        '1. 경로당 운영 지원',
        ' ㅇ 사업비 : 120,000천원(시비)',
        '',
      ].join('\n'),
    );
    expect(report.lines.map((line) => line.fiscalYear)).toEqual([2025]);
  });
});
