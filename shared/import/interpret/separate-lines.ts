import type { BudgetLine } from '../../model/report';
import type { BudgetStatement } from './budget-statement';
import type { Collected } from './sink';

/**
 * `사업비('25년) : 매입비 330백만원 / 사용료 100백만원`: a statement that gives its figures apart
 * and no total of them. Each becomes a line of its own, named by the project and its label; no
 * total is made up (the document prints none).
 */
export function separateLines(
  base: BudgetLine,
  statement: BudgetStatement,
  collected: Collected,
): BudgetLine[] {
  return (statement.separate ?? []).map((part) => {
    const key = collected.keys.next({
      fiscalYear: base.fiscalYear,
      department: base.department,
      project: base.project,
      path: [part.label],
    });
    const line: BudgetLine = {
      key,
      fiscalYear: base.fiscalYear,
      project: `${base.project} ${part.label}`,
      [statement.field]: part.won,
      source: base.source,
    };
    if (base.statedUnit) line.statedUnit = base.statedUnit;
    if (base.department) line.department = base.department;
    if (base.bureau) line.bureau = base.bureau;
    return line;
  });
}
