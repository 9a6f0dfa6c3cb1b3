import type { LocalizedText } from '../model/localized-text';
import type { FigureBasis, FigureMeaning } from './meaning';
import { FIGURE_BASES } from './meaning';

/** The document's own word for each field a figure can come from. */
export const BASIS_LABEL: Record<FigureBasis, LocalizedText> = {
  currentBudget: { ko: '예산현액', en: 'budget in force' },
  budget: { ko: '예산액', en: 'budget' },
  originalBudget: { ko: '본예산', en: 'original budget' },
  requiredBudget: { ko: '소요예산', en: 'required budget' },
  previousBudget: { ko: '전년도 예산', en: "last year's budget" },
  spent: { ko: '집행액', en: 'spent' },
};

export const MEANING_LABEL: Record<FigureMeaning, LocalizedText> = {
  yearBudget: { ko: '예산', en: 'budget' },
  spent: { ko: '집행액', en: 'spent' },
  lastYear: { ko: '전년도 예산', en: "last year's budget" },
};

/**
 * The fields behind a figure, named: '예산현액', or '예산현액·소요예산' when a sum took different
 * fields from different lines; the meaning's own word when there is none.
 */
export function basesLabel(
  bases: readonly FigureBasis[],
  meaning: FigureMeaning = 'yearBudget',
): LocalizedText {
  const ordered = FIGURE_BASES.filter((basis) => bases.includes(basis));
  if (ordered.length === 0) return MEANING_LABEL[meaning];
  return {
    ko: ordered.map((basis) => BASIS_LABEL[basis].ko).join('·'),
    en: ordered.map((basis) => BASIS_LABEL[basis].en).join(' / '),
  };
}

/** '2025년 예산현액' / 'FY2025 budget in force': a year's figure named by what it is. */
export function yearFigureLabel(
  year: number | undefined,
  bases: readonly FigureBasis[],
  meaning: FigureMeaning = 'yearBudget',
): LocalizedText {
  const what = basesLabel(bases, meaning);
  if (year === undefined) return what;
  return { ko: `${year}년 ${what.ko}`, en: `FY${year} ${what.en}` };
}
