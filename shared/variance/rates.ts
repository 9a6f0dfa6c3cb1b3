import { computed, isPresent, noValue, type Computed, type Figure } from './computed';

/** current − previous. */
export function change(current: Figure, previous: Figure): Computed {
  if (!isPresent(current) || !isPresent(previous)) return noValue('missing');
  return computed(current - previous);
}

/** part ÷ base × 100; a zero base has no rate, a negative base no meaningful one. */
function percent(part: Figure, base: Figure): Computed {
  if (!isPresent(part) || !isPresent(base)) return noValue('missing');
  if (base === 0) return noValue('zero-base');
  if (base < 0) return noValue('not-applicable');
  return computed((part / base) * 100);
}

/** (current − previous) ÷ previous × 100, in percent. */
export function changeRate(current: Figure, previous: Figure): Computed {
  if (!isPresent(current) || !isPresent(previous)) return noValue('missing');
  return percent(current - previous, previous);
}

/** 집행률: spent ÷ current budget × 100. */
export function executionRate(spent: Figure, currentBudget: Figure): Computed {
  return percent(spent, currentBudget);
}

/** 원인행위율: obligated ÷ current budget × 100. */
export function obligationRate(obligated: Figure, currentBudget: Figure): Computed {
  return percent(obligated, currentBudget);
}

/** 예상집행률: projected spend ÷ current budget × 100. */
export function projectedRate(projectedSpend: Figure, currentBudget: Figure): Computed {
  return percent(projectedSpend, currentBudget);
}

/** 징수율: collected ÷ budget × 100. */
export function collectionRate(collected: Figure, budget: Figure): Computed {
  return percent(collected, budget);
}

/** 불용액(예상): current budget − projected spend. */
export function projectedLapse(currentBudget: Figure, projectedSpend: Figure): Computed {
  return change(currentBudget, projectedSpend);
}

/** 집행잔액: current budget − spent. */
export function unspent(currentBudget: Figure, spent: Figure): Computed {
  return change(currentBudget, spent);
}

/** A part's share of its whole, in percent. */
export function share(part: Figure, whole: Figure): Computed {
  return percent(part, whole);
}
