import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';
import { yearAndPeriodFigures } from '../../../shared/import/interpret/year-and-period';

const report = (...lines: string[]) =>
  parseReport(['2022년 가상원 업무계획', '', ...lines].join('\n'));

describe('a project’s figures each opened by the years they cover (invented)', () => {
  it('reads (’23년) as that year’s budget and (’23년~’27년) 총 사업비 as the whole cost over those years', () => {
    const lines = report(
      '□ 별빛 진단체계 개발',
      ' ㅇ 사업기간: ’23년~’27년',
      ' ㅇ 사업규모: (’23년) 45.7억원 / (’23년~’27년) 총 사업비 205.4억원',
    ).lines.map((line) => [
      line.project,
      line.fiscalYear,
      line.budget,
      line.totalCost,
      line.period,
    ]);
    expect(lines).toEqual([
      ['별빛 진단체계 개발', 2023, 4_570_000_000, undefined, undefined],
      ['별빛 진단체계 개발', 2022, undefined, 20_540_000_000, { from: 2023, to: 2027 }],
    ]);
  });

  it('names the figures by their own label when it is a name, and reads 2024 | 2024~2026 written in full', () => {
    const found = yearAndPeriodFigures('ㅇ 달빛 체육관 보수 : (2024년) 3억원, (2024~2026년) 9억원');
    expect(found).toEqual({
      label: '달빛 체육관 보수',
      figures: [
        { won: 300_000_000, unit: '억원', year: 2024 },
        { won: 900_000_000, unit: '억원', period: { from: 2024, to: 2026 } },
      ],
    });
  });

  it('leaves an item alone unless every piece is a dated figure and both a year and a span are there', () => {
    expect(yearAndPeriodFigures('사업규모: (’23년) 45.7억원 / 연면적 300㎡')).toBeNull();
    expect(yearAndPeriodFigures('사업규모: (’23년) 45.7억원 / (’24년) 50억원')).toBeNull();
    expect(yearAndPeriodFigures('사업규모: (’23~’27년) 205억원')).toBeNull();
    expect(
      yearAndPeriodFigures('사업규모: (’23년) 45.7억원 / (’23년~’27년) 205.4억원 확보 추진'),
    ).toBeNull();
  });
});
