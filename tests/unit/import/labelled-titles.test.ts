import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: a plan's pressing issues, each titled `현안N …`, with its 사업비 under 사업개요.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '제301회 한빛시의회 정례회',
    '',
    '2024. 11.',
    '',
    '청년정책과',
    '',
    'Ⅳ. 당면현안',
    '',
    '현안1 청년 창업공간 확충 지원사업',
    '',
    '□ 사업개요',
    'ㅇ 사업기간 : ’25. 1. ~ 12.',
    'ㅇ 사업비 : 300백만원(시비)',
    '',
    '현안2 한빛 책축제(가칭: 강변도서관) 개최',
    '',
    '□ 사업개요',
    'ㅇ 사업비 : 6억원(시비)',
    '',
  ].join('\n'),
);

describe('a project titled `현안N …` (or `과제N …`)', () => {
  it('names the statements under it, the title without its label', () => {
    expect(report.lines.map((line) => [line.project, line.requiredBudget, line.funding])).toEqual([
      ['청년 창업공간 확충 지원사업', 300_000_000, { city: 300_000_000 }],
      ['한빛 책축제(가칭: 강변도서관) 개최', 600_000_000, { city: 600_000_000 }],
    ]);
  });
});
