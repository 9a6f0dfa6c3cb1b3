import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const rows = (...lines: string[]) => lines.join('\n');
const assumed = (report: ReturnType<typeof parseReport>) =>
  report.warnings.some((warning) => warning.message.ko.includes('천원으로 읽었습니다'));

describe('a table that states no unit takes the one its own cells write (invented)', () => {
  it('reads figures as 원 when a row works its figure out in 원 (2,000,000원*6개월 = 12,000,000)', () => {
    const report = parseReport(
      rows(
        '2025년 꿈나무센터 세입세출 예산서',
        '',
        '과목\t예산액\t산출내역',
        '운영비보조\t12,000,000\t운영비 2,000,000원*6개월',
        '후원금\t3,500,500\t정기후원 3,500,500원',
      ),
    );
    expect(report.lines.map((l) => [l.project, l.budget])).toEqual([
      ['운영비보조', 12_000_000],
      ['후원금', 3_500_500],
    ]);
    expect(assumed(report)).toBe(false);
  });

  it('still assumes 천원 (with a warning) when nothing in the table says 원', () => {
    const report = parseReport(
      rows(
        '2025년 꿈나무센터 세입세출 예산서',
        '',
        '과목\t예산액\t비고',
        '운영비보조\t12,000\t월 2,000원 간식',
      ),
    );
    expect(report.lines.map((l) => [l.project, l.budget])).toEqual([['운영비보조', 12_000_000]]);
    expect(assumed(report)).toBe(true);
  });
});
