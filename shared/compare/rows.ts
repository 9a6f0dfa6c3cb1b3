import type { BudgetLine, Finding } from '../model/report';
import type { LinePair } from './match';
import type { ComparisonRow, ComparisonSide, RowSource } from './types';
import { findingsByLine } from './lines';

function source(side: 'before' | 'after', line: BudgetLine, documentId?: number): RowSource {
  return { side, documentId, line: line.source.line, text: line.source.text };
}

export type RowBase = Omit<ComparisonRow, 'values'>;

/**
 * What every row built from a pair of lines shares: a unique id, names, status, the findings about
 * either line, and where both lines came from. The caller fills in `values`.
 */
export function rowBaseBuilder(
  before: ComparisonSide,
  after: ComparisonSide,
): (pair: LinePair, index: number) => RowBase {
  const beforeFlags = findingsByLine(before.findings);
  const afterFlags = findingsByLine(after.findings);
  return ({ before: left, after: right, status }, index) => {
    const line = (right ?? left)!;
    const flags: Finding[] = [
      ...(left ? (beforeFlags.get(left.key) ?? []) : []),
      ...(right ? (afterFlags.get(right.key) ?? []) : []),
    ];
    const sources = [
      ...(left ? [source('before', left, before.documentId)] : []),
      ...(right ? [source('after', right, after.documentId)] : []),
    ];
    return {
      id: `${index}:${left?.key ?? ''}→${right?.key ?? ''}`,
      label: line.project,
      group: line.department,
      status,
      flags,
      sources,
      beforeKey: left?.key,
      afterKey: right?.key,
    };
  };
}

/** Column totals over all rows (null when no row has a value). */
export function columnTotals(
  rows: readonly ComparisonRow[],
  columnIds: readonly string[],
): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  for (const id of columnIds) {
    let total: number | null = null;
    for (const row of rows) {
      const value = row.values[id];
      if (value !== null && value !== undefined) total = (total ?? 0) + value;
    }
    totals[id] = total;
  }
  return totals;
}
