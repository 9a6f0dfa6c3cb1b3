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
    '물환경과',
    '',
    '1. 하천 관리',
    '□ 수질 관리 강화',
    'ㅇ (주요내용) 측정망 운영 및 정화시설 확충',
    '- 낡은 측정기 교체(’25년 4개소 2.8억원), 정화장치 설치(상류천, 0.6억원)',
    '- 마을 하천 정화시설 설치(’26년 3개소 1.5억원)',
    '- 구·군 살수차량 전기차 전환(’25년 3개구 4대 도입, 국·시비 21.5억원 지원)',
    '- 생태 탐방선 도입(1척, 국비 6억원 지원)',
    '□ 처리시설 현대화',
    'ㅇ (현황 및 개요) 노후 처리시설 정비로 방류수질 개선',
    '- 하수관로 신설[도심 처리구역(L= 1,200㎞), 1조 2,300억원]',
    '- 학교 배수설비 정비[120개소 정비(권역별, 640억원)]',
    'ㅇ (주요내용) 처리시설 현대화 및 하수관로 신설',
    '- (동부) 처리시설 현대화(Q = 150천㎥/일, 2,340억원) 및 상부 공원 조성',
    '- 분류식 관로 확충: L=20㎞, 410억원',
    '- 소화가스 발전설비 구축(500㎾, 30억원, ’25.1.~12.)',
    '- 하천구역 토지보상(3필지, A=540㎡, 420백만원)',
    '',
  ].join('\n'),
);

function line(project: string) {
  const found = report.lines.filter((entry) => entry.project === project);
  expect(found, project).toHaveLength(1);
  const [entry] = found;
  return {
    fiscalYear: entry!.fiscalYear,
    budget: entry!.budget,
    totalCost: entry!.totalCost,
    funding: entry!.funding,
  };
}

describe('a cost in parentheses with a year, a count or its payers before it', () => {
  it('is the piece’s budget when the year and the number of sites come first', () => {
    expect(line('낡은 측정기 교체')).toEqual({
      fiscalYear: 2025,
      budget: 280_000_000,
      totalCost: undefined,
      funding: undefined,
    });
  });

  it('is filed under the year the parenthesis names', () => {
    expect(line('마을 하천 정화시설 설치').fiscalYear).toBe(2026);
    expect(line('마을 하천 정화시설 설치').budget).toBe(150_000_000);
  });

  it('is the budget when the sources that pay it and a verb of support come with it', () => {
    expect(line('구·군 살수차량 전기차 전환')).toEqual({
      fiscalYear: 2025,
      budget: 2_150_000_000,
      totalCost: undefined,
      funding: undefined,
    });
  });

  it('takes one named payer as its funding', () => {
    expect(line('생태 탐방선 도입').funding).toEqual({ national: 600_000_000 });
  });
});

describe('a facility’s cost beside its design size', () => {
  it('is the whole cost of building it when the size is a capacity', () => {
    expect(line('동부 처리시설 현대화').totalCost).toBe(234_000_000_000);
    expect(line('동부 처리시설 현대화').budget).toBeUndefined();
  });

  it('stays the year’s budget when a span inside one year is given', () => {
    expect(line('소화가스 발전설비 구축').budget).toBe(3_000_000_000);
  });

  it('stays the year’s budget for land measured by its area', () => {
    expect(line('하천구역 토지보상').budget).toBe(420_000_000);
  });
});

describe('the items under a project’s overview (현황 및 개요)', () => {
  it('read the cost closing a square-bracket outline as the whole cost', () => {
    expect(line('하수관로 신설').totalCost).toBe(1_230_000_000_000);
  });

  it('read a cost in parentheses inside the outline as the whole cost too', () => {
    const school = report.lines.find((entry) => entry.project.startsWith('학교 배수설비 정비'));
    expect(school?.totalCost).toBe(64_000_000_000);
    expect(school?.budget).toBeUndefined();
  });

  it('leave the year’s figures under 주요내용 as budgets', () => {
    expect(line('분류식 관로 확충')).toEqual({
      fiscalYear: 2025,
      budget: 41_000_000_000,
      totalCost: undefined,
      funding: undefined,
    });
  });
});
