import { decimalsOf, decimalToWon, NUMBER_PATTERN } from './number';

/**
 * Korean amounts step by 10⁴ (만, 억, 조) and, inside each step, by 천/백/십:
 * `1조 2,345억`, `2천억`, `3억 5천만`, `3천5백만`, `12억 3,456만 7,890`, `855,000천`, `63,871백만`.
 */
const NUM = NUMBER_PATTERN;
/** `855,000천`, `63,871백`, `12.5십`, `2,345`: one number, with one small step word after it */
const SIMPLE = `${NUM}(?:\\s*[천백십])?`;
/** `3천5백`, `2천 5백 3십`: single digits with descending steps, as prose spells round sums */
const SPELLED = '[1-9]\\s*(?:천(?:\\s*[1-9]\\s*백)?(?:\\s*[1-9]\\s*십)?|백(?:\\s*[1-9]\\s*십)?)';
/** the figure before one of 조/억/만, or before 원 */
const STEP = `(?=\\d)(?:${SPELLED}|${SIMPLE})`;

/**
 * The figure of an amount before its 원, without capture groups: each of 조, 억, 만 at most once and
 * in that order, each with its figure (`1조 억원` is no amount), then the figure in 원 or in a word
 * that ends with 원 (`천원`, `백만원`, `십억원`).
 */
export const KOREAN_NUMERAL = `(?=\\d)(?:${STEP}\\s*조\\s*)?(?:${STEP}\\s*억\\s*)?(?:${STEP}\\s*만\\s*)?(?:${STEP})?`;

const STEP_WORD: Record<string, number> = {
  십: 10,
  백: 100,
  천: 1_000,
  만: 10_000,
  억: 100_000_000,
  조: 1_000_000_000_000,
};
const TOKEN = new RegExp(`${NUM}|[십백천만억조]`, 'g');

export interface NumeralValue {
  /** the amount in won (not signed) */
  won: number;
  /** the step words after the last figure and 원: `천원`, `백만원`, `억원`, `천만원`, `원` */
  unitWord: string;
  /** digits after the decimal point of the last figure (`12.5억` → 1) */
  decimals: number;
}

/**
 * The won a numeral matched by KOREAN_NUMERAL is worth (its 원 not included). Each figure is
 * multiplied by the small step right after it (천/백/십) and by the big step (만/억/조) that closes
 * its group, exactly: `3억 5천만` is 3·10⁸ + 5·10³·10⁴.
 */
export function numeralValue(numeral: string): NumeralValue {
  let total = 0;
  let pieces: [string, number][] = [];
  let pending: string | null = null;
  let lastFigure = '';
  let tail = '';
  for (const [token] of numeral.matchAll(TOKEN)) {
    const step = STEP_WORD[token];
    if (step === undefined) {
      pending = token;
      lastFigure = token;
      tail = '';
      continue;
    }
    tail += token;
    if (step < 10_000) {
      pieces.push([pending ?? '1', step]);
      pending = null;
      continue;
    }
    if (pending !== null) pieces.push([pending, 1]);
    for (const [figure, small] of pieces) total += decimalToWon(figure, small * step);
    pieces = [];
    pending = null;
  }
  if (pending !== null) pieces.push([pending, 1]);
  for (const [figure, small] of pieces) total += decimalToWon(figure, small);
  return { won: total, unitWord: `${tail}원`, decimals: decimalsOf(lastFigure) };
}
