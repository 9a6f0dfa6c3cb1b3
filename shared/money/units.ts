import { MONEY_UNITS, type MoneyUnit } from './types';

/**
 * Every MoneyUnit as a regex alternation, longest first (`십억원` before `억원`, `백만원` before `원`),
 * for the patterns that find a table's unit in a header or a unit line.
 */
export const MONEY_UNIT_WORDS = Object.keys(MONEY_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function isMoneyUnit(word: string): word is MoneyUnit {
  return Object.hasOwn(MONEY_UNITS, word);
}

/**
 * The MoneyUnit an amount written in `word` is reported in: the word itself when it is one, else
 * its largest step that is (`천억원` → 억원; `천만원`, `만원` → 원).
 */
export function reportedUnit(word: string): MoneyUnit {
  for (let start = 0; start < word.length; start++) {
    const rest = word.slice(start);
    if (isMoneyUnit(rest)) return rest;
  }
  return '원';
}

export function unitMultiplier(unit: MoneyUnit): number {
  return MONEY_UNITS[unit];
}
