import type { FundingSource } from './report';

/** The integer-won figures a BudgetLine can carry; a parent's figure is the sum of its children's. */
export const LINE_MONEY_FIELDS = [
  'budget',
  'originalBudget',
  'supplementary',
  'carriedOver',
  'currentBudget',
  'previousBudget',
  'requiredBudget',
  'obligated',
  'spent',
  'projectedSpend',
  'collected',
] as const;
export type LineMoneyField = (typeof LINE_MONEY_FIELDS)[number];

export const FUNDING_SOURCES: readonly FundingSource[] = [
  'national',
  'city',
  'province',
  'district',
  'fund',
  'specialGrant',
  'other',
];
