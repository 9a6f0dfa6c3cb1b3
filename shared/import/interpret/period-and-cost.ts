/**
 * `- 기간 : 2020. 6. ~ 2025. 7. * 사업비 : 20억원(국비)`: a project outline that gives its years and,
 * after a note mark on the same line, its cost. The cost spans those years: the project's whole cost.
 */
import { readBudgetStatement, type BudgetStatement } from './budget-statement';
import { readPeriod } from './statement-period';

const PERIOD_THEN_COST = /^\s*(?:사\s*업\s*)?기\s*간\s*[:：]\s*(.+?)\s+[*※]\s*(\S.*)$/;

export function readPeriodAndCost(text: string): BudgetStatement | null {
  const match = PERIOD_THEN_COST.exec(text);
  if (!match) return null;
  const period = readPeriod(match[1]!);
  const statement = readBudgetStatement(match[2]!);
  if (!period || !statement || statement.main?.kind !== 'money') return null;
  if (period.rest.replace(/[(（][^()（）]*[)）]/g, '').trim() !== '') return null;
  statement.period = period.period;
  if (period.period.to > period.period.from) statement.field = 'totalCost';
  return statement;
}
