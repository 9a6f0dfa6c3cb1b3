import { LINE_MONEY_FIELDS } from '@shared/model/line-fields';

/**
 * The BudgetLine fields the columnar codec stores as columns. tests/unit/db/line-codec.test.ts
 * fails when BudgetLineSchema gains a field that is not listed here; unlisted fields still
 * survive (as per-row extras), only slower.
 */
export const NUMBER_FIELDS = ['fiscalYear', ...LINE_MONEY_FIELDS] as const;

export const TEXT_FIELDS = [
  'key',
  'bureau',
  'department',
  'project',
  'parentKey',
  'category',
  'leadDepartment',
  'statedUnit',
] as const;

export const FLAG_FIELDS = ['noBudget', 'approximate', 'fromSentence'] as const;

export const NESTED_FIELDS = {
  funding: ['national', 'city', 'province', 'district', 'fund', 'specialGrant', 'other'],
  statedRates: ['execution', 'obligation', 'projected', 'change'],
  source: ['line', 'text'],
  range: ['min', 'max'],
} as const;

/**
 * Fields kept as per-row extras on purpose: rare or of variable length (a merged line's other
 * sources, a multi-year project's total cost and period, an account split, the mark of a partial
 * funding split, the spent figure's own funding). A source with a
 * position in the original (page and box, HWP cell, sheet row) is kept whole as an extra too.
 */
export const EXTRA_FIELDS = [
  'alsoAt',
  'totalCost',
  'period',
  'accounts',
  'fundingPartial',
  'spentFunding',
] as const;

export type NestedName = keyof typeof NESTED_FIELDS;
export const NESTED_NAMES = Object.keys(NESTED_FIELDS) as NestedName[];

export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  ...NUMBER_FIELDS,
  ...TEXT_FIELDS,
  ...FLAG_FIELDS,
  ...NESTED_NAMES,
]);

/** a nested field's column name, e.g. `funding.national` */
export const nestedColumn = (name: NestedName, field: string) => `${name}.${field}`;
