import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '제301회 한빛시의회 정례회',
    '',
    '2024. 11.',
    '',
    '관광진흥과',
    '',
    '1. 해양레저 관광 활성화',
    '- 해양레저시장 규모(3조 1200억원), 외국인 관광소비(812억원) 전국 2위',
    '- 한빛 캐릭터 관광업계 투자 펀드 조성(총 120억원)',
    '- 소각시설 폐열 이용 전력 생산· 판매(21억원), 탄소배출권 매각(7억원)',
    '- 환경개선부담금 부과·징수(14개소, 3.2억원)',
    '- 관광객 유치 경제효과 : 2,300억원',
    '- (1일 대당 운행시 연료비) 전기버스(95천원)',
    '- 요트 체험 프로그램 운영(4.5억원), 해변 안내판 정비(0.8억원)',
    '',
  ].join('\n'),
);
const amounts = report.lines.map((line) => [line.project, line.budget ?? line.totalCost]);

describe('an amount in a sentence that is not money the year’s budget spends', () => {
  it('is no line when it is a market size, spending by visitors, a fund or an economic effect', () => {
    const figures = amounts.map(([, won]) => won);
    for (const won of [3_120_000_000_000, 81_200_000_000, 12_000_000_000, 230_000_000_000])
      expect(figures).not.toContain(won);
  });

  it('is no line when it is sales, a sale of credits, a levy collected or a unit price', () => {
    const figures = amounts.map(([, won]) => won);
    for (const won of [2_100_000_000, 700_000_000, 320_000_000, 95_000])
      expect(figures).not.toContain(won);
  });

  it('leaves the programmes the sentence budgets as lines, exactly', () => {
    expect(amounts).toEqual([
      ['요트 체험 프로그램 운영', 450_000_000],
      ['해변 안내판 정비', 80_000_000],
    ]);
  });
});
