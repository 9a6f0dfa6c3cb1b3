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
    '1. 하천 정비',
    '❖ 둔치 배수로 보수 및 준설(’24. 10. ~ ’25. 10, 52억원)',
    '❖ 빗물 저류시설 설치사업(’27년 완료, 318억원)',
    '- 하류 수문 개선사업(’21.~’26, 145억원) 추진',
    '- 산책로 연결(’25, 12억원)',
    '- 수질 측정망 교체(’25.3. ~ ’25.9., 4.5억원)',
    '',
  ].join('\n'),
);
const figures = report.lines.map((line) => [
  line.totalCost ?? null,
  line.budget ?? null,
  line.period ?? null,
]);

describe('an amount in a sentence whose parenthesis gives a span of years', () => {
  it('is the project’s whole cost, with its years, when the span crosses a year', () => {
    expect(figures).toContainEqual([5_200_000_000, null, { from: 2024, to: 2025 }]);
    expect(figures).toContainEqual([14_500_000_000, null, { from: 2021, to: 2026 }]);
  });

  it('is the whole cost when the parenthesis names a later completion year', () => {
    expect(figures).toContainEqual([31_800_000_000, null, null]);
  });

  it('stays the year’s budget for one year or a span inside one year', () => {
    expect(figures).toContainEqual([null, 1_200_000_000, null]);
    expect(figures).toContainEqual([null, 450_000_000, null]);
  });
});
