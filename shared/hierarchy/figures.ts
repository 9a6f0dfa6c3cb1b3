import type { BudgetLine, FundingSource } from '../model/report';

/** Money figures of a line that add up: a parent's figure is the sum of its children's. */
export const MONEY_FIELDS = [
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
export type MoneyField = (typeof MONEY_FIELDS)[number];

export const FUNDING_SOURCES: readonly FundingSource[] = [
  'national',
  'city',
  'district',
  'fund',
  'specialGrant',
  'other',
];

export type FigureField = MoneyField | `funding.${FundingSource}`;
export const FIGURE_FIELDS: readonly FigureField[] = [
  ...MONEY_FIELDS,
  ...FUNDING_SOURCES.map((source) => `funding.${source}` as const),
];

/** Integer-won figures by field; a field is absent when nothing below states it. */
export type Figures = Partial<Record<FigureField, number>>;

export function figuresOf(line: BudgetLine): Figures {
  const figures: Figures = {};
  for (const field of MONEY_FIELDS) {
    const value = line[field];
    if (value !== undefined) figures[field] = value;
  }
  if (line.funding) {
    for (const source of FUNDING_SOURCES) {
      const value = line.funding[source];
      if (value !== undefined) figures[`funding.${source}`] = value;
    }
  }
  return figures;
}

/** Adds `from` into `into` field by field (mutates `into`); absent stays absent only if absent in both. */
export function addFigures(into: Figures, from: Figures): Figures {
  for (const field of FIGURE_FIELDS) {
    const value = from[field];
    if (value !== undefined) into[field] = (into[field] ?? 0) + value;
  }
  return into;
}

/** A line's stated figures, each missing one filled from the sum of its children. */
export function withFallback(stated: Figures, computed: Figures | undefined): Figures {
  if (!computed) return stated;
  const result: Figures = { ...computed };
  for (const field of FIGURE_FIELDS) {
    const value = stated[field];
    if (value !== undefined) result[field] = value;
  }
  return result;
}

/** Fields where a line's stated figure differs from the sum of its children. */
export function disagreeingFields(stated: Figures, computed: Figures | undefined): FigureField[] {
  if (!computed) return [];
  return FIGURE_FIELDS.filter((field) => {
    const own = stated[field];
    const sum = computed[field];
    return own !== undefined && sum !== undefined && own !== sum;
  });
}
