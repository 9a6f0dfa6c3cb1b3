import type { TableUnit } from './types';
import { isMoneyUnit, MONEY_UNIT_WORDS } from './units';
import { normalizeNumericText } from './normalize';

/** `단위: 천원` / `단위 : 건, 누계/일평균` / `단위:천원` — the declaration and what follows it. */
const WITH_COLON = /단\s*위\s*:\s*([^,)\]>）〉》】］」』]*)/;
/** `단위 천원` without a colon: only when a money unit follows, so `구단위계획형` is not a unit. */
const WITHOUT_COLON = new RegExp(`단\\s*위\\s+(${MONEY_UNIT_WORDS})`);
/** `[십억원]`, `(백만원)`: a money unit alone in brackets, the whole line or cell. */
const BRACKETED = new RegExp(`^\\s*[(\\[<［〈【]\\s*(${MONEY_UNIT_WORDS})\\s*[)\\]>］〉】]\\s*$`);
const DECLARES = /단\s*위\s*:/;

/** `[십억원]`, `(백만원)` alone: a unit line without the word 단위. */
export function isBracketedMoneyUnit(text: string): boolean {
  return BRACKETED.test(normalizeNumericText(text));
}

/**
 * Whether a line or cell declares the unit of the table near it: `(단위: 십억원)`, `단위 : 천원`,
 * or a bracketed money unit alone (`[십억원]`).
 */
export function declaresUnit(text: string): boolean {
  return DECLARES.test(normalizeNumericText(text)) || isBracketedMoneyUnit(text);
}

/**
 * Finds a unit declaration in a line such as `(단위: 천원)`, `('20. 9.30. 기준, 단위:천원, %)` or
 * `[십억원]`.
 * Money units give {kind:'money'}; anything else (명, 건, 권, 세대, %…) is a count with its label.
 * `(단위: 만원)` has no MoneyUnit to express it and gives {kind:'unknown'}.
 * Returns null when the text declares no unit.
 */
export function parseTableUnit(text: string): TableUnit | null {
  const normalized = normalizeNumericText(text);
  const match =
    WITH_COLON.exec(normalized) ?? WITHOUT_COLON.exec(normalized) ?? BRACKETED.exec(normalized);
  if (!match) return null;
  const declared = (match[1] ?? '').replace(/\s+/g, '');
  if (declared === '') return null;
  const firstWord = declared.split('/')[0] ?? declared;
  if (isMoneyUnit(firstWord)) return { kind: 'money', unit: firstWord };
  if (firstWord === '만원' || firstWord === '천만원') return { kind: 'unknown' };
  return { kind: 'count', label: declared };
}
