import type { BudgetLine } from '../model/report';
import type { ComparisonColumn, ComparisonRow } from './types';

/** The column of a multi-year project's whole cost: never the year's budget, never summed. */
export const TOTAL_COST_COLUMN: ComparisonColumn = {
  id: 'totalCost',
  label: { ko: '총사업비', en: 'Total project cost' },
  kind: 'money',
};

/**
 * The row with its project's 총사업비 and period, as the line states them. A project known only by
 * its whole cost (`총사업비 1,840억원`, `'21~'27, 415억원`) shows that figure in its own column, so
 * its row is not a line of dashes, and the year's columns stay empty.
 */
export function withTotalCost<Row extends Pick<ComparisonRow, 'values' | 'period'>>(
  row: Row,
  line: Pick<BudgetLine, 'totalCost' | 'period'> | undefined,
): Row {
  if (line?.totalCost === undefined) return row;
  const withCost: Row = { ...row, values: { ...row.values, totalCost: line.totalCost } };
  if (line.period) withCost.period = { from: line.period.from, to: line.period.to };
  return withCost;
}

/** The 총사업비 column, when some row has one (a table of yearly budgets only does not get it). */
export function totalCostColumns(rows: readonly ComparisonRow[]): ComparisonColumn[] {
  const any = rows.some((row) => (row.values[TOTAL_COST_COLUMN.id] ?? null) !== null);
  return any ? [TOTAL_COST_COLUMN] : [];
}

/** '2022~2029', or the one year of a single-year period. */
export function periodText(period: { from: number; to: number } | undefined): string {
  if (!period) return '';
  return period.from === period.to ? `${period.from}` : `${period.from}~${period.to}`;
}
