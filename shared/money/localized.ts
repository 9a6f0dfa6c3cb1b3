import type { LocalizedText } from '../model/localized-text';
import { formatWon, type FormatWonOptions } from './format';
import type { MoneyUnit } from './types';

const ENGLISH_UNIT: Record<MoneyUnit, string> = {
  원: 'won',
  천원: 'thousand won',
  백만원: 'million won',
  억원: '100 million won',
  십억원: 'billion won',
  조원: 'trillion won',
};

/**
 * A sum of money in each language: '1,235천원' / '1,235 thousand won'. A decrease is written as
 * Korean documents print it (△1,235천원) and as English readers expect it (-1,235 thousand won).
 */
export function localizedMoney(
  won: number,
  unit: MoneyUnit,
  options: Omit<FormatWonOptions, 'negative'> = {},
): LocalizedText {
  const ko = formatWon(won, unit, { ...options, negative: 'triangle' });
  const en = formatWon(won, unit, { ...options, negative: 'minus' });
  if (ko === '') return { ko: '', en: '' };
  return { ko: `${ko}${unit}`, en: `${en} ${ENGLISH_UNIT[unit]}` };
}

/** '2025년' as English writes a fiscal year (FY2025); any other label (a title) as it is. */
export function localizedYearLabel(label: string): LocalizedText {
  const years = /^(\d{4})년$/.exec(label.trim());
  return { ko: label, en: years ? `FY${years[1]}` : label };
}
