import type { BudgetLine, PersonnelRow } from '../model/report';
import { LINE_MONEY_FIELDS } from '../model/line-fields';

/** A line figure the audit can do arithmetic with: finite and within safe integers, else absent. */
export function usable(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER
    ? value
    : undefined;
}

/** A copy of the line with every figure the audit cannot trust removed. */
export function usableLine(line: BudgetLine): BudgetLine {
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
