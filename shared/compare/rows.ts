import type { ComparisonEvidence } from '../documents/evidence';
import type { BudgetLine, Finding } from '../model/report';
import { conclusionOf } from './conclusion';
import type { LinePair } from './match';
import type { ComparisonRow, ComparisonSide, RowSource } from './types';
import { findingsByLine } from './lines';
import { changeRate } from './variance';

function source(side: 'before' | 'after', line: BudgetLine, documentId?: number): RowSource {
  return { side, documentId, line: line.source.line, text: line.source.text };
}

export type RowBase = Omit<ComparisonRow, 'values'>;

/**
 * What every row built from a pair of lines shares: a unique id, names, status and what it lets
 * the reader conclude (given the sides' evidence), the findings about either line, and where both
 * lines came from. The caller fills in `values`.
 */
export function rowBaseBuilder(
  before: ComparisonSide,
  after: ComparisonSide,
  evidence?: ComparisonEvidence,
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
    const base: RowBase = {
      id: `${index}:${left?.key ?? ''}→${right?.key ?? ''}`,
      label: line.project,
      group: line.department,
      status,
      flags,
      sources,
      beforeKey: left?.key,
      afterKey: right?.key,
    };
    const conclusion = conclusionOf(status, evidence);
    if (conclusion) base.conclusion = conclusion;
    return base;
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

/**
 * Totals of a two-sided comparison: each side's sum, the sum of the rows' changes, and the rate of
 * that change over the rows that have one (so a total change never sets rows without a change
 * against others). `coverage` says whether every row with a figure has a change.
 */
export function changeTotals(
  rows: readonly ComparisonRow[],
  columns: { before: string; after: string; difference: string; rate: string },
): { totals: Record<string, number | null>; coverage: 'all' | 'matched' } {
  const totals = columnTotals(rows, [columns.before, columns.after, columns.difference]);
  const changed = rows.filter((row) => (row.values[columns.difference] ?? null) !== null);
  const beforeBase = columnTotals(changed, [columns.before])[columns.before] ?? null;
  const diff = totals[columns.difference] ?? null;
  totals[columns.rate] =
    diff === null || beforeBase === null ? null : changeRate(beforeBase, beforeBase + diff);
  const coverage = rows.every(
    (row) =>
      (row.values[columns.difference] ?? null) !== null ||
      ((row.values[columns.before] ?? null) === null &&
        (row.values[columns.after] ?? null) === null),
  )
    ? 'all'
    : 'matched';
  return { totals, coverage };
}
