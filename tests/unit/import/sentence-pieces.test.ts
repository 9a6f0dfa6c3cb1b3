import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { BudgetLine } from '../../../shared/model/report';

// Invented: a plan whose prose gives amounts in parentheses in the ways real plans write them.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '제301회 한빛시의회 정례회',
    '',
    '2024. 11.',
    '',
    '교육지원과',
    '',
    'Ⅱ. 2024년 주요성과',
    '',
    '1. 평생학습 기반 확충',
    '- 학습관(1.5억원), 학습센터(0.6억원), 학습마을(0.2억원) 운영 지원',
    '',
    'Ⅲ. 2025년 주요업무 추진계획',
    '',
    '1. 학교 지원',
    '- 친환경 급식비(312억원) 및 지역농산물 급식 식품비(12억원) 지원',
    '- 공립 특성화고 2.0(한빛고, 0.7억원) 지원으로 지역 일반고 육성',
    '- 다문화가정 교육비 부담 완화를 위한 교육포인트 지원(84억원, 35천세대)',
    '- 문해교육 운영(0.35억)을 통한 특화 프로그램 지원 및 작품전 개최',
    '- 주민 건강조사(900명), 피해주민 구제급여 지급(45억원)',
    '- 빗물받이 정비(210개소, 6.4억원), 저감장치(120개소, 3.1억원) 설치 지원',
    '- 노후 지붕재 처리 지원(320동 12.5억)',
    '- 숲길 해설 프로그램 운영(0.9억원, 국비 50%, 시비 50%)',
    '- 하수관로 정비: L=21㎞(누계 640㎞), 412억원',
    '- 청년 중위소득 60% 이하(144만원)이면서 원가구 소득 100% 이하',
    '- 심사 통과사업 12건(38억원) 민관 숙의',
    '- 청소차(10톤, 6.1억/대) 2대',
    '',
  ].join('\n'),
);

const read = (line: BudgetLine) => [line.fiscalYear, line.project, line.budget ?? line.spent];

describe('amounts a sentence gives in parentheses', () => {
  it('in a results section are what was spent that year, each named by its own item', () => {
    const spent = report.lines.filter((line) => line.spent !== undefined).map(read);
    expect(spent).toEqual([
      [2024, '학습관', 150_000_000],
      [2024, '학습센터', 60_000_000],
      [2024, '학습마을 운영 지원', 20_000_000],
    ]);
  });

  it('in a plan are the year’s budget: items joined by 및, words after the parenthesis, counts beside the amount', () => {
    const budgets = report.lines.filter((line) => line.budget !== undefined).map(read);
    expect(budgets).toEqual([
      [2025, '친환경 급식비', 31_200_000_000],
      [2025, '지역농산물 급식 식품비 지원', 1_200_000_000],
      [2025, '공립 특성화고 2.0', 70_000_000],
      [2025, '다문화가정 교육비 부담 완화를 위한 교육포인트 지원', 8_400_000_000],
      [2025, '문해교육 운영', 35_000_000],
      [2025, '피해주민 구제급여 지급', 4_500_000_000],
      [2025, '빗물받이 정비', 640_000_000],
      [2025, '저감장치 설치 지원', 310_000_000],
      [2025, '노후 지붕재 처리 지원', 1_250_000_000],
      [2025, '숲길 해설 프로그램 운영', 90_000_000],
      [2025, '하수관로 정비', 41_200_000_000],
    ]);
  });

  it('take shares of the amount as its funding only when they cover all of it', () => {
    const walk = report.lines.find((line) => line.project === '숲길 해설 프로그램 운영');
    expect(walk?.funding).toEqual({ national: 45_000_000, city: 45_000_000 });
  });

  it('are no line when they are a threshold per person, a tally of applications or a price per vehicle', () => {
    const figures = report.lines.map((line) => line.budget ?? line.spent);
    for (const won of [1_440_000, 3_800_000_000, 610_000_000]) expect(figures).not.toContain(won);
  });
});
