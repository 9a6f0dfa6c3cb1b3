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

describe('names in narrow 관 | 항 | 목 cells (invented)', () => {
  const report = parseReport(
    [
      '2025년 꿈나무센터 세입세출 예산서',
      '',
      '(단위: 원)',
      '구분\t관\t항\t목\t예산액',
      '세입\t보조금수입\t보조금수입\t국고보조금\t12,000,000',
      '\t\t\t기타예금이자수<br>입\t5,000',
      '\t\t보조금수입 소계\t\t12,005,000',
      '\t보조금수입 소계\t\t\t12,005,000',
      '세출\t사무비\t운영비\t수용비 및 수수<br>료\t2,000,000',
      '\t\t\t퇴직금 및 퇴직<br>적립금\t1,000,000',
      '\t\t\t여비<br>및 교통비\t500,000',
    ].join('\n'),
  );
  const names = () => report.lines.map((line) => line.project);

  it('joins a word the cell broke onto a new line without a space', () => {
    expect(names()).toContain('기타예금이자수입');
    expect(names()).toContain('수용비 및 수수료');
  });

  it('keeps the space where the cell broke between two words', () => {
    expect(names()).toContain('퇴직금 및 퇴직 적립금');
    expect(names()).toContain('여비 및 교통비');
  });

  it('names each subtotal by the level it closes, so the 항 and the 관 are two lines', () => {
    expect(names().filter((name) => name.startsWith('보조금수입 소계'))).toEqual([
      '보조금수입 소계(항)',
      '보조금수입 소계(관)',
    ]);
  });
});
