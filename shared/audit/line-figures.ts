import type { BudgetLine, PersonnelRow } from '../model/report';
import { LINE_MONEY_FIELDS } from '../model/line-fields';

/** A line figure the audit can do arithmetic with: finite and within safe integers, else absent. */
export function usable(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER
    ? value
    : undefined;
}

const allUsable = (values: object | undefined) =>
  values === undefined ||
  Object.values(values).every((value) => usable(value as number | undefined) !== undefined);

/** Whether every figure of the line is one the audit can trust (the usual case: no copy needed). */
function trusted(line: BudgetLine): boolean {
  for (const field of LINE_MONEY_FIELDS)
    if (line[field] !== undefined && usable(line[field]) === undefined) return false;
  return allUsable(line.funding) && allUsable(line.spentFunding) && allUsable(line.statedRates);
}

/**
 * The line with every figure the audit cannot trust removed: the line itself when all are
 * trusted (the audit never changes a line; a copy of each of 200,000 sheet rows cost seconds).
 */
export function usableLine(line: BudgetLine): BudgetLine {
  if (trusted(line)) return line;
  const copy: BudgetLine = { ...line };
  for (const field of LINE_MONEY_FIELDS) {
    const value = usable(copy[field]);
    if (value === undefined) delete copy[field];
    else copy[field] = value;
  }
  if (copy.funding) {
    copy.funding = Object.fromEntries(
      Object.entries(copy.funding).filter(([, value]) => usable(value) !== undefined),
    );
  }
  if (copy.spentFunding) {
    copy.spentFunding = Object.fromEntries(
      Object.entries(copy.spentFunding).filter(([, value]) => usable(value) !== undefined),
    );
  }
  if (copy.statedRates) {
    copy.statedRates = Object.fromEntries(
      Object.entries(copy.statedRates).filter(([, value]) => usable(value) !== undefined),
    );
  }
  return copy;
}

/** A copy of the personnel row without counts the audit cannot trust. */
export function usablePersonnel(row: PersonnelRow): PersonnelRow {
  const copy: PersonnelRow = { ...row };
  for (const field of ['authorized', 'current', 'surplus'] as const) {
    const value = usable(copy[field]);
    if (value === undefined) delete copy[field];
    else copy[field] = value;
  }
  return copy;
}
