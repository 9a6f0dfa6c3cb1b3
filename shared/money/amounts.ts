import type { ParsedValue } from './types';
import { decimalToWon, decimalsOf, NUMBER_PATTERN } from './number';
import { normalizeNumericText } from './normalize';
import { AMOUNT_UNIT_PATTERN, AMOUNT_UNIT_WON, reportedUnit } from './units';

export interface FoundAmount {
  value: ParsedValue;
  start: number;
  end: number;
}

const NUM = NUMBER_PATTERN;
/** A sign: △ and friends anywhere, '-' only where it cannot be a dash between words or digits. */
const SIGN = '(?:[△▽▼]\\s*|(?<![\\w가-힣)])-)';
const UNIT = `(?:${AMOUNT_UNIT_PATTERN})(?![칙화론제])`;
/** `[-]1조 [2,345]억원`, `3억 5,000만원`, `855,000천원`. */
const CORE = `(${SIGN})?(?:(${NUM})\\s*조\\s*)?(?:(${NUM})\\s*억\\s*)?(${NUM})\\s*(${UNIT})`;
/** `5,000~` or `5,000천원 ~ ` before the upper end of a range. */
const RANGE_LOW = `(?:(${SIGN})?(${NUM})\\s*(${UNIT})?\\s*~\\s*)`;
const APPROX_BEFORE = '(?<![가-힣])약\\s*';
const APPROX_AFTER = '\\s*(?:내외|정도|가량|안팎|남짓)';
const AMOUNT = new RegExp(
  `(?<![\\d.,])(${APPROX_BEFORE})?${RANGE_LOW}?${CORE}(${APPROX_AFTER})?`,
  'g',
);

function signOf(sign: string | undefined): 1 | -1 {
  return sign ? -1 : 1;
}

function compositeWon(
  sign: string | undefined,
  trillions: string | undefined,
  hundredMillions: string | undefined,
  last: string,
  unitWord: string,
): number {
  const multiplier = AMOUNT_UNIT_WON[unitWord] ?? 1;
  const won =
    (trillions ? decimalToWon(trillions, 1_000_000_000_000) : 0) +
    (hundredMillions ? decimalToWon(hundredMillions, 100_000_000) : 0) +
    decimalToWon(last, multiplier);
  return won === 0 ? 0 : signOf(sign) * won;
}

function toValue(match: RegExpExecArray): ParsedValue {
  const [text, approxBefore, lowSign, low, lowUnit, sign, trillions, hundredMillions, last, unit] =
    match as unknown as (string | undefined)[];
  const unitWord = (unit ?? '원').replace(/\s+/g, '');
  const approximate = approxBefore !== undefined || match[10] !== undefined;
  const won = compositeWon(sign, trillions, hundredMillions, last ?? '0', unitWord);
  const approx = approximate ? { approximate: true as const } : {};
  if (low !== undefined) {
    const lowWord = lowUnit?.replace(/\s+/g, '') ?? unitWord;
    const lowMagnitude = decimalToWon(low, AMOUNT_UNIT_WON[lowWord] ?? 1);
    const lowWon = lowMagnitude === 0 ? 0 : signOf(lowSign) * lowMagnitude;
    return {
      kind: 'range',
      min: Math.min(lowWon, won),
      max: Math.max(lowWon, won),
      unit: reportedUnit(unitWord),
      ...approx,
      text: text ?? '',
    };
  }
  const decimals = decimalsOf(last ?? '');
  const printed = decimals > 0 ? { decimals } : {};
  return {
    kind: 'money',
    won,
    unit: reportedUnit(unitWord),
    ...approx,
    text: text ?? '',
    ...printed,
  };
}

/**
 * Every amount with an explicit unit in a line of prose, in order, with offsets into `text`
 * (end exclusive). Bare numbers (`국비 10,483`) are left to the caller, which knows the unit in force.
 */
export function findAmounts(text: string): FoundAmount[] {
  const normalized = normalizeNumericText(text);
  const found: FoundAmount[] = [];
  for (const match of normalized.matchAll(AMOUNT)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = toValue(match);
    found.push({ value: { ...value, text: text.slice(start, end) }, start, end });
  }
  return found;
}

/**
 * One amount with an explicit unit (`855,000천원`, `1조 2,345억원`, `약 30억원`, `5,000~10,000천원`):
 * the first one in `text`, spaces after thousands commas tolerated. Null when there is none.
 */
export function parseAmount(text: string): ParsedValue | null {
  const tidied = normalizeNumericText(text).replace(/(\d),\s+(?=\d{3}(?!\d))/g, '$1,');
  const first = findAmounts(tidied)[0];
  return first ? first.value : null;
}
