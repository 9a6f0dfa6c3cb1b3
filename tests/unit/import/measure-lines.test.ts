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
    '물순환과',
    '',
    'Ⅱ. 2024년 주요성과',
    '',
    '1. 하수 기반 확충',
    '□ 도시환경 개선을 위한 하수도 사업',
    'ㅇ (우수관로 신설) 도심 침수 예방 및 처리 효율 증대',
    '- (’24년) L=48㎞(누계 1,310㎞) 620억원 ‣ 재정 40.5㎞(510억원), 민자 7.5㎞(110억원)',
    'ㅇ (마을 정화조 연결사업) 정화조 폐쇄로 하천 수질 개선',
    '- (’24년) 210개 마을 중 31개(누계 88개) ‣ 95㎞ 중 9.2㎞(누계 30.1㎞), 74억원',
    '',
    'Ⅲ. 2025년 주요업무 계획',
    '',
    '1. 물재해 예방',
    '□ 도심 저류터널 설치',
    'ㅇ (주요내용) 저류터널 설치사업 착수',
    '- L=2.8km(D=10m), V=25만톤, 2,600억원(국 780, 시 1,820), 북문~남강 합류지점',
    '□ 정수장 고도화',
    'ㅇ (주요내용) 정수장 시설 개량',
    '- (’25년) 12개 정수장 중 4개소 개량 완료 후 준공, 80억원',
    '',
  ].join('\n'),
);

function lines(project: string) {
  return report.lines
    .filter((entry) => entry.project === project)
    .map((entry) => ({
      fiscalYear: entry.fiscalYear,
      spent: entry.spent,
      budget: entry.budget,
      totalCost: entry.totalCost,
      funding: entry.funding,
      child: entry.parentKey !== undefined,
    }));
}

describe('a line that measures and costs without naming anything', () => {
  it('is the year’s spending of the subject its item names, when it opens with the year', () => {
    expect(lines('우수관로 신설')).toEqual([
      {
        fiscalYear: 2024,
        spent: 62_000_000_000,
        budget: undefined,
        totalCost: undefined,
        funding: undefined,
        child: false,
      },
    ]);
    expect(lines('마을 정화조 연결사업')).toEqual([
      {
        fiscalYear: 2024,
        spent: 7_400_000_000,
        budget: undefined,
        totalCost: undefined,
        funding: undefined,
        child: false,
      },
    ]);
  });

  it('makes the parts after its arrow child lines when they add up to the amount', () => {
    expect(lines('재정')).toEqual([
      {
        fiscalYear: 2024,
        spent: 51_000_000_000,
        budget: undefined,
        totalCost: undefined,
        funding: undefined,
        child: true,
      },
    ]);
    expect(lines('민자').map((entry) => entry.spent)).toEqual([11_000_000_000]);
  });

  it('is the whole cost of the heading’s facility, with its funding, when a design size opens it', () => {
    expect(lines('도심 저류터널 설치')).toEqual([
      {
        fiscalYear: 2025,
        spent: undefined,
        budget: undefined,
        totalCost: 260_000_000_000,
        funding: { national: 78_000_000_000, city: 182_000_000_000 },
        child: false,
      },
    ]);
  });

  it('is not taken for the heading’s figure when the line names what it does', () => {
    expect(lines('정수장 고도화')).toEqual([]);
  });
});
