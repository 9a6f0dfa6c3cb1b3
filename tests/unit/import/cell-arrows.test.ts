import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

// Invented: a list of contests the bureau applies for, the cost of each written after an arrow in
// the cell that names it; no column holds money.
const report = parseReport(
  [
    '2025년 주요업무 계획',
    '',
    '한빛시 산학협력국',
    '',
    'Ⅲ. 2025년 주요업무 계획',
    '',
    '□ 2025년 공모사업 추진 상황',
    '',
    '구분\t공모명\t응모현황\t시행구분',
    '신규\t① 바이오 융합 연구센터(BRC) (2개 과제) ▹ 총사업비 120억원(국100, 시10, 기타10)\t신청전\t선정: ’25. 5.',
    '신규\t② 해양인재 양성지원 ▹ 총사업비 12.5억원(국5, 시7.5)\t신청전\t선정: ’25. 3.',
    '계속\t③ 창업보육 지원 ▹ 추진중\t선정\t착수: ’24. 3.',
    '',
  ].join('\n'),
);

describe('a table naming a project in a cell with its cost after an arrow', () => {
  it('gives each such cell’s project its whole cost and funding, without the ordinal or the count of parts', () => {
    const lines = report.lines.map((line) => [line.project, line.totalCost, line.funding]);
    expect(lines).toEqual([
      [
        '바이오 융합 연구센터(BRC)',
        12_000_000_000,
        { national: 10_000_000_000, city: 1_000_000_000, other: 1_000_000_000 },
      ],
      ['해양인재 양성지원', 1_250_000_000, { national: 500_000_000, city: 750_000_000 }],
    ]);
  });

  it('keeps each line at its own row', () => {
    expect(report.lines.map((line) => line.source.line)).toEqual([10, 11]);
  });
});
