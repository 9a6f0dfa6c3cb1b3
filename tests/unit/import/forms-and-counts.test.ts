import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const rows = (...lines: string[]) => lines.join('\n');

describe('a form to fill in gives no budget lines (invented)', () => {
  it('reads no line from a cost sheet whose 단가 and 합계 cells are all empty, and says why', () => {
    const report = parseReport(
      rows(
        '2025년 구민 음악회 행사대행 용역 제안요청서',
        '',
        '□ 소요예산: 50,000,000원',
        '',
        '(단위: 천원)',
        '구분\t내용\t수량\t단가\t합계\t비고',
        '기획\t행사기획\t\t\t\t',
        '홍보\t현수막\t30\t\t\t',
        '총 계\t\t\t\t\t',
      ),
    );
    expect(report.lines.map((l) => l.project)).not.toContain('기획');
    expect(report.lines.some((l) => l.budget === 0)).toBe(false);
    expect(report.lines.map((l) => l.requiredBudget ?? l.budget)).toEqual([50_000_000]);
    expect(report.warnings.some((w) => w.message.ko.includes('서식 표'))).toBe(true);
  });

  it('still reads a table where one row states a figure and the others are blank or dashes', () => {
    const report = parseReport(
      rows(
        '2025년 구민 음악회 추진계획',
        '',
        '(단위: 천원)',
        '구분\t예산액\t비고',
        '기획\t1,200\t',
        '홍보\t-\t',
      ),
    );
    expect(report.lines.map((l) => [l.project, l.budget])).toEqual([
      ['기획', 1_200_000],
      ['홍보', 0],
    ]);
  });
});

describe('a count in a money column is not money (invented)', () => {
  it('reads no budget from a row of 건 counts under year columns', () => {
    const report = parseReport(
      rows(
        '2025년 국어사전 정비 추진계획',
        '',
        '(단위: 백만원)',
        '구분\t2023년\t2024년\t2025년',
        '전문가 감수\t1,208건\t3,232건\t5,847건',
        '사전 정비 사업비\t120\t150\t180',
      ),
    );
    expect(report.lines.some((l) => l.project === '전문가 감수')).toBe(false);
    expect(report.lines.filter((l) => l.project === '사전 정비 사업비').length).toBeGreaterThan(0);
    expect(report.lines.every((l) => l.budget === undefined || l.budget >= 100_000_000)).toBe(true);
  });
});
