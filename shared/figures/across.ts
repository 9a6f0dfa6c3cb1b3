import type { LocalizedText } from '../model/localized-text';
import { basesLabel } from './labels';
import { basesOf, stageOf, type FigureBasis } from './meaning';
import { compareScopes, type FigureScope } from './scope';
import type { MeaningFigures } from './sum';

export type SummableMeaning = 'yearBudget' | 'spent' | 'lastYear';

export interface CombinedFigure {
  value: number;
  bases: FigureBasis[];
  scopes: FigureScope[];
  /** says what was added: '2025년·2026년 예산현액 합산' */
  label: LocalizedText;
}

/**
 * A sum over several documents or years, only when the caller asks for one and the figures are
 * alike: one category, one meaning, and no plan's request (소요예산) added to appropriations. The
 * label says it is a sum and of what. Undefined when there is nothing alike to add.
 */
export function addAcrossScopes(
  totals: readonly { scope: FigureScope; meaning: MeaningFigures }[],
  meaning: SummableMeaning,
): CombinedFigure | undefined {
  const present = totals.filter((total) => total.meaning[meaning] !== undefined);
  if (present.length === 0) return undefined;
  if (new Set(present.map((total) => total.scope.category)).size > 1) return undefined;
  const mask = present.reduce(
    (bits, total) =>
      bits |
      (meaning === 'yearBudget'
        ? total.meaning.yearBudgetBases
        : meaning === 'lastYear'
          ? total.meaning.lastYearBases
          : 0),
    0,
  );
  const bases: FigureBasis[] = meaning === 'spent' ? ['spent'] : basesOf(mask);
  if (new Set(bases.map(stageOf)).size > 1) return undefined;
  const scopes = present.map((total) => total.scope).sort(compareScopes);
  const years = [...new Set(scopes.map((scope) => scope.fiscalYear))];
  const documents = new Set(scopes.map((scope) => scope.documentId)).size;
  const what = basesLabel(bases, meaning);
  const where = {
    ko: `${years.map((year) => `${year}년`).join('·')}${documents > 1 ? ` 문서 ${documents}개` : ''}`,
    en: `FY${years.join(', ')}${documents > 1 ? `, ${documents} documents` : ''}`,
  };
  return {
    value: present.reduce((sum, total) => sum + total.meaning[meaning]!, 0),
    bases,
    scopes,
    label: { ko: `${where.ko} ${what.ko} 합산`, en: `${what.en} added up over ${where.en}` },
  };
}
