import { budgetOf, comparableLines } from './lines';
import { matchLines } from './match';
import { columnTotals, rowBaseBuilder } from './rows';
import type { Comparison, ComparisonSide, MatchDecision } from './types';
import { changeRate, difference } from './variance';

export interface YearOverYearOptions {
  before: ComparisonSide & { fiscalYear?: number };
  after: ComparisonSide & { fiscalYear?: number };
  decisions?: readonly MatchDecision[];
  /** include sub-projects and funding parts (default: projects only) */
  withChildren?: boolean;
}

/**
 * The same projects in two fiscal years (two documents, or one document's two years via
 * `fiscalYear`): budget before and after, difference and rate. Unmatched projects are rows too.
 */
export function compareYearOverYear(options: YearOverYearOptions): Comparison {
  const { before, after, withChildren } = options;
  const left = comparableLines(before.lines, { withChildren, fiscalYear: before.fiscalYear });
  const right = comparableLines(after.lines, { withChildren, fiscalYear: after.fiscalYear });
  const { pairs, suggestions } = matchLines(left, right, options.decisions);
  const base = rowBaseBuilder(before, after);
  const rows = pairs.map((pair, index) => {
    const beforeBudget = pair.before ? budgetOf(pair.before) : undefined;
    const afterBudget = pair.after ? budgetOf(pair.after) : undefined;
    return {
      ...base(pair, index),
      values: {
        before: beforeBudget ?? null,
        after: afterBudget ?? null,
        difference: difference(beforeBudget, afterBudget),
        rate: changeRate(beforeBudget, afterBudget),
      },
    };
  });
  const totals = columnTotals(rows, ['before', 'after', 'difference']);
  totals.rate = changeRate(totals.before ?? undefined, totals.after ?? undefined);
  return {
    kind: 'year-over-year',
    title: { ko: '연도별 예산 비교', en: 'Year-over-year budget comparison' },
    sides: { before: before.label, after: after.label },
    columns: [
      {
        id: 'before',
        label: { ko: `${before.label} 예산`, en: `${before.label} budget` },
        kind: 'money',
      },
      {
        id: 'after',
        label: { ko: `${after.label} 예산`, en: `${after.label} budget` },
        kind: 'money',
      },
      { id: 'difference', label: { ko: '증감액', en: 'Change' }, kind: 'money' },
      { id: 'rate', label: { ko: '증감률', en: 'Change rate' }, kind: 'rate' },
    ],
    rows,
    totals,
    primary: { before: 'before', after: 'after', difference: 'difference', rate: 'rate' },
    suggestions,
  };
}
