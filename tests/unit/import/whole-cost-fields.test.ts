import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import type { BudgetLine } from '../../../shared/model/report';

/** An invented 2025 plan of a 물환경국 with a results section for 2024 first. */
const report = parseReport(
  [
    '2025년 주요업무계획',
    '',
    '제330회 한빛시의회 임시회',
    '',
    '물환경국',
    '',
    'Ⅱ. 2024년 주요업무 추진실적',
    '',
    '□ 매립시설 확충',
    'ㅇ (광역처리시설 확충) 처리기반 마련',
    '- 한빛매립장 1단계 조성사업(‘15. 3.~’24. 6.) ▹ 310억원(시), 준공(’24. 6.)',
    '- 한빛매립장 2단계 조성사업(‘24. 7.~’31. 12.) ▹ 520억원(국80, 시440), 착공(’24. 7.)',
    '- 가스포집공(80공) 증설(‘24. 8.) ▹ 4.2억원(국2.1, 시2.1)',
    '',
    'Ⅲ. 2025년 주요업무계획',
    '',
    '□ 하천 수질 개선',
    '❖ 초기우수 처리시설 설치사업(’27년 완료, 480억원)',
    '- 북천본류(저류시설 8,000㎥, 230억원), 남천(여과시설 5,000㎥/hr, 250억원)',
    'ㅇ (향후계획) 하천정비사업 연차별 추진',
    '- (’24.~’25.) 서하천 등 4개 하천 하천정비사업(31.5억원)',
    '- (’25.~’26.) 동하천 등 2개 하천 하천정비사업(12.4억원) 및 하천 관리계획 수립(2억원)',
    '',
    '□ 청소차 친환경 전환',
    'ㅇ 사업기간 : 2025. 1. ~ 12.',
    'ㅇ 사업내용 : 수소청소차 4대 도입',
    'ㅇ 총사업비 : 2,880백만원(국 2,850, 시 30)',
    '',
    '□ 찾아가는 검진버스',
    'ㅇ 기간 : 2025년 ~ 계속',
    'ㅇ 총사업비 : 15.4억원(복권기금 8억원, 시비 7.4억원)',
    '',
    '□ 차고지 태양광 발전소 구축',
    'ㅇ (방 식) 민간투자사업',
    'ㅇ (사업비) 42억원(국비 20, 시비 7, 민자 15)',
    '',
    '□ 한빛 복합타워 건립',
    '- 사업비 : 12,300억원(토지매입 2,100, 건축 9,900, 기타 300)',
    '',
    '□ 둘레길 정비',
    '- 사업비 : 14억원(공사 13, 용역 1)',
    '',
  ].join('\n'),
);

function line(name: string, has: (line: BudgetLine) => boolean = () => true): BudgetLine {
  const found = report.lines.find((l) => l.project.replace(/\s/g, '').includes(name) && has(l));
  if (!found) throw new Error(`no line for ${name}: ${report.lines.map((l) => l.project)}`);
  return found;
}

describe('a figure after an arrow whose name carries a span of years', () => {
  it('is the project’s whole cost over those years, filed under the plan’s year', () => {
    expect(line('한빛매립장1단계')).toMatchObject({
      project: '한빛매립장 1단계 조성사업',
      fiscalYear: 2025,
      totalCost: 31_000_000_000,
      period: { from: 2015, to: 2024 },
      funding: { city: 31_000_000_000 },
    });
    expect(line('한빛매립장2단계')).toMatchObject({
      fiscalYear: 2025,
      totalCost: 52_000_000_000,
      period: { from: 2024, to: 2031 },
    });
  });

  it('is what was spent in a results section when the name gives one date only', () => {
    const line2024 = line('가스포집공');
    expect(line2024).toMatchObject({ fiscalYear: 2024, spent: 420_000_000 });
    expect(line2024.requiredBudget).toBeUndefined();
    expect(line2024.totalCost).toBeUndefined();
  });
});

describe('amounts right under a sentence’s whole cost', () => {
  it('are parts of that whole cost when they add up to it exactly', () => {
    const whole = line('초기우수처리시설');
    expect(whole.totalCost).toBe(48_000_000_000);
    expect(line('북천본류')).toMatchObject({ totalCost: 23_000_000_000, parentKey: whole.key });
    expect(line('남천')).toMatchObject({ totalCost: 25_000_000_000, parentKey: whole.key });
    expect(line('북천본류').budget).toBeUndefined();
  });
});

describe('an item opened by the span of years it covers', () => {
  it('gives its first project’s whole cost over that span', () => {
    expect(line('서하천등4개하천')).toMatchObject({
      totalCost: 3_150_000_000,
      period: { from: 2024, to: 2025 },
    });
    expect(line('동하천등2개하천')).toMatchObject({
      totalCost: 1_240_000_000,
      period: { from: 2025, to: 2026 },
    });
  });

  it('leaves a second project joined by 및 as that year’s budget', () => {
    expect(line('하천관리계획수립')).toMatchObject({ fiscalYear: 2025, budget: 200_000_000 });
  });
});

describe('a 총사업비 in an outline that runs within the plan’s year', () => {
  it('is the year’s budget when the 사업기간 is inside that year', () => {
    const cost = line('청소차친환경전환');
    expect(cost).toMatchObject({
      fiscalYear: 2025,
      requiredBudget: 2_880_000_000,
      period: { from: 2025, to: 2025 },
    });
    expect(cost.totalCost).toBeUndefined();
  });

  it('is the year’s budget for a programme that starts this year and runs on (`~ 계속`)', () => {
    const cost = line('찾아가는검진버스');
    expect(cost).toMatchObject({ requiredBudget: 1_540_000_000 });
    expect(cost.totalCost).toBeUndefined();
  });
});

describe('a 사업비 whose parts show a construction or private-investment project', () => {
  it('is the whole cost when a private investor pays a share', () => {
    expect(line('차고지태양광')).toMatchObject({
      totalCost: 4_200_000_000,
      funding: { national: 2_000_000_000, city: 700_000_000, other: 1_500_000_000 },
    });
  });

  it('is the whole cost, its breakdown no funding, when the breakdown buys land', () => {
    const tower = line('한빛복합타워', (l) => l.parentKey === undefined);
    expect(tower.totalCost).toBe(1_230_000_000_000);
    expect(tower.funding).toBeUndefined();
    const items = report.lines.filter((l) => l.parentKey === tower.key);
    expect(items.map((l) => [l.project, l.totalCost])).toEqual([
      ['토지매입', 210_000_000_000],
      ['건축', 990_000_000_000],
      ['기타', 30_000_000_000],
    ]);
  });

  it('stays the year’s figure for works without land (공사, 용역)', () => {
    const trail = line('둘레길정비', (l) => l.parentKey === undefined);
    expect(trail).toMatchObject({ requiredBudget: 1_400_000_000 });
    expect(trail.totalCost).toBeUndefined();
  });
});

describe('the whole cost and the year it is filed under', () => {
  it('never raises an error finding on these consistent figures', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a table of stages that each run several years', () => {
  const staged = parseReport(
    [
      '2025년 주요업무계획',
      '',
      '관광진흥과',
      '',
      '□ 해안 관광개발',
      'ㅇ 기간 : 2024 ~ 2031(8년)',
      '※ 선정사업 (단위 : 억원)',
      '사업단계\t내역사업\t세부내용\t사업비 (‘25년 국비)\t사업구간',
      '1단계 (’24.~’27.)\t노을 전망대 조성\t전망대 및 광장\t180 (7.5)\t서구',
      '\t해안 산책로 조성\t데크 및 조명\t120\t동구',
      '2단계 (’28.~’31.)\t해양 체험관 건립\t체험관 및 주차장\t260\t남구',
      '',
    ].join('\n'),
  );

  it('gives each project’s 사업비 as its whole cost, named by the 내역사업 column', () => {
    const costs = staged.lines
      .filter((l) => l.totalCost !== undefined)
      .map((l) => [l.project, l.totalCost]);
    expect(costs).toEqual([
      ['노을 전망대 조성', 18_000_000_000],
      ['해안 산책로 조성', 12_000_000_000],
      ['해양 체험관 건립', 26_000_000_000],
    ]);
    expect(staged.lines.filter((l) => l.budget !== undefined)).toEqual([]);
  });
});

describe('an amount whose next line lays the work out in stages over several years', () => {
  const stages = parseReport(
    [
      '2025년 주요업무계획',
      '',
      '교통정책과',
      '',
      '□ 도시철도 차량 교체',
      'ㅇ (도시철도) 3호선 노후 전동차량 120칸 단계별 교체(1,920억원)',
      '✓ 1단계(‘22~’25 60칸) → 2단계(‘24~’27 60칸)',
      'ㅇ (버스) 저상버스 도입(45억원)',
      '✓ 2025년 30대 도입',
      '',
    ].join('\n'),
  );

  it('is the whole cost, and an amount followed by one year’s plan stays the budget', () => {
    const figures = stages.lines.map((l) => [l.totalCost ?? null, l.budget ?? null]);
    expect(figures).toEqual([
      [192_000_000_000, null],
      [null, 4_500_000_000],
    ]);
  });
});

describe('a project named in parentheses with its site and cost after an arrow', () => {
  const sites = parseReport(
    [
      '2025년 주요업무계획',
      '',
      '관광개발과',
      '',
      'Ⅱ. 2024년 주요성과',
      '',
      '□ 권역별 관광거점 구축',
      'ㅇ (한빛도예촌 관광지 조성사업) ▸남면 도림리 일원 640천㎡(720억원)',
      'ㅇ (한빛 수상산책로 건설) ▸서구 갈대동~포구동(L=1.4㎞ B=3.0m), 318억원',
      'ㅇ (관광안내소 확충) 안내소 신축(2개소, 12억원)',
      '',
    ].join('\n'),
  );

  it('is the project’s whole cost under the plan’s year; other results stay spending', () => {
    const figures = sites.lines.map((l) => [l.project, l.fiscalYear, l.totalCost ?? l.spent]);
    expect(figures).toEqual([
      ['한빛도예촌 관광지 조성사업', 2025, 72_000_000_000],
      ['한빛 수상산책로 건설', 2025, 31_800_000_000],
      [expect.stringContaining('관광안내소 확충'), 2024, 1_200_000_000],
    ]);
    expect(sites.lines[0]!.spent).toBeUndefined();
    expect(sites.lines[2]!.spent).toBe(1_200_000_000);
  });
});
