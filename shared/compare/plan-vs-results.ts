import { budgetOf, comparableLines } from './lines';
import { matchLines } from './match';
import { columnTotals, rowBaseBuilder } from './rows';
import type { Comparison, ComparisonSide, MatchDecision } from './types';
import { changeRate, difference, ratio } from './variance';

export interface PlanVsResultsOptions {
  /** the plan (주요업무 계획): its 소요예산 per project */
  plan: ComparisonSide;
  /** the next report (주요업무 보고): budget in force and execution */
  results: ComparisonSide;
  decisions?: readonly MatchDecision[];
  withChildren?: boolean;
}

/** What the plan asked for (소요예산) against what the project got (예산현액) and spent (집행액). */
export function comparePlanVsResults(options: PlanVsResultsOptions): Comparison {
  const { plan, results, withChildren } = options;
  const left = comparableLines(plan.lines, { withChildren });
  const right = comparableLines(results.lines, { withChildren });
  const { pairs, suggestions } = matchLines(left, right, options.decisions);
  const base = rowBaseBuilder(plan, results);
  const rows = pairs.map((pair, index) => {
    const planned = pair.before ? (pair.before.requiredBudget ?? budgetOf(pair.before)) : undefined;
    const budget = pair.after ? budgetOf(pair.after) : undefined;
    const spent = pair.after?.spent;
    return {
      ...base(pair, index),
      values: {
        planned: planned ?? null,
        budget: budget ?? null,
        difference: difference(planned, budget),
        rate: changeRate(planned, budget),
        spent: spent ?? null,
        executionRate: ratio(spent, budget),
      },
    };
  });
  const totals = columnTotals(rows, ['planned', 'budget', 'difference', 'spent']);
  totals.rate = changeRate(totals.planned ?? undefined, totals.budget ?? undefined);
  totals.executionRate = ratio(totals.spent ?? undefined, totals.budget ?? undefined);
  return {
    kind: 'plan-vs-results',
    title: { ko: '계획 대비 실적 비교', en: 'Plan versus results' },
    sides: { before: plan.label, after: results.label },
    columns: [
      { id: 'planned', label: { ko: '계획 소요예산', en: 'Planned' }, kind: 'money' },
      { id: 'budget', label: { ko: '예산현액', en: 'Budget in force' }, kind: 'money' },
      { id: 'difference', label: { ko: '차이', en: 'Difference' }, kind: 'money' },
      { id: 'rate', label: { ko: '차이율', en: 'Difference rate' }, kind: 'rate' },
      { id: 'spent', label: { ko: '집행액', en: 'Spent' }, kind: 'money' },
      { id: 'executionRate', label: { ko: '집행률', en: 'Execution rate' }, kind: 'rate' },
    ],
    rows,
    totals,
    primary: { before: 'planned', after: 'budget', difference: 'difference', rate: 'rate' },
    suggestions,
  };
}
