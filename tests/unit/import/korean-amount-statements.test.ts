/**
 * Statements and sentences that write their amounts the Korean way (조, 억, 천만, 천억; spaced or
 * not before 원), in an invented plan. Every amount must be read to the won.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readBudgetStatement } from '../../../shared/import/interpret/budget-statement';

describe('budget statements with amounts in 조, 억 and 천만', () => {
  it.each([
    ['사업비 : 2천억원(국비 1천억, 시비 1천억)', 200_000_000_000, { national: 1e11, city: 1e11 }],
    [
      '사업비 : 1조 5천억원(국비 1조, 시비 5천억)',
      1_500_000_000_000,
      { national: 1e12, city: 5e11 },
    ],
    [
      '사업비 : 1조 2,345억원(국비 1조, 시비 2,345억)',
      1_234_500_000_000,
      { national: 1e12, city: 234_500_000_000 },
    ],
    [
      '사업비 : 3억 5천만원(도비 1억, 군비 2억 5천만)',
      350_000_000,
      { province: 100_000_000, district: 250_000_000 },
    ],
    [
      '소요예산 : 3,500억 원(국비 50%, 시비 50%)',
      350_000_000_000,
      { national: 175_000_000_000, city: 175_000_000_000 },
    ],
    ['사업비 : 5천만원(구비 100%)', 50_000_000, { district: 50_000_000 }],
    [
      '총사업비 : 12.5십억원(국비 10, 시비 2.5)',
      12_500_000_000,
      { national: 10_000_000_000, city: 2_500_000_000 },
    ],
  ])('reads %s to the won, with its parts', (text, won, funding) => {
    const statement = readBudgetStatement(text)!;
    expect(statement.main).toMatchObject({ kind: 'money', won });
    expect(statement.funding).toEqual(funding);
  });
});

describe('a plan whose statements and sentences write amounts the Korean way', () => {
  const report = parseReport(
    [
      '2025년 주요업무 계획',
      '',
      '제301회 한빛시의회 정례회',
      '',
      '2024. 11.',
      '',
      '도시재생과',
      '',
      'Ⅲ. 2025년 주요업무 추진계획',
      '',
      '1. 도심 공원 조성',
      ' ㅇ 사 업 비 : 2천억원(국비 1천억, 시비 1천억)',
      '2. 청년 주거 지원',
      ' ㅇ 소요예산 : 3억 5천만원(시비)',
      '3. 마을 조사 용역',
      ' ㅇ 사업비 : 5천만 원(구비 100%)',
      '4. 조례 정비',
      ' - 도시재생 조례 제3조 개정에 따른 주민협의체 운영(1,200만원)',
      ' - 노후 주택 수리 지원(3,500억 원) 추진',
      ' - 빈집 정비(12.5억 원, 국비 50%, 시비 50%)',
      '',
    ].join('\n'),
  );

  it('reads every amount exactly, and never a 조 inside 조성, 조사 or 조례 as a unit', () => {
    const read = report.lines.map((line) => [
      line.project,
      line.budget ?? line.requiredBudget,
      line.funding,
    ]);
    expect(read).toEqual([
      ['도심 공원 조성', 200_000_000_000, { national: 100_000_000_000, city: 100_000_000_000 }],
      ['청년 주거 지원', 350_000_000, { city: 350_000_000 }],
      ['마을 조사 용역', 50_000_000, { district: 50_000_000 }],
      ['도시재생 조례 제3조 개정에 따른 주민협의체 운영', 12_000_000, undefined],
      ['노후 주택 수리 지원', 350_000_000_000, undefined],
      ['빈집 정비', 1_250_000_000, { national: 625_000_000, city: 625_000_000 }],
    ]);
  });

  it('finds nothing wrong in figures that add up', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

describe('amounts in 천억 written without 원, as sentences and arrows often write 억', () => {
  const report = parseReport(
    [
      '2025년 주요업무 계획',
      '',
      '제301회 한빛시의회 정례회',
      '',
      '2024. 11.',
      '',
      '공원녹지과',
      '',
      'Ⅲ. 2025년 주요업무 추진계획',
      '',
      '1. 도시 숲 조성',
      ' - 도심 숲길 조성(2천억) 추진',
      ' - 가로수 정비 ▹ 3천억',
      ' - 하천 정비(12억) 추진',
      '',
    ].join('\n'),
  );

  it('reads 2천억 and 3천억 as 억원 amounts, like 12억', () => {
    const read = report.lines.map((line) => [line.project, line.budget ?? line.requiredBudget]);
    expect(read).toEqual([
      ['도심 숲길 조성', 200_000_000_000],
      ['가로수 정비', 300_000_000_000],
      ['하천 정비', 1_200_000_000],
    ]);
  });
});
