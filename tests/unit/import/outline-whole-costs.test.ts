import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readFundingNote } from '../../../shared/import/interpret/funding-note';
import { readListedParts } from '../../../shared/import/interpret/listed-parts';

const HEAD = [
  '2025년 주요업무 계획',
  '',
  '제201회 한빛시의회 정례회',
  '',
  '2024. 11.',
  '',
  '강변공원과',
  '',
];

function parse(lines: string[]) {
  return parseReport([...HEAD, ...lines, ''].join('\n'));
}

const lineOf = (report: ReturnType<typeof parse>, project: string, fiscalYear = 2025) =>
  report.lines.find((line) => line.project === project && line.fiscalYear === fiscalYear);

describe('a funding note after a cost breakdown', () => {
  it('gives the funding when its sources add up to the whole (※재원 : 국비 …, 시비 …)', () => {
    const report = parse([
      '1. 둘레길 조성',
      'ㅇ 사업비 : 1,400백만원(공사 1,300, 용역 100) ※재원 : 국비 700, 시비 700',
    ]);
    const line = lineOf(report, '둘레길 조성');
    expect(line?.requiredBudget).toBe(1_400_000_000);
    expect(line?.funding).toEqual({ national: 700_000_000, city: 700_000_000 });
  });

  it('splits the whole by a ratio of joined sources (※ 국·시비(7:3))', () => {
    const report = parse([
      '1. 주차면 개선',
      'ㅇ 총사업비 : 550백만원(공사 530, 기타 20) ※ 국ㆍ시비(7:3)',
    ]);
    expect(lineOf(report, '주차면 개선')?.funding).toEqual({
      national: 385_000_000,
      city: 165_000_000,
    });
  });

  it('gives nothing when a source is not named alone or the parts miss the whole', () => {
    const report = parse([
      '1. 수변공원 조성',
      'ㅇ 총사업비 : 34,650백만원 ※ 국비 50%, 지방비 50%',
      '2. 광장 조성',
      'ㅇ 사업비 : 900백만원(공사 800, 설계 100) ※ 국비 300, 시비 300',
    ]);
    expect(lineOf(report, '수변공원 조성')?.funding).toBeUndefined();
    expect(lineOf(report, '광장 조성')?.funding).toBeUndefined();
  });

  it('never gives a split that misses the whole, whatever the ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (millions, national, city) => {
          const whole = millions * 1_000_000;
          const note = readFundingNote(` ※ 국·시비(${national}:${city})`, '백만원', whole);
          if (note === null) return;
          expect((note.funding.national ?? 0) + (note.funding.city ?? 0)).toBe(whole);
        },
      ),
    );
  });
});

describe('the particulars of an outline item', () => {
  it('are read from the line below when it opens with the arrow', () => {
    const report = parse([
      '1. 물새 서식지 보전',
      '- 대체 습지 조성 및 사후관리(연못 조성)',
      '▹ 남단공원 A=70,000㎡, 기본 및 실시설계 용역 발주(9억원) ※ 총사업비 64억원',
    ]);
    const lines = report.lines.filter((line) => line.project.startsWith('대체 습지 조성'));
    expect(lines.map((line) => line.totalCost ?? null)).toContain(6_400_000_000);
    // the works of the year before the whole-cost note are the year's own figure
    expect(lines.map((line) => line.budget ?? null)).toContain(900_000_000);
  });

  it('take the topic’s name when the words before the arrow are steps, not a name', () => {
    const report = parse([
      '1. 공원 시설 확충',
      'ㅇ (야외수영장 부지 활용) 사계절 이용 가능한 시설 도입',
      '- 타당성 조사 및 기본계획 수립 후 시설 조성 ▹ 북단 야외수영장(A=14,000㎡), 사업비 9억원',
    ]);
    expect(lineOf(report, '야외수영장 부지 활용')?.requiredBudget).toBe(900_000_000);
  });

  it('name their project by the event’s name field (행사명 : …)', () => {
    const report = parse([
      '1. 나무심기 행사',
      '□ 추진목적',
      'ㅇ 시민과 함께하는 나무심기',
      '□ 행사개요',
      'ㅇ 행사명 : 2025년 시민 나무심기',
      'ㅇ 예산액 : 120백만원(시비)',
    ]);
    expect(lineOf(report, '2025년 시민 나무심기')?.budget).toBe(120_000_000);
  });
});

describe('a whole cost split into its works', () => {
  const report = parse([
    '1. 수변 문화공원 조성',
    'ㅇ 총사업비 : 30,000백만원',
    '- (강변공원과) 가족정원 조성 6,000백만원, (북구) 야외무대 조성 24,000백만원',
    '사업비 (A+B)\t연도별 투자계획\t\t\t\t\t향후 투자(B)',
    '\t소계(A)\t기투자\t2025\t2026\t2027\t',
    '6,000\t6,000\t0\t500\t2,500\t3,000\t',
  ]);

  it('gives each work its own whole cost as a child of the total', () => {
    const parent = lineOf(report, '수변 문화공원 조성');
    const garden = lineOf(report, '가족정원 조성');
    expect(garden?.totalCost).toBe(6_000_000_000);
    expect(garden?.parentKey).toBe(parent?.key);
    expect(lineOf(report, '야외무대 조성')?.totalCost).toBe(24_000_000_000);
  });

  it('reads a one-row investment plan under it as that work’s budget by year', () => {
    const budgets = report.lines
      .filter((line) => line.project === '가족정원 조성' && line.budget !== undefined)
      .map((line) => [line.fiscalYear, line.budget]);
    expect(budgets).toEqual([
      [2025, 500_000_000],
      [2026, 2_500_000_000],
      [2027, 3_000_000_000],
    ]);
    expect(lineOf(report, '가족정원 조성')?.period).toEqual({ from: 2025, to: 2027 });
  });

  it('is no split when the works do not add up to the total', () => {
    expect(
      readListedParts('(북구) 정원 조성 600백만원, (남구) 무대 조성 300백만원', 1_000_000_000),
    ).toEqual([]);
  });
});

describe('a summary figure that restates a whole cost', () => {
  it('is the whole cost when the project’s own page states that amount as 총사업비', () => {
    const report = parse([
      '1. 공원 시설 확충',
      'ㅇ (자연유산관 유치) 국가기관 건립',
      '- 자연유산관 건립 ▹ 을숙도 일원, 지상4층, 사업비 1,200억원',
      '- 산책로 정비 ▹ 북단공원, L=400m, 사업비 3억원',
      '2. 「자연유산관 건립」 유치',
      'ㅇ 총사업비 : 1,200억원(국비)',
    ]);
    const summary = report.lines.find((line) => line.project === '자연유산관 건립');
    expect(summary?.totalCost).toBe(120_000_000_000);
    expect(summary?.requiredBudget).toBeUndefined();
    expect(lineOf(report, '산책로 정비')?.requiredBudget).toBe(300_000_000);
  });

  it('stays the year’s figure when a year’s budget of the work is that amount', () => {
    const report = parse([
      '1. 공원 시설 확충',
      '- 테니스장 정비 ▹ 북단공원, 사업비 4.5억원',
      '2. 테니스장 정비',
      'ㅇ 총사업비 : 450백만원',
      'ㅇ 예산액 : 450백만원',
    ]);
    const summary = report.lines.find(
      (line) => line.project === '테니스장 정비' && line.source.text?.includes('▹'),
    );
    expect(summary?.requiredBudget).toBe(450_000_000);
  });
});

describe('rows that split a total by account', () => {
  const table = (general: string) =>
    parse([
      '1. 예산',
      '(단위 : 억원)',
      '구분\t2025년도\t2024년도',
      `총계\t1,500\t1,200`,
      `일반회계\t${general}\t800`,
      '특별회계\t500\t400',
      '교통사업특별회계\t300\t250',
      '도시철도특별회계\t200\t150',
    ]);

  it('give the total its accounts when they add up to it', () => {
    const total = table('1,000').lines.find((line) => line.project === '총계');
    expect(total?.accounts).toEqual({ general: 100_000_000_000, special: 50_000_000_000 });
    expect(total?.funding).toBeUndefined();
  });

  it('give none when they do not add up to the total', () => {
    const total = table('900').lines.find((line) => line.project === '총계');
    expect(total?.accounts).toBeUndefined();
  });
});

describe('a figure under a status heading', () => {
  const report = (progress: string) =>
    parse([
      '1. 유아숲 체험원 운영',
      '□ 조성현황',
      'ㅇ 사업비 : 150백만원(시비)',
      '□ 추진현황',
      progress,
      'ㅇ ’24. 9.~10. : 공사 착수 및 완료',
      '□ 2025년도 운영계획',
      'ㅇ 사업비 : 60백만원(시비)',
    ]);
  const years = (progress: string) =>
    report(progress)
      .lines.filter((line) => line.source.text?.includes('사업비'))
      .map((line) => [line.fiscalYear, line.requiredBudget]);

  it('is the year a dated progress item says that amount was secured', () => {
    expect(years('ㅇ ’24. 6. : 조성 예산 확보(150백만원)')).toEqual([
      [2024, 150_000_000],
      [2025, 60_000_000],
    ]);
  });

  it('stays the plan’s year when the dated item names the year the money is for', () => {
    expect(years('ㅇ ’24. 12. : ’25년 예산 확보(150백만원)')).toEqual([
      [2025, 150_000_000],
      [2025, 60_000_000],
    ]);
  });
});
