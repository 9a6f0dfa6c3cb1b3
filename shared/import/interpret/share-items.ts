/**
 * Shares of a sentence's amount beside it in its parenthesis: `(1.96억원, 국비 50%, 시비 50%)` is
 * a split of the amount; `(1.96억원, 국비 50%)` names one payer only, a partial split.
 */
import type { Funding, FundingSource } from '../../model/report';
import { fundingSourceOf } from './names';

/**
 * `국비 50%` beside the amount: that source's share of it. Shares that leave part of the amount
 * unstated (`국비 50%` alone) are a partial split, kept when each comes to whole won.
 */
export function sharesOf(
  items: readonly string[],
  won: number,
): { shares: Funding; partial?: true } | undefined {
  const percents: [FundingSource, number][] = [];
  for (const item of items) {
    const match = /^([가-힣·]{1,4})\s*(\d{1,3})\s*%$/.exec(item.trim());
    const source = match ? fundingSourceOf(match[1]!) : null;
    if (match && source && !source.guessed) percents.push([source.source, Number(match[2])]);
  }
  const total = percents.reduce((sum, [, share]) => sum + share, 0);
  if (percents.length === 0 || total > 100) return undefined;
  if (total < 100) return partialShares(percents, won);
  const shares: Funding = {};
  let given = 0;
  percents.forEach(([source, share], index) => {
    const part = index === percents.length - 1 ? won - given : Math.round((won * share) / 100);
    shares[source] = (shares[source] ?? 0) + part;
    given += part;
  });
  return { shares };
}

function partialShares(
  percents: readonly [FundingSource, number][],
  won: number,
): { shares: Funding; partial: true } | undefined {
  const shares: Funding = {};
  for (const [source, share] of percents) {
    const part = (won * share) / 100;
    if (shares[source] !== undefined || Math.abs(part - Math.round(part)) > 1e-6) return undefined;
    shares[source] = Math.round(part);
  }
  return { shares, partial: true };
}
