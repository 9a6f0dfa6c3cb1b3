import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const cover = ['2025년 주요업무 계획', '', '교통정책과', ''];

describe('which heading or item a statement belongs to', () => {
  it('gives a statement on an item’s second line to the (topic) the item opens with', () => {
    // Invented: specifications before the arrow, the cost after it, on the item's second line.
    const report = parseReport(
      [
        ...cover,
        '1. 대중교통 연계 강화',
        '',
        'ㅇ (한빛역 환승센터) 역 주변 교통수단의 효율적 연계를 위한 편의시설 확충',
        'E/S(2개소, 4대)·E/L(1대) ▸ 총사업비 120억원(국 30%, 시 70%)',
        'ㅇ (광역 환승) 이웃 도시와 환승 요금 무료화',
        '',
      ].join('\n'),
    );
    expect(report.lines.map((line) => [line.project, line.totalCost, line.funding])).toEqual([
      ['한빛역 환승센터', 12_000_000_000, { national: 3_600_000_000, city: 8_400_000_000 }],
    ]);
  });

  it('gives a 예산 under a boxed item to that item, not to the numbered project above it', () => {
    // Invented: two boxed items of one numbered project, each with its own outline and money.
    const report = parseReport(
      [
        ...cover,
        '1. 광역 철도망 구축',
        '',
        '□ 한빛~새솔 광역철도 건설(2021~2032)',
        ' ○ (사업개요) 광역교통 인프라 구축',
        '  - 사업비 : 2조 1,000억원(국비 14,700, 지방비 6,300)',
        '□ 제3회 「2025 한빛철도산업전」 개최',
        ' ○ (사업개요) 국내 유일의 철도 전시회',
        '  - 예산 : 5.5억원(시비 1.5, 자부담 4)',
        '',
      ].join('\n'),
    );
    expect(report.lines.map((line) => [line.project, line.totalCost ?? line.budget])).toEqual([
      ['한빛~새솔 광역철도 건설(2021~2032)', 2_100_000_000_000],
      ['제3회 「2025 한빛철도산업전」 개최', 550_000_000],
    ]);
    expect(report.lines[1]).toMatchObject({ funding: { city: 150_000_000, other: 400_000_000 } });
  });

  it('never takes a year’s outline label (`□ 2025년도 운영계획`) for an item of the project', () => {
    const report = parseReport(
      [
        ...cover,
        '7 유아숲체험원 프로그램 운영',
        '',
        '□ 조성현황',
        'ㅇ 사업비 : 198백만원(시비)',
        '□ 2025년도 운영계획',
        'ㅇ 사업비 : 71백만원(시비)',
        '',
      ].join('\n'),
    );
    expect(report.lines.map((line) => [line.project, line.requiredBudget])).toEqual([
      ['유아숲체험원 프로그램 운영', 198_000_000],
      ['유아숲체험원 프로그램 운영', 71_000_000],
    ]);
  });
});
