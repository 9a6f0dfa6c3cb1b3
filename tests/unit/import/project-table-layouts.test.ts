import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const head = ['2025년 주요업무 계획', '', '제301회 한빛시의회 정례회', '', '도로과', ''];

function linesOf(body: string[]) {
  const report = parseReport([...head, ...body].join('\n'));
  return {
    report,
    figures: report.lines.map((line) => [line.project, line.totalCost, line.budget]),
    errors: report.findings.filter((finding) => finding.severity === 'error'),
  };
}

describe('a facility table: facilities across the columns, their particulars down the rows', () => {
  const { figures, errors } = linesOf([
    '1. 유료도로 관리',
    '□ 유료도로 (3개소)',
    '구분\t해오름대교\t솔바람터널\t달빛터널',
    '규모 (km)\tL=3.10\tL=1.20\tL=2.05',
    '1일 통행량 (대)\t81,200\t35,400\t27,950',
    '운영기간\t’05. 3.~ ’35. 2.\t’09. 7.~ ’39. 6.\t’12. 1.~ ’42.12.',
    '총사업비 (억원)\t4,250\t1,310\t2,085',
    '통행료 (원)\t1,200\t900\t1,000',
  ]);

  it('gives each facility its whole cost from the cost row, in that row’s unit', () => {
    expect(figures).toEqual([
      ['해오름대교', 425_000_000_000, undefined],
      ['솔바람터널', 131_000_000_000, undefined],
      ['달빛터널', 208_500_000_000, undefined],
    ]);
  });

  it('reads no money from the other rows (traffic, tolls) and finds nothing wrong', () => {
    expect(errors).toEqual([]);
  });
});

describe('a list printed in two halves side by side', () => {
  const { figures, errors } = linesOf([
    '1. 생활권 거점 조성',
    '(단위: 백만원)',
    '구·군\t사업명\t사업비\t구·군\t사업명\t사업비',
    '가온구\t행복센터 건립\t12,400\t나래구\t숲속 쉼터 조성\t6,300',
    '다솜구\t체육관 건립\t21,000\t라온구\t보행길 정비\t4,850',
    '마루구\t도서관 신축\t9,700\t\t\t',
  ]);

  it('reads the left half’s rows, then the right half’s, each with its own name and figure', () => {
    expect(figures).toEqual([
      ['행복센터 건립', undefined, 12_400_000_000],
      ['체육관 건립', undefined, 21_000_000_000],
      ['도서관 신축', undefined, 9_700_000_000],
      ['숲속 쉼터 조성', undefined, 6_300_000_000],
      ['보행길 정비', undefined, 4_850_000_000],
    ]);
    expect(errors).toEqual([]);
  });
});

describe('a table of projects right under a stated 총사업비', () => {
  const { figures, errors } = linesOf([
    '1. 생활권 거점 조성',
    '○ 사업개요',
    ' - 총사업비 : 336억원(시비 지원 90)',
    '(단위: 백만원)',
    '구·군\t사업명\t사업비',
    '가온구\t행복센터 건립\t12,400',
    '다솜구\t체육관 건립\t21,200',
  ]);

  it('reads the plain 사업비 column as each project’s whole cost', () => {
    expect(figures).toContainEqual(['행복센터 건립', 12_400_000_000, undefined]);
    expect(figures).toContainEqual(['체육관 건립', 21_200_000_000, undefined]);
    expect(errors).toEqual([]);
  });

  it('keeps a year’s budget column a budget when no whole cost is stated above the table', () => {
    const plain = linesOf([
      '1. 생활권 거점 조성',
      '(단위: 백만원)',
      '구·군\t사업명\t사업비',
      '가온구\t행복센터 건립\t12,400',
      '다솜구\t체육관 건립\t21,200',
    ]);
    expect(plain.figures).toContainEqual(['행복센터 건립', undefined, 12_400_000_000]);
  });
});

describe('items across the columns with a 사업비 row whose cells write their own unit', () => {
  const { figures, errors } = linesOf([
    '1. 둘레길 정비',
    '□ 사업개요',
    '구분\t안내체계 개선용역\t명소화 사업\t편의시설 설치',
    '규모\t1식\t3개소\t1식',
    '사업비\t3억원\t12억원\t4.5억원',
    '사업기간\t2025. 1. ~ 2025. 10.\t2025. 2. ~ 2025. 11.\t2025. 1. ~ 2025. 12.',
  ]);

  it('gives each item its budget, the header row found in the body', () => {
    expect(figures).toEqual([
      ['안내체계 개선용역', undefined, 300_000_000],
      ['명소화 사업', undefined, 1_200_000_000],
      ['편의시설 설치', undefined, 450_000_000],
    ]);
    expect(errors).toEqual([]);
  });
});

describe('a table whose rows are years', () => {
  const { report, errors } = linesOf([
    '1. 나무심기 행사',
    '□ 최근 3년간 추진현황',
    '구분\t장소\t참여인원\t사업비(백만원)',
    '2022년\t가온공원\t800명\t120',
    '2023년\t나래공원\t1,000명\t95',
    '2024년\t다솜공원\t1,500명\t210',
  ]);

  it('files each row under its own year, named by the project above', () => {
    expect(report.lines.map((line) => [line.project, line.fiscalYear, line.budget])).toEqual([
      ['나무심기 행사', 2022, 120_000_000],
      ['나무심기 행사', 2023, 95_000_000],
      ['나무심기 행사', 2024, 210_000_000],
    ]);
    expect(errors).toEqual([]);
  });

  it('drops the year a project’s name opens with from the rows of other years', () => {
    const named = linesOf([
      '1. 탄소 흡수원 확대',
      '□ 행사개요',
      'ㅇ 행 사 명 : 2025년 시민 나무심기',
      'ㅇ 예 산 액 : 175백만원(시비)',
      '□ 최근 3년간 추진현황',
      '구분\t장소\t사업비(백만원)',
      '2023년\t나래공원\t105',
      '2024년\t다솜공원\t220',
    ]);
    expect(
      named.report.lines.map((line) => [
        line.project,
        line.fiscalYear,
        line.budget ?? line.requiredBudget,
      ]),
    ).toEqual([
      ['2025년 시민 나무심기', 2025, 175_000_000],
      ['시민 나무심기', 2023, 105_000_000],
      ['시민 나무심기', 2024, 220_000_000],
    ]);
    expect(named.errors).toEqual([]);
  });

  it('keeps the year as the name when no project is open', () => {
    const bare = linesOf([
      '구분\t장소\t사업비(백만원)',
      '2023년\t나래공원\t105',
      '2024년\t다솜공원\t220',
    ]);
    expect(bare.report.lines.map((line) => [line.project, line.fiscalYear])).toEqual([
      ['2023년', 2023],
      ['2024년', 2024],
    ]);
  });
});

describe('a table whose cells each hold a project’s outline', () => {
  const { report, errors } = linesOf([
    '1. 공모사업 추진',
    '연번\t부서명\t사업명(사업내용)\t주관부처',
    "1\t도로과\t사업명 : 스마트 보행로 실증 사업내용 : 보행로 센서 설치 사업기간 : '25년 ~ '28년(4년간) 사업규모 : 120억(국비 84, 시비 36) 추진상황 : 공모 신청\t국토부",
    '2\t도로과\t사업명 : 가로수 정비 사업내용 : 노후 가로수 교체 사업기간 : 2025. 1. ~ 12. 사업규모 : 3.5억원(시비) 추진상황 : 계획 수립\t행안부',
  ]);

  it('reads each cell’s 사업규모 as its project’s figure, a whole cost when its period runs years', () => {
    expect(
      report.lines.map((line) => [
        line.project,
        line.totalCost,
        line.requiredBudget,
        line.period,
        line.funding,
      ]),
    ).toEqual([
      [
        '스마트 보행로 실증',
        12_000_000_000,
        undefined,
        { from: 2025, to: 2028 },
        { national: 8_400_000_000, city: 3_600_000_000 },
      ],
      ['가로수 정비', undefined, 350_000_000, undefined, { city: 350_000_000 }],
    ]);
    expect(errors).toEqual([]);
  });
});
