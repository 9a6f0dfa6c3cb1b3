import { describe, expect, it } from 'vitest';
import { matchFact } from '../../eval/match-facts';
import { fact, line } from './invented';

// Invented lines holding a year's budget and spending, each with its own funding split.
const spentFact = fact({
  field: 'spent',
  amount: 840_000_000,
  funding: { national: 588_000_000, city: 252_000_000 },
});

describe('the funding a spent fact is scored against', () => {
  it('is the line’s spentFunding when the line has one', () => {
    const both = line({
      budget: 1_450_000_000,
      funding: { national: 1_015_000_000, city: 435_000_000 },
      spent: 840_000_000,
      spentFunding: { national: 588_000_000, city: 252_000_000 },
    });
    expect(matchFact(spentFact, [both])).toMatchObject({ found: true, fundingRight: true });
  });

  it('is never the budget’s funding of a line that also holds a budget', () => {
    const budgetOnly = line({
      budget: 1_450_000_000,
      funding: { national: 588_000_000, city: 252_000_000 },
      spent: 840_000_000,
    });
    expect(matchFact(spentFact, [budgetOnly])).toMatchObject({ found: true, fundingRight: false });
  });

  it('is the line’s funding when spending is the only figure the line holds', () => {
    const spentOnly = line({
      budget: undefined,
      spent: 840_000_000,
      funding: { national: 588_000_000, city: 252_000_000 },
    });
    expect(matchFact(spentFact, [spentOnly])).toMatchObject({ found: true, fundingRight: true });
  });

  it('leaves a budget fact scored against the budget’s funding, not the spending’s', () => {
    const budgetFact = fact({
      amount: 1_450_000_000,
      funding: { national: 1_015_000_000, city: 435_000_000 },
    });
    const both = line({
      budget: 1_450_000_000,
      funding: { national: 1_015_000_000, city: 435_000_000 },
      spent: 840_000_000,
      spentFunding: { national: 588_000_000, city: 252_000_000 },
    });
    expect(matchFact(budgetFact, [both])).toMatchObject({ found: true, fundingRight: true });
  });

  it('counts a partial split right when the key names the same single part', () => {
    const partialFact = fact({ amount: 196_000_000, funding: { national: 98_000_000 } });
    const partial = line({
      budget: 196_000_000,
      funding: { national: 98_000_000 },
      fundingPartial: true,
    });
    expect(matchFact(partialFact, [partial])).toMatchObject({ found: true, fundingRight: true });
  });
});
