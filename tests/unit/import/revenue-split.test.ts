import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { BudgetLine } from '../../../shared/model/report';

// Invented: a bureau's plan that sums up its money in a statement before the table, and a note
// under the table on an account that takes in and spends the same sum.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '한빛시 미래교육국',
    '',
    'Ⅰ. 기본현황',
    '',
    '□ 예 산 : 세입 1,204억원, 세출 8,310억원',
    '',
    'ㅇ 일반회계 : 세입 96억원, 세출 512억원',
    '',
    '※ 미래교육과 교육시설부담금 특별회계 세입 및 세출 : 21,450백만원',
    '',
  ].join('\n'),
);

const seen = (line: BudgetLine) => [line.project, line.category, line.budget, line.department];

describe('a statement giving 세입 and 세출 side by side', () => {
  it('is the owner’s revenue and spending, not a project’s budget', () => {
    const lines = report.lines.filter((line) => line.source.line === 7).map(seen);
    expect(lines).toEqual([
      ['세입', 'revenue', 120_400_000_000, '미래교육국'],
      ['세출', 'summary', 831_000_000_000, '미래교육국'],
    ]);
  });

  it('names an account’s revenue and spending after the account', () => {
    const lines = report.lines.filter((line) => line.source.line === 9).map(seen);
    expect(lines).toEqual([
      ['일반회계 세입', 'revenue', 9_600_000_000, '미래교육국'],
      ['일반회계 세출', 'summary', 51_200_000_000, '미래교육국'],
    ]);
  });
});

describe('an account’s 세입 및 세출 stated as one sum', () => {
  it('is both its revenue and its spending, under the office the note names first', () => {
    const lines = report.lines.filter((line) => line.source.line === 11).map(seen);
    expect(lines).toEqual([
      ['교육시설부담금 특별회계', 'revenue', 21_450_000_000, '미래교육과'],
      ['교육시설부담금 특별회계', 'summary', 21_450_000_000, '미래교육과'],
    ]);
  });
});
