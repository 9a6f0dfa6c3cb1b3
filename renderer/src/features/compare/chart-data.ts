import type { Comparison } from '@shared/compare/types';
import { largestBy } from '@shared/print/summary';
import { departmentRowLabel } from '@shared/compare/departments';
import type { LocalizedText } from '@shared/model/localized-text';

export interface ChartSeries {
  labels: string[];
  datasets: { label: string; values: number[]; color: string }[];
}

const thousands = (won: number | null | undefined) => Math.round((won ?? 0) / 1000);

/**
 * The bars worth showing: for departments every department's budget and spending; otherwise the
 * lines with the largest differences, before against after (in 천원).
 */
export function chartSeries(
  comparison: Comparison,
  maxBars = 12,
  translate: (text: LocalizedText) => string = (text) => text.ko,
): ChartSeries {
  const { primary } = comparison;
  const rows =
    comparison.kind === 'departments'
      ? comparison.rows.slice(0, maxBars)
      : largestBy(comparison.rows, primary.difference, maxBars);
  const label = (id: string) => comparison.columns.find((c) => c.id === id)?.label;
  const name = (id: string) => {
    const found = label(id);
    return found ? translate(found) : id;
  };
  return {
    labels: rows.map((row) => translate(departmentRowLabel(row.label))),
    datasets: [
      {
        label: name(primary.before),
        values: rows.map((r) => thousands(r.values[primary.before])),
        color: '#9aa9c2',
      },
      {
        label: name(primary.after),
        values: rows.map((r) => thousands(r.values[primary.after])),
        color: '#1f4e8c',
      },
    ],
  };
}
