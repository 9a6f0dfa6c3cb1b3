import type { ParsedValue } from './types';
import { KOREAN_NUMERAL, numeralValue } from './korean-numeral';
import { normalizeNumericText } from './normalize';
import { reportedUnit } from './units';

export interface FoundAmount {
  value: ParsedValue;
  start: number;
  end: number;
}

/** A sign: △ and friends anywhere, '-' only where it cannot be a dash between words or digits. */
const SIGN = '(?:[△▽▼]\\s*|(?<![\\w가-힣)])-)';
/** 원 that is not the start of 원칙, 원화, 원론, 원제 */
const WON = '원(?![칙화론제])';
/**
 * `[-]1조 [2,345]억원`, `3억 5천만원`, `855,000천원`; never the article number of `제3조 5억원`
 * (제 as a word of its own: `축제 3억원`, `과제 5억원` are amounts)
 */
const CORE = `(?<!(?:^|[^가-힣])제\\s?)(${SIGN})?(${KOREAN_NUMERAL})\\s*${WON}`;
/** `5,000~`, `5,000천원 ~ ` or `5,000만~` before the upper end of a range. */
const RANGE_LOW = `(?:(${SIGN})?(${KOREAN_NUMERAL})\\s*(${WON})?\\s*~\\s*)`;
const APPROX_BEFORE = '(?<![가-힣])약\\s*';
const APPROX_AFTER = '\\s*(?:내외|정도|가량|안팎|남짓)';
const AMOUNT = new RegExp(
  `(?<![\\d.,])(${APPROX_BEFORE})?${RANGE_LOW}?${CORE}(${APPROX_AFTER})?`,
  'g',
);

function signOf(sign: string | undefined): 1 | -1 {
  return sign ? -1 : 1;
}

function toValue(match: RegExpExecArray): ParsedValue {
  const [text, approxBefore, lowSign, low, lowWon, sign, numeral, approxAfter] =
    match as unknown as (string | undefined)[];
  const value = numeralValue(numeral ?? '0');
  const approximate = approxBefore !== undefined || approxAfter !== undefined;
  const won = value.won === 0 ? 0 : signOf(sign) * value.won;
  const unit = reportedUnit(value.unitWord);
  const approx = approximate ? { approximate: true as const } : {};
  if (low !== undefined) {
    // a bare low end (`5,000~10,000천원`) is in the upper end's unit
    const bare = lowWon === undefined && !/[십백천만억조]/.test(low);
    const lowMagnitude = numeralValue(bare ? `${low}${value.unitWord.slice(0, -1)}` : low).won;
    const lowSigned = lowMagnitude === 0 ? 0 : signOf(lowSign) * lowMagnitude;
    return {
      kind: 'range',
      min: Math.min(lowSigned, won),
      max: Math.max(lowSigned, won),
      unit,
      ...approx,
      text: text ?? '',
    };
  }
  const printed = value.decimals > 0 ? { decimals: value.decimals } : {};
  return { kind: 'money', won, unit, ...approx, text: text ?? '', ...printed };
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
