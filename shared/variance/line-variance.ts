import type { BudgetLine } from '../model/report';
import { computed, noValue, type Computed } from './computed';
import {
  change,
  changeRate,
  executionRate,
  obligationRate,
  projectedLapse,
  projectedRate,
  unspent,
} from './rates';

export interface LineVariance {
  /** the budget in force: currentBudget ?? budget ?? requiredBudget */
  currentBudget: Computed;
  /** previousBudget, or the previous line's budget in force */
  previousBudget: Computed;
  change: Computed;
  changeRate: Computed;
  executionRate: Computed;
  obligationRate: Computed;
  projectedRate: Computed;
  projectedLapse: Computed;
  unspent: Computed;
}

/** The budget a line has in force: 예산현액, else 예산액, else 소요예산. */
export function budgetInForce(line: BudgetLine): number | undefined {
  return line.currentBudget ?? line.budget ?? line.requiredBudget;
}

function figure(value: number | undefined): Computed {
  return value === undefined ? noValue('missing') : computed(value);
}

const NOT_APPLICABLE = noValue('not-applicable');

/**
 * Every variance of a line. `previous` is the same line a year earlier, used when the line states
 * no previousBudget itself. A 비예산 (noBudget) line has no figures to compare.
 */
export function lineVariance(line: BudgetLine, previous?: BudgetLine): LineVariance {
  if (line.noBudget) {
    return {
      currentBudget: NOT_APPLICABLE,
      previousBudget: NOT_APPLICABLE,
      change: NOT_APPLICABLE,
      changeRate: NOT_APPLICABLE,
      executionRate: NOT_APPLICABLE,
      obligationRate: NOT_APPLICABLE,
      projectedRate: NOT_APPLICABLE,
      projectedLapse: NOT_APPLICABLE,
      unspent: NOT_APPLICABLE,
    };
  }
  const current = budgetInForce(line);
  const before = line.previousBudget ?? (previous ? budgetInForce(previous) : undefined);
  return {
    currentBudget: figure(current),
    previousBudget: figure(before),
    change: change(current, before),
    changeRate: changeRate(current, before),
    executionRate: executionRate(line.spent, current),
    obligationRate: obligationRate(line.obligated, current),
    projectedRate: projectedRate(line.projectedSpend, current),
    projectedLapse: projectedLapse(current, line.projectedSpend),
    unspent: unspent(current, line.spent),
  };
}
