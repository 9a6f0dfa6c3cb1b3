import type { BudgetLine } from '../model/report';

/**
 * What a figure stands for, whatever column the document printed it in:
 * - yearBudget: the budget of the line's fiscal year (예산현액, 예산액/본예산, or a plan's 소요예산);
 * - spent: what was spent of it (집행액·지출액);
 * - lastYear: the budget of the year before (전년도 예산), as this line states it or last year's line.
 */
export type FigureMeaning = 'yearBudget' | 'spent' | 'lastYear';

/** The field a figure was taken from, so a screen can say which one it shows. */
export type FigureBasis =
  'currentBudget' | 'budget' | 'originalBudget' | 'requiredBudget' | 'spent' | 'previousBudget';

/** A figure with its meaning and the field it came from. */
export interface MeaningFigure {
  meaning: FigureMeaning;
  value: number;
  basis: FigureBasis;
}

/**
 * The year's budget, most authoritative first: 예산현액 (what is in force, 추경·이월 included; a
 * year's 최종예산 is read into it), then 예산액, then 본예산, then what a plan asks for (소요예산).
 * 총사업비 (`totalCost`) is a multi-year project's whole cost and never the year's budget.
 */
export const YEAR_BUDGET_FIELDS = [
  'currentBudget',
  'budget',
  'originalBudget',
  'requiredBudget',
] as const satisfies readonly FigureBasis[];

/** Every basis in the order labels list them. */
export const FIGURE_BASES: readonly FigureBasis[] = [
  ...YEAR_BUDGET_FIELDS,
  'previousBudget',
  'spent',
];

/** A plan's request (소요예산) is of another stage than an appropriation (예산현액, 예산액, 본예산). */
export type BudgetStage = 'appropriation' | 'plan';

export function stageOf(basis: FigureBasis): BudgetStage {
  return basis === 'requiredBudget' ? 'plan' : 'appropriation';
}

/** The line's figure for the year's budget, and which field it took; undefined when it states none. */
export function yearBudgetOf(line: BudgetLine): MeaningFigure | undefined {
  if (line.noBudget) return undefined;
  for (const field of YEAR_BUDGET_FIELDS) {
    const value = line[field];
    if (value !== undefined) return { meaning: 'yearBudget', value, basis: field };
  }
  return undefined;
}

/** The year's budget as a number (the comparisons' and totals' figure). */
export function yearBudgetValue(line: BudgetLine): number | undefined {
  return yearBudgetOf(line)?.value;
}

/** What was spent (집행액·지출액); commitments (원인행위) and forecasts are not spending. */
export function spentOf(line: BudgetLine): MeaningFigure | undefined {
  if (line.noBudget || line.spent === undefined) return undefined;
  return { meaning: 'spent', value: line.spent, basis: 'spent' };
}

/**
 * Last year's budget: the 전년도 예산 this line states, else the year's budget of last year's own
 * line when the caller has it (then the basis is that line's).
 */
export function lastYearOf(line: BudgetLine, previousLine?: BudgetLine): MeaningFigure | undefined {
  if (line.noBudget) return undefined;
  if (line.previousBudget !== undefined)
    return { meaning: 'lastYear', value: line.previousBudget, basis: 'previousBudget' };
  const earlier = previousLine ? yearBudgetOf(previousLine) : undefined;
  return earlier ? { ...earlier, meaning: 'lastYear' } : undefined;
}

/** One entry point for all three meanings. */
export function figureOf(
  line: BudgetLine,
  meaning: FigureMeaning,
  previousLine?: BudgetLine,
): MeaningFigure | undefined {
  if (meaning === 'yearBudget') return yearBudgetOf(line);
  if (meaning === 'spent') return spentOf(line);
  return lastYearOf(line, previousLine);
}

const BASIS_BIT: Record<FigureBasis, number> = {
  currentBudget: 1,
  budget: 2,
  originalBudget: 4,
  requiredBudget: 8,
  previousBudget: 16,
  spent: 32,
};

/** A set of bases as a bit mask: sums over many lines keep which fields went into them cheaply. */
export function basisBit(basis: FigureBasis): number {
  return BASIS_BIT[basis];
}

/** The bases in a mask, in label order. */
export function basesOf(mask: number): FigureBasis[] {
  return FIGURE_BASES.filter((basis) => (mask & BASIS_BIT[basis]) !== 0);
}
