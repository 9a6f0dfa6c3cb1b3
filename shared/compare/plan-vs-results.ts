import { comparisonEvidence } from '../documents/evidence';
import { spentOf, yearBudgetOf, type FigureBasis } from '../figures/meaning';
import { pairValues } from './conclusion';
import { comparableLines } from './lines';
import { matchLines } from './match';
import { changeTotals, columnTotals, rowBaseBuilder } from './rows';
import { resolveSideYear } from './side-year';
import type { Comparison, ComparisonRow, ComparisonSide, MatchDecision } from './types';
import { ratio } from './variance';
import { basesUsed, sideColumnLabel } from './year-over-year';

export interface PlanVsResultsOptions {
  /** the plan (주요업무 계획): its 소요예산 per project */
  plan: ComparisonSide & { fiscalYear?: number };
  /** the next report (주요업무 보고): budget in force and execution */
  results: ComparisonSide & { fiscalYear?: number };
  decisions?: readonly MatchDecision[];
  withChildren?: boolean;
}

/**
 * What the plan asked for against what the project got and spent, for one fiscal year: the
 * plan's part of the plan document and the results' part of the report (each row names the field
 * its figure came from). A difference only where both figures exist; execution over the projects
 * that state both spending and budget.
 */
export function comparePlanVsResults(options: PlanVsResultsOptions): Comparison {
  const { plan, results, withChildren } = options;
  const planYear = resolveSideYear(plan, { wanted: results.fiscalYear, part: 'plan' });
  const resultsYear = resolveSideYear(results, { wanted: planYear, part: 'report' });
  const evidence = comparisonEvidence(
    { documentId: plan.documentId, meta: plan.meta, fiscalYear: planYear },
    { documentId: results.documentId, meta: results.meta, fiscalYear: resultsYear },
  );
  const left = comparableLines(plan.lines, { withChildren, fiscalYear: planYear });
  const right = comparableLines(results.lines, { withChildren, fiscalYear: resultsYear });
  const { pairs, suggestions } = matchLines(left, right, options.decisions);
  // a plan and its results are of different kinds: absence is never 종료/신규 here
  const base = rowBaseBuilder(plan, results, { ...evidence, concludes: false });
  const rows = pairs.map((pair, index): ComparisonRow => {
    const row = base(pair, index);
    const planned = pair.before ? yearBudgetOf(pair.before) : undefined;
    const budget = pair.after ? yearBudgetOf(pair.after) : undefined;
    const spent = pair.after ? spentOf(pair.after)?.value : undefined;
    const change = pairValues(planned, budget, row.conclusion);
    const bases: Record<string, FigureBasis> = {};
    if (planned) bases.planned = planned.basis;
    if (budget) bases.budget = budget.basis;
    return {
      ...row,
      bases,
      values: {
        planned: change.before,
        budget: change.after,
        difference: change.difference,
        rate: change.rate,
        spent: spent ?? null,
        executionRate: ratio(spent, budget?.value),
      },
    };
  });
  const ids = { before: 'planned', after: 'budget', difference: 'difference', rate: 'rate' };
  const { totals, coverage } = changeTotals(rows, ids);
  const executed = rows.filter((row) => row.values.executionRate !== null);
  const executedTotals = columnTotals(executed, ['spent', 'budget']);
  totals.spent = columnTotals(rows, ['spent']).spent ?? null;
  totals.executionRate = ratio(
    executedTotals.spent ?? undefined,
    executedTotals.budget ?? undefined,
  );
  const plannedBases = basesUsed(rows, 'planned');
  const budgetBases = basesUsed(rows, 'budget');
  return {
    kind: 'plan-vs-results',
    title: { ko: '계획 대비 실적 비교', en: 'Plan versus results' },
    sides: { before: plan.label, after: results.label },
    columns: [
      {
        id: 'planned',
        label: sideColumnLabel({ ko: '계획', en: 'Planned' }, plannedBases),
        kind: 'money',
      },
      {
        id: 'budget',
        label: sideColumnLabel({ ko: '실적', en: 'Results' }, budgetBases),
        kind: 'money',
      },
      { id: 'difference', label: { ko: '차이', en: 'Difference' }, kind: 'money' },
      { id: 'rate', label: { ko: '차이율', en: 'Difference rate' }, kind: 'rate' },
      { id: 'spent', label: { ko: '집행액', en: 'Spent' }, kind: 'money' },
      { id: 'executionRate', label: { ko: '집행률', en: 'Execution rate' }, kind: 'rate' },
    ],
    rows,
    totals,
    primary: ids,
    suggestions,
    evidence,
    bases: { before: plannedBases, after: budgetBases },
    years: { before: planYear, after: resultsYear },
    changeCoverage: coverage,
  };
}
