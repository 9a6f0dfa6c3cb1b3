import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

describe('a 구분 | 관 | 항 | 목 table names each row by its most specific level (invented)', () => {
  const report = parseReport(
    [
      '2025년 꿈나무센터 세입세출 예산서',
      '',
      '(단위: 원)',
      '구분\t관\t항\t목\t예산액',
      '세입\t보조금수입\t보조금수입\t국고보조금\t12,000,000',
      '\t\t\t시비보조금\t3,000,000',
      '세출\t사무비\t인건비\t급여\t10,000,000',
      '\t\t운영비\t공공요금\t5,000,000',
    ].join('\n'),
  );

  it('takes the 목 as the name and 세입/세출 as the category', () => {
    expect(report.lines.map((l) => [l.project, l.category ?? 'expenditure', l.budget])).toEqual([
      ['국고보조금', 'revenue', 12_000_000],
      ['시비보조금', 'revenue', 3_000_000],
      ['급여', 'expenditure', 10_000_000],
      ['공공요금', 'expenditure', 5_000_000],
    ]);
  });
});
