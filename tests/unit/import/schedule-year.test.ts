/**
 * A project's schedule (추진상황 및 향후일정) with dated items that name the year their money is for:
 * `- ’23.3.~9. : ‘23년 보조금 교부(8,400백만원)`. Invented figures in the shape of a city plan.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../shared/import';

const read = (items: string[]) =>
  parseReport(
    [
      '2025년 주요업무계획',
      '',
      '한빛시 도시재생국',
      '',
      '1. 생활권 거점 조성',
      '',
      '○ (사업개요) 생활권마다 편의시설 확충',
      ' - 총사업비 : 500억원(시비 350, 구비 150)',
      '',
      '○ (추진상황 및 향후일정)',
      ...items,
      '',
    ].join('\n') + '\n',
  );

describe('dated items of a project’s schedule', () => {
  it('file each year’s paid-out grant under that year, as spent, named by the project', () => {
    const report = read([
      ' - ’22. 8. : ‘22년 보조금 교부(3,100백만원)',
      ' - ’23.3.~9. : ‘23년 보조금 교부(8,400백만원)',
      ' - ’24. 11. : 기본계획 수립',
    ]);
    const grants = report.lines
      .filter((line) => line.spent !== undefined)
      .map((line) => [line.fiscalYear, line.project, line.spent]);
    expect(grants).toEqual([
      [2022, '생활권 거점 조성', 3_100_000_000],
      [2023, '생활권 거점 조성', 8_400_000_000],
    ]);
    expect(
      report.lines.filter((line) => line.budget !== undefined && line.fiscalYear === 2025),
    ).toEqual([]);
  });

  it('leave an item that names no year to the usual reading (money secured in December may be next year’s)', () => {
    const report = read([' - ’24. 12. : 국비 확보(2,000백만원)']);
    const secured = report.lines.filter((l) => (l.source.text ?? '').includes('국비 확보'));
    expect(secured.filter((l) => l.spent !== undefined || l.fiscalYear === 2024)).toEqual([]);
  });

  it('name a figure whose words only hand the money out (보조금 교부) by the project, under an outline label too', () => {
    const report = parseReport(
      [
        '2025년 주요업무계획',
        '',
        '한빛시 도시재생국',
        '',
        '□ 생활권 거점 조성으로 생활 편의 향상',
        '○ (사업개요) 생활권마다 편의시설 확충',
        ' - 총사업비 : 500억원(시비 350, 구비 150)',
        '○ (추진방향) 시민 불편사항 해소 등을 위한 주요',
        '   편의시설 집중 확충으로 성과 가시화',
        ' - 분기별 추진상황 점검, 보조금 교부(95억원), 7개 사업 준공(총 누계 10개)',
        ' - 생활문화센터 건립(12억원)',
        '',
      ].join('\n'),
    );
    const figures = report.lines
      .filter((line) => line.budget !== undefined)
      .map((line) => [line.fiscalYear, line.project, line.budget]);
    expect(figures).toEqual([
      [2025, '생활권 거점 조성으로 생활 편의 향상', 9_500_000_000],
      [2025, '생활문화센터 건립', 1_200_000_000],
    ]);
  });
});
