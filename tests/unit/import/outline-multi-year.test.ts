import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

/** An invented plan: project outlines whose years are stated apart from their cost. */
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '제301회 한빛시의회 정례회',
    '',
    '녹지과',
    '',
    '1. 숲길 정비',
    '□ 사업개요',
    ' ㅇ 위치 : 동구 일원',
    ' ㅇ 사업기간 : 2023. 3. ~ 2027. 12.',
    ' ㅇ 사업비 : 120억원(국비 40, 시비 80)',
    '□ 추진사항',
    " ㅇ '24. 5. : 실시설계",
    '',
    '2. 수목원 조성(2010~2029)',
    '□ 사업개요',
    ' ㅇ 사업비 : 1,200억원(공사 700, 보상 500)',
    '  - 1단계(2010~2022): 800억원',
    '  - 2단계(2022~2029): 400억원',
    '',
    '3. 꽃길 가꾸기',
    '□ 사업개요',
    ' ㅇ 사업기간 : 2025. 1. ~ 2025. 12.',
    ' ㅇ 사업비 : 5억원(시비)',
    '',
    '4. 둘레길 연결',
    '□ 사업개요',
    ' ㅇ 사업기간 : 2024. ~ 2026.',
    " ㅇ 사업비 : 6억원('25년, 시 3, 구 3)",
    '',
    '5. 습지 정원',
    '□ 사업개요',
    ' ㅇ 소요예산 : 90억원(국비 30, 시비 60)',
    ' ㅇ 기간 : 2024. 8. ~ 2028. 12.',
    '',
  ].join('\n'),
);

function figures(project: string) {
  return report.lines
    .filter((line) => line.project === project)
    .map((line) => ({
      totalCost: line.totalCost,
      requiredBudget: line.requiredBudget,
      period: line.period,
      funding: line.funding,
    }));
}

describe('a project outline that states its years apart from its cost', () => {
  it('reads the cost as the whole cost of those years when a 사업기간 item spans several years', () => {
    expect(figures('숲길 정비')).toEqual([
      {
        totalCost: 12_000_000_000,
        requiredBudget: undefined,
        period: { from: 2023, to: 2027 },
        funding: { national: 4_000_000_000, city: 8_000_000_000 },
      },
    ]);
  });

  it('finds the years on an item written after the cost, too', () => {
    expect(figures('습지 정원')).toEqual([
      {
        totalCost: 9_000_000_000,
        requiredBudget: undefined,
        period: { from: 2024, to: 2028 },
        funding: { national: 3_000_000_000, city: 6_000_000_000 },
      },
    ]);
  });

  it('takes the years from the project heading, and makes the phases parts of the whole cost', () => {
    const whole = report.lines.find((line) => line.totalCost === 120_000_000_000);
    expect(whole?.period).toEqual({ from: 2010, to: 2029 });
    const parts = report.lines
      .filter((line) => line.parentKey === whole?.key)
      .map((line) => [line.project, line.totalCost, line.requiredBudget]);
    expect(parts).toEqual([
      ['공사', 70_000_000_000, undefined],
      ['보상', 50_000_000_000, undefined],
      ['1단계(2010~2022)', 80_000_000_000, undefined],
      ['2단계(2022~2029)', 40_000_000_000, undefined],
    ]);
  });

  it('checks a cost split two ways (by item and by phase) against the whole, each on its own', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('keeps the year’s budget for a one-year period or a cost that names its own year', () => {
    expect(figures('꽃길 가꾸기')).toEqual([
      {
        totalCost: undefined,
        requiredBudget: 500_000_000,
        period: undefined,
        funding: { city: 500_000_000 },
      },
    ]);
    expect(figures('둘레길 연결')).toEqual([
      {
        totalCost: undefined,
        requiredBudget: 600_000_000,
        period: undefined,
        funding: { city: 300_000_000, district: 300_000_000 },
      },
    ]);
  });
});

describe('a cost split two ways', () => {
  it('is still an error when the phases below it do not add up to the whole', () => {
    const wrong = parseReport(
      [
        '2025년 주요업무 계획',
        '',
        '녹지과',
        '',
        '1. 수목원 조성(2010~2029)',
        '□ 사업개요',
        ' ㅇ 사업비 : 1,200억원(공사 700, 보상 500)',
        '  - 1단계(2010~2022): 800억원',
        '  - 2단계(2022~2029): 300억원',
      ].join('\n'),
    );
    const errors = wrong.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.code, finding.stated, finding.computed])).toEqual([
      ['total-mismatch', 120_000_000_000, 110_000_000_000],
    ]);
  });
});

describe('projects listed under boxed headings inside a numbered project', () => {
  const listed = parseReport(
    [
      '2025년 주요업무 계획',
      '',
      '철도과',
      '',
      '1. 광역 철도망 구축',
      '□ 도시철도 가람선 건설(2022~2029)',
      ' ○ (사업개요) 서부권 교통혼잡 해소',
      '  - 규모 : 경전철 L=12.4km, 정거장 10개소',
      '  - 사업비 : 9,800억원(국비 5,880, 시비 3,920)',
      '□ 도시철도 누리선 건설(2010~2026)',
      ' ○ (사업개요) 동서 균형발전',
      '  - 사업비 : 6,200억원(국비 3,720, 시비 2,480)',
    ].join('\n'),
  );

  it('names each cost after its own boxed heading, the first one too', () => {
    expect(
      listed.lines.map((line) => [line.project, line.totalCost, line.period, line.parentKey]),
    ).toEqual([
      ['도시철도 가람선 건설(2022~2029)', 980_000_000_000, { from: 2022, to: 2029 }, undefined],
      ['도시철도 누리선 건설(2010~2026)', 620_000_000_000, { from: 2010, to: 2026 }, undefined],
    ]);
    expect(listed.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
