import type { LocalizedText } from '../model/localized-text';
import type { ComparisonEvidence } from '../documents/evidence';
import type { FigureMeaning } from '../figures/meaning';
import type { MeaningFigure } from '../figures/meaning';
import type { ComparisonRow, RowConclusion, RowStatus } from './types';
import { changeRate } from './variance';

const LABEL: Record<RowConclusion, LocalizedText> = {
  ended: { ko: '종료', en: 'Ended' },
  new: { ko: '신규', en: 'New' },
  'absent-later': { ko: '이후 자료에 없음', en: 'Not in the later document' },
  'absent-earlier': { ko: '이전 자료에 없음', en: 'Not in the earlier document' },
  renamed: { ko: '명칭 변경', en: 'Renamed' },
};

/** The words for a conclusion: screen and print say the same. */
export function conclusionLabel(conclusion: RowConclusion): LocalizedText {
  return LABEL[conclusion];
}

/** The 비고 word for a row (종료, 신규, 이후 자료에 없음, …), or undefined. */
export function rowConclusionLabel(
  row: Pick<ComparisonRow, 'conclusion'>,
): LocalizedText | undefined {
  return row.conclusion ? LABEL[row.conclusion] : undefined;
}

/** What a row's status lets the reader conclude, given the evidence the two sides share. */
export function conclusionOf(
  status: RowStatus,
  evidence: ComparisonEvidence | undefined,
): RowConclusion | undefined {
  const concludes = evidence?.concludes ?? false;
  // one document's year against a year it only touches on: a project with no figure for that year
  // is not "missing from" anything; the row's empty cell already says the year is not stated
  if (evidence?.sameDocument && evidence.bothYearsCovered === false && status !== 'confirmed')
    return undefined;
  if (status === 'only-before') return concludes ? 'ended' : 'absent-later';
  if (status === 'only-after') return concludes ? 'new' : 'absent-earlier';
  if (status === 'confirmed') return 'renamed';
  return undefined;
}

export interface PairValues {
  before: number | null;
  after: number | null;
  difference: number | null;
  rate: number | null;
}

/**
 * Before, after, change and rate between two figures of one meaning. A change needs both figures;
 * a missing one counts as zero only when the row's conclusion says the project ended or is new.
 */
export function pairValues(
  before: MeaningFigure | undefined,
  after: MeaningFigure | undefined,
  conclusion: RowConclusion | undefined,
): PairValues {
  const values: PairValues = {
    before: before?.value ?? null,
    after: after?.value ?? null,
    difference: null,
    rate: null,
  };
  if (before && after && sameMeaning(before.meaning, after.meaning)) {
    values.difference = after.value - before.value;
    values.rate = changeRate(before.value, after.value);
  } else if (before && !after && conclusion === 'ended') {
    values.difference = -before.value;
    values.rate = changeRate(before.value, 0);
  } else if (after && !before && conclusion === 'new') {
    values.difference = after.value;
  }
  return values;
}

/** Last year's budget and this year's are the same kind of figure; spending is not a budget. */
function sameMeaning(a: FigureMeaning, b: FigureMeaning): boolean {
  const budget = (meaning: FigureMeaning) => meaning === 'yearBudget' || meaning === 'lastYear';
  return a === b || (budget(a) && budget(b));
}
