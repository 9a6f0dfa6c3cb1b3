import { normalizeName } from '../model/line-key';
import type { BudgetLine } from '../model/report';
import { yearBudgetValue } from './meaning';

/** Row names a table gives its total row (소계 totals a part of a table, not the whole). */
const TOTAL_ROW = /^(계|합계|총계)$/;

/**
 * A total row among its siblings — a 세입 table's `계` printed above `세외수입` and `보조금` — that
 * restates their sum: adding it to them would count the same money twice. Only when the siblings
 * all state the year's budget and add up to the row's exactly; a `계` that is not their sum (a
 * sub-table's total among projects) stays a line of its own.
 */
export function isRestatedTotal(line: BudgetLine, siblings: readonly BudgetLine[]): boolean {
  if (!TOTAL_ROW.test(normalizeName(line.project))) return false;
  const own = yearBudgetValue(line);
  if (own === undefined) return false;
  const others = siblings.filter((sibling) => sibling !== line);
  if (others.length === 0) return false;
  let sum = 0;
  for (const other of others) {
    if (TOTAL_ROW.test(normalizeName(other.project))) return false;
    const value = yearBudgetValue(other);
    if (value === undefined) return false;
    sum += value;
  }
  return sum === own;
}
