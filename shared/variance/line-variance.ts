import { meaningOfLine, type MeaningFigures } from '../figures/sum';
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
  /** the year's budget (shared/figures yearBudgetOf: 예산현액 > 예산액 > 본예산 > 소요예산) */
  currentBudget: Computed;
  /** last year's budget (lastYearOf: the stated 전년도 예산, or last year's line) */
  previousBudget: Computed;
  change: Computed;
  changeRate: Computed;
  executionRate: Computed;
  obligationRate: Computed;
  projectedRate: Computed;
  projectedLapse: Computed;
  unspent: Computed;
}

/**
 * The base the audit checks a line's stated rates against: 예산현액, else 예산액, else 소요예산.
 * Not 본예산 alone: a rate printed beside 본예산 and 추경 is over their sum, and checking it against
 * 본예산 would report a false error. Screens use the year's budget (shared/figures) instead.
 */
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
  return meaningVariance(meaningOfLine(line, previous));
}

/**
 * The variances of a row from its figures by meaning (a line's, or a group's sums): each rate and
 * change is taken over the lines that state both of its figures, so a department whose plans have
 * no spending yet does not show a low execution rate.
 */
export function meaningVariance(figures: MeaningFigures): LineVariance {
  const { withBudget, budgetWith } = figures;
  return {
    currentBudget: figure(figures.yearBudget),
    previousBudget: figure(figures.lastYear),
    change: change(budgetWith.lastYear, withBudget.lastYear),
    changeRate: changeRate(budgetWith.lastYear, withBudget.lastYear),
    executionRate: executionRate(withBudget.spent, budgetWith.spent),
    obligationRate: obligationRate(withBudget.obligated, budgetWith.obligated),
    projectedRate: projectedRate(withBudget.projectedSpend, budgetWith.projectedSpend),
    projectedLapse: projectedLapse(budgetWith.projectedSpend, withBudget.projectedSpend),
    unspent: unspent(budgetWith.spent, withBudget.spent),
  };
}
