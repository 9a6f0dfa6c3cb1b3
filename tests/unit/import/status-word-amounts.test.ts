import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const report = (...lines: string[]) =>
  parseReport(['2022년 가상원 업무계획', '', ...lines].join('\n'));

describe('a project heading whose amount says the project is new or continuing (invented)', () => {
  it('reads (신규 618백만원) and (계속 320백만원) as the year’s budget of the heading’s project', () => {
    const lines = report(
      '□ 별빛 도서관 운영(신규 618백만원)',
      ' ㅇ 도서관 운영',
      '',
      '□ 햇빛 체육관 운영(계속 320백만원)',
      ' ㅇ 체육관 운영',
    ).lines.map((line) => [line.project, line.fiscalYear, line.budget ?? line.requiredBudget]);
    expect(lines).toEqual([
      ['별빛 도서관 운영', 2022, 618_000_000],
      ['햇빛 체육관 운영', 2022, 320_000_000],
    ]);
  });

  it('does not take an increase (증액 …) or a decrease for the budget', () => {
    const lines = report(
      '□ 달빛 체육관 운영(증액 320백만원)',
      ' ㅇ 체육관 운영',
      '□ 은빛 도서관 운영(감액 50백만원)',
      ' ㅇ 도서관 운영',
    ).lines;
    expect(lines).toEqual([]);
  });
});
