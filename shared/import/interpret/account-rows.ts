/**
 * `총계 | 10,753` over `일반회계 | 7,361` and `특별회계 | 3,392`: rows that split the total by
 * account. The total line gets them as its `accounts` (checked as parts of the total, never read as
 * funding) when they add up to it exactly; each account counts once, at the first level under the
 * total (the special accounts' own rows below 특별회계 are not accounts of the total).
 */
import type { Accounts, BudgetLine } from '../../model/report';
import { compact } from '../../text/compact';

const ACCOUNT: Record<string, keyof Accounts> = {
  일반회계: 'general',
  특별회계: 'special',
  기금: 'fund',
};

export function accountsOfTotal(
  labels: readonly string[],
  lines: readonly (BudgetLine | undefined)[],
  parents: readonly (number | undefined)[],
  totalIndex: number,
): void {
  const total = lines[totalIndex];
  if (!total || total.budget === undefined) return;
  const accounts: Accounts = {};
  labels.forEach((label, index) => {
    const kind = ACCOUNT[compact(label)];
    const line = lines[index];
    if (!kind || !line || index === totalIndex || accounts[kind] !== undefined) return;
    const parent = parents[index];
    if (parent !== undefined && parent !== totalIndex) return;
    if (line.budget !== undefined) accounts[kind] = line.budget;
  });
  const parts = Object.values(accounts);
  if (parts.length < 2) return;
  if (parts.reduce((sum: number, won) => sum + (won ?? 0), 0) !== total.budget) return;
  total.accounts = accounts;
}
