import { MONEY_UNITS, type MoneyUnit } from './types';

/**
 * Unit words an amount can end with, and how many won each is. 만원 and 천만원 are not table units
 * (MoneyUnit) but prose uses them (`4,500만원`); amounts in them are reported in unit '원'.
 */
export const AMOUNT_UNIT_WON: Record<string, number> = {
  백만원: 1_000_000,
  천만원: 10_000_000,
  천원: 1_000,
  만원: 10_000,
  억원: 100_000_000,
  조원: 1_000_000_000_000,
  원: 1,
};

/** Longest first, so `백만원` is not read as `만원`; `30억 원` is spaced as often as not. */
export const AMOUNT_UNIT_PATTERN = '백만\\s?원|천만\\s?원|천\\s?원|만\\s?원|억\\s?원|조\\s?원|원';

export function isMoneyUnit(word: string): word is MoneyUnit {
  return Object.hasOwn(MONEY_UNITS, word);
}

/** The MoneyUnit an amount written in `word` is reported in. */
export function reportedUnit(word: string): MoneyUnit {
  return isMoneyUnit(word) ? word : '원';
}

export function unitMultiplier(unit: MoneyUnit): number {
  return MONEY_UNITS[unit];
}
