import type { BudgetLine, FundingSource } from '../model/report';
import { FUNDING_SOURCES, LINE_MONEY_FIELDS } from '../model/line-fields';

/** Money figures of a line that add up: a parent's figure is the sum of its children's. */
export const MONEY_FIELDS = LINE_MONEY_FIELDS;
export type MoneyField = (typeof MONEY_FIELDS)[number];

export { FUNDING_SOURCES };

export type FigureField = MoneyField | `funding.${FundingSource}`;
export const FIGURE_FIELDS: readonly FigureField[] = [
  ...MONEY_FIELDS,
  ...FUNDING_SOURCES.map((source) => `funding.${source}` as const),
];

/** Integer-won figures by field; a field is absent when nothing below states it. */
export type Figures = Partial<Record<FigureField, number>>;

/**
 * Figures with every field present (undefined when absent), always created in the same order, so
 * the engine keeps one object shape for all of them: 100,000 lines sum without megamorphic access.
 */
export function emptyFigures(): Figures {
  return {
    budget: undefined,
    originalBudget: undefined,
    supplementary: undefined,
    carriedOver: undefined,
    currentBudget: undefined,
    previousBudget: undefined,
    requiredBudget: undefined,
    obligated: undefined,
    spent: undefined,
    projectedSpend: undefined,
    collected: undefined,
    'funding.national': undefined,
    'funding.city': undefined,
    'funding.province': undefined,
    'funding.district': undefined,
    'funding.fund': undefined,
    'funding.specialGrant': undefined,
    'funding.other': undefined,
  };
}

/** A line's own figures. Written out field by field: named reads are much faster than keyed ones. */
export function figuresOf(line: BudgetLine): Figures {
  const funding = line.funding;
  return {
    budget: line.budget,
    originalBudget: line.originalBudget,
    supplementary: line.supplementary,
    carriedOver: line.carriedOver,
    currentBudget: line.currentBudget,
    previousBudget: line.previousBudget,
    requiredBudget: line.requiredBudget,
    obligated: line.obligated,
    spent: line.spent,
    projectedSpend: line.projectedSpend,
    collected: line.collected,
    'funding.national': funding?.national,
    'funding.city': funding?.city,
    'funding.province': funding?.province,
    'funding.district': funding?.district,
    'funding.fund': funding?.fund,
    'funding.specialGrant': funding?.specialGrant,
    'funding.other': funding?.other,
  };
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
  const result = emptyFigures();
  for (const field of FIGURE_FIELDS) result[field] = stated[field] ?? computed[field];
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
