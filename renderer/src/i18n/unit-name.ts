import type { MoneyUnit } from '@shared/money';
import type { LocalizedText } from '@shared/model/localized-text';

const ENGLISH: Record<MoneyUnit, string> = {
  원: 'KRW',
  천원: 'KRW 1,000',
  백만원: 'KRW 1M',
  억원: 'KRW 100M',
  십억원: 'KRW 1B',
  조원: 'KRW 1T',
};

/** A money unit as the reader's language writes it: 천원 stays 천원 in Korean, 'KRW 1,000' in English. */
export function unitName(unit: MoneyUnit): LocalizedText {
  return { ko: unit, en: ENGLISH[unit] };
}
