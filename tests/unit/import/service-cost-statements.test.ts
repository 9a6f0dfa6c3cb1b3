/**
 * A 용역 (a commissioned study) outlined under its heading states its cost as `용역비 : …`: the
 * heading's figure, as `사업비 : …` would be, never a project named `용역비`. With the study's
 * period it is the whole cost over those years. Invented figures.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const HEAD = ['2025년 주요업무 계획', '', '한빛시 도시국', '', '도시계획과', ''];

function lines(outline: string[]) {
  return parseReport([...HEAD, ...outline, ''].join('\n')).lines.map(
    ({ project, fiscalYear, requiredBudget, totalCost, funding }) => ({
      project,
      fiscalYear,
      ...(requiredBudget !== undefined ? { requiredBudget } : {}),
      ...(totalCost !== undefined ? { totalCost } : {}),
      ...(funding && Object.keys(funding).length ? { funding } : {}),
    }),
  );
}

describe('the cost of a 용역 stated as 용역비', () => {
  it('is the study heading’s figure, not a line named 용역비', () => {
    expect(
      lines([
        '□ 시험장 이전 타당성조사 용역',
        'ㅇ 용역개요',
        '- 과업내용 : 이전 대상지 검토',
        '- 용역비 : 300백만원',
        'ㅇ 추진계획',
        '- ’25. 1. : 용역 발주',
      ]),
    ).toEqual([
      { project: '시험장 이전 타당성조사 용역', fiscalYear: 2025, requiredBudget: 300_000_000 },
    ]);
  });

  it('is the whole cost, with its funding, when the outline gives the study’s years', () => {
    expect(
      lines([
        '□ 부두 이전 기본구상 용역',
        'ㅇ 용역개요',
        '- 기간 : ’24. 10. ~ ‘26. 4.',
        '- 용역비 : 12억원(시비)',
      ]),
    ).toEqual([
      {
        project: '부두 이전 기본구상 용역',
        fiscalYear: 2025,
        totalCost: 1_200_000_000,
        funding: { city: 1_200_000_000 },
      },
    ]);
  });
});
