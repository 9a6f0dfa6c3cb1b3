import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { readOutlineLine } from '../../../shared/import/interpret/outline-line';

const HEAD = [
  '2025년 주요업무 계획',
  '',
  '제201회 한빛시의회 정례회',
  '',
  '2024. 11.',
  '',
  '물류정책과',
  '',
];

function parse(lines: string[]) {
  return parseReport([...HEAD, ...lines, ''].join('\n'));
}

/** The lines as a member sees them: name, year, the figure's field and amount, years, funding. */
function shown(lines: string[]) {
  return parse(lines).lines.map((line) => ({
    project: line.project,
    fiscalYear: line.fiscalYear,
    budget: line.budget ?? line.requiredBudget,
    totalCost: line.totalCost,
    period: line.period,
    funding: line.funding,
  }));
}

describe('a 용역 outlined on one line, its years and its cost as fields', () => {
  it('reads labels in parentheses as the 용역 of the item above: its whole cost over the years, and a year’s note', () => {
    expect(
      shown([
        '1. 항만 재개발',
        'ㅇ ’24.11. : 물류부지 이전 타당성 검토 용역 착수',
        '  - (용역기간) `24.11. ~ `26.11. (용역비) 10억원 * 2024년도 5억원',
      ]),
    ).toEqual([
      {
        project: '물류부지 이전 타당성 검토 용역',
        fiscalYear: 2025,
        budget: undefined,
        totalCost: 1_000_000_000,
        period: { from: 2024, to: 2026 },
        funding: undefined,
      },
      {
        project: '물류부지 이전 타당성 검토 용역',
        fiscalYear: 2024,
        budget: 500_000_000,
        totalCost: undefined,
        period: undefined,
        funding: undefined,
      },
    ]);
  });

  it('names an outline under a boxed heading `○○ 용역 개요(years)` by the 용역, with the source that pays it', () => {
    expect(
      shown([
        '1. 물류 허브 도약',
        '〈해오름 물류전략 수립 용역 개요(’24.~’25.)〉',
        '✔ (기본사항) 기간(’24.5~’25.7), 용역비(7.56억원, 시비), 수행기관(한빛연구원)',
      ]),
    ).toEqual([
      {
        project: '해오름 물류전략 수립 용역',
        fiscalYear: 2025,
        budget: undefined,
        totalCost: 756_000_000,
        period: { from: 2024, to: 2025 },
        funding: { city: 756_000_000 },
      },
    ]);
  });

  it('reads `용역개요 : years / cost(source) / work` under the 용역’s heading', () => {
    expect(
      shown([
        '1. 항만 재개발',
        '〈 도심 수변 비전 수립 용역 〉',
        'ㅇ 용역개요 : ‘22.~’25. / 15억원(시비) / 주요정책 반영 검토, 설계 지침 제시',
      ]),
    ).toEqual([
      {
        project: '도심 수변 비전 수립 용역',
        fiscalYear: 2025,
        budget: undefined,
        totalCost: 1_500_000_000,
        period: { from: 2022, to: 2025 },
        funding: { city: 1_500_000_000 },
      },
    ]);
  });

  it('gives a 용역 that runs within one year that year’s budget', () => {
    expect(
      shown([
        '1. 항만 재개발',
        'ㅇ 물류센터 기본구상 용역',
        '  - (용역기간) ’25.3. ~ ’25.12. (용역비) 3억원',
      ]),
    ).toEqual([
      {
        project: '물류센터 기본구상 용역',
        fiscalYear: 2025,
        budget: 300_000_000,
        totalCost: undefined,
        period: { from: 2025, to: 2025 },
        funding: undefined,
      },
    ]);
  });

  it('reads no outline without both the years and the cost', () => {
    expect(readOutlineLine('(용역기간) ’24.11. ~ ’26.11. (용역사) 한빛엔지니어링')).toBeNull();
    expect(readOutlineLine('(용역비) 10억원 (용역사) 한빛엔지니어링')).toBeNull();
    expect(readOutlineLine('용역개요 : 주요정책 반영 검토 / 15억원(시비)')).toBeNull();
    expect(readOutlineLine('(추진상황) 기본계획(’24.) 수립, 실시설계(’25.) 착수')).toBeNull();
  });
});

describe('a 용역 whose period and cost close a sentence in parentheses', () => {
  it('reads a cost over two years as the whole cost, named by the subject the item opens with', () => {
    expect(
      shown([
        '1. 물류 허브 도약',
        'ㅇ (물류플랫폼 구축 용역) 신공항 개항과 연계한 물류 배후단지 구상(‘24.4.~’25.10. 348백만원)',
      ]),
    ).toEqual([
      {
        project: '물류플랫폼 구축 용역 신공항 개항과 연계한 물류 배후단지 구상',
        fiscalYear: 2025,
        budget: undefined,
        totalCost: 348_000_000,
        period: { from: 2024, to: 2025 },
        funding: undefined,
      },
    ]);
  });

  it('reads a cost within one year as that year’s budget, paid by the source named beside it', () => {
    expect(
      shown([
        '1. 물류 허브 도약',
        'ㅇ 물류 전략 수립',
        "  - 물류전략 수립 용역('25.3.~'25.12., 756백만원, 시비)",
        '  - 항만 기본계획 용역(’24.3.~’24.11., 3억원)',
        '  - 차고지 실시설계 용역(’24~’25, 2.59억원, 국·시비)',
      ]),
    ).toEqual([
      {
        project: '물류전략 수립 용역',
        fiscalYear: 2025,
        budget: 756_000_000,
        totalCost: undefined,
        period: undefined,
        funding: { city: 756_000_000 },
      },
      {
        project: '항만 기본계획 용역',
        fiscalYear: 2024,
        budget: 300_000_000,
        totalCost: undefined,
        period: undefined,
        funding: undefined,
      },
      {
        project: '차고지 실시설계 용역',
        fiscalYear: 2025,
        budget: undefined,
        totalCost: 259_000_000,
        period: { from: 2024, to: 2025 },
        funding: undefined,
      },
    ]);
  });
});
