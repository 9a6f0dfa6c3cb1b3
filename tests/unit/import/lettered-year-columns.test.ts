import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const rows = (...lines: string[]) => lines.join('\n');

describe('year columns tagged with the letter an 증감 column refers to (invented)', () => {
  it('reads 2021년 (A) | 2022년 (B) | 증 감 (B-A) as last year’s and this year’s budget', () => {
    const report = parseReport(
      rows(
        '2022년 가상원 업무계획',
        '',
        '□ 세입예산',
        '(단위: 백만원)',
        '구 분\t2021년 (A)\t2022년 (B)\t증 감 (B-A)\t%',
        '계\t1,125\t1,128\t3\t0.27',
        '토지대여료\t94\t97\t3\t3.19',
        '기타잡수입\t1,031\t1,031\t0\t0',
      ),
    );
    expect(
      report.lines.map((l) => [l.project, l.category, l.fiscalYear, l.budget, l.previousBudget]),
    ).toEqual([
      ['계', 'revenue', 2022, 1_128_000_000, 1_125_000_000],
      ['토지대여료', 'revenue', 2022, 97_000_000, 94_000_000],
      ['기타잡수입', 'revenue', 2022, 1_031_000_000, 1_031_000_000],
    ]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a 계 that is not its parts, in a table with lettered year columns', () => {
    const report = parseReport(
      rows(
        '2022년 가상원 업무계획',
        '',
        '(단위: 백만원)',
        '구 분\t2021년(가)\t2022년(나)\t증감(나-가)',
        '계\t1,125\t1,148\t23',
        '토지대여료\t94\t97\t3',
        '기타잡수입\t1,031\t1,031\t0',
      ),
    );
    const errors = report.findings.filter((f) => f.severity !== 'info');
    expect(errors.some((f) => f.stated === 1_148_000_000 || f.stated === 1148)).toBe(true);
  });
});
