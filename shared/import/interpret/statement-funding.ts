/**
 * A statement's funding onto the line made from it: the parts, and whether they are a partial
 * split (`196백만원(국비 50%)` names one payer of the whole) the audit must not add up.
 */
import type { BudgetLine, Funding } from '../../model/report';

export function withStatementFunding(
  line: BudgetLine,
  statement: { funding: Funding; fundingPartial?: true },
): void {
  if (Object.keys(statement.funding).length === 0) return;
  line.funding = { ...statement.funding };
  if (statement.fundingPartial) line.fundingPartial = true;
}
