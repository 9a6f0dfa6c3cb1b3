import { describe, expect, it } from 'vitest';
import { compareYearOverYear } from '../../../shared/compare';
import { chartSeries } from '../../../renderer/src/features/compare/chart-data';
import { line } from './lines';

const comparison = compareYearOverYear({
  before: {
    label: '2023년',
    lines: [line(2023, '공원녹지과', '도시숲 조성', { currentBudget: 100_000_000 })],
  },
  after: {
    label: '2024년',
    lines: [line(2024, '공원녹지과', '도시숲 조성', { currentBudget: 130_000_000 })],
  },
});

describe('the comparison chart series', () => {
  it('names the bars by year and the field their figures came from, in Korean unless told the reader’s language', () => {
    expect(chartSeries(comparison).datasets.map((set) => set.label)).toEqual([
      '2023년 예산현액',
      '2024년 예산현액',
    ]);
    const english = chartSeries(comparison, 12, (text) => text.en);
    expect(english.datasets.map((set) => set.label)).toEqual([
      'FY2023 budget in force',
      'FY2024 budget in force',
    ]);
    expect(english.datasets[1]?.values).toEqual([130_000]);
  });
});
