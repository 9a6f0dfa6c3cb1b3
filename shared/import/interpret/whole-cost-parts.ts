/**
 * What the parts of a 사업비 say about it: a private investor's share (`국비 119, 민자 726`) or a
 * breakdown with land (`토지매입 6,418, 건축 37,375`) belongs to a construction or private-investment
 * project, whose 사업비 is the whole project's cost, never one year's budget.
 */
import { compact } from '../../text/compact';
import type { BudgetStatement } from './budget-statement';

/** `민자`, `민간투자`, `민간자본`: money a private investor puts into the project */
const PRIVATE_INVESTMENT = /^(?:민자|민간투자|민간자본|민간사업자)/;
/** `토지매입`, `용지보상`, `보상비`, `부지매입`: buying land is done once, for the whole project */
const LAND = /토지|용지|보상|부지매입/;

export function asWholeCostByParts(statement: BudgetStatement): void {
  if (statement.field !== 'requiredBudget' || statement.main?.kind !== 'money') return;
  const privateShare = statement.sourceNames.some((name) => PRIVATE_INVESTMENT.test(compact(name)));
  const land = statement.breakdown.some((item) => LAND.test(compact(item.label)));
  if (privateShare || land) statement.field = 'totalCost';
}
