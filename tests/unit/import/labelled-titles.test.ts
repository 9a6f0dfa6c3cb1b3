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

describe('a numbered title whose first word starts with a number (`1-5 15분생활권 …`)', () => {
  // Invented: a PDF-style numbered title, then an outline whose labels are no projects.
  const titled = parseReport(
    [
      '2025년 주요업무 계획',
      '',
      '공원녹지과',
      '',
      '1-5 15분생활권 내 공원·녹지 연결 녹색길 조성',
      '',
      '□ 사업개요',
      'ㅇ 총사업비 : 300억원 (국비 100, 시비 200)',
      '□ 추진사항',
      'ㅇ 추진실적 : 목표대비 90% 달성',
      '',
      '3 12개 사업 추진',
      'ㅇ 사업비 : 5억원(시비)',
      '',
    ].join('\n'),
  );

  it('opens the project, and an outline label (□ 추진사항) under it never names its figures', () => {
    expect(titled.lines[0]).toMatchObject({
      project: '15분생활권 내 공원·녹지 연결 녹색길 조성',
      totalCost: 30_000_000_000,
    });
  });

  it('does not take a count after the number (`3 12개 사업 추진`) for a title', () => {
    expect(titled.lines[1]?.project).not.toBe('12개 사업 추진');
  });
});
