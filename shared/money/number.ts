import { readDecimal, divideRoundHalfAway, pow10 } from './decimal';

/** A number as documents write it: `1,234`, `1234`, `296.6`, `1,234.5`. */
export const NUMBER_PATTERN = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';

/** Plain digits of a written number (commas dropped). */
export function stripSeparators(written: string): string {
  return written.replace(/,/g, '');
}

/** A written non-negative number times `multiplier`, rounded to integer won. */
export function decimalToWon(written: string, multiplier: number): number {
  const decimal = readDecimal(stripSeparators(written));
  return Number(divideRoundHalfAway(decimal.units * BigInt(multiplier), pow10(decimal.scale)));
}

/** How many digits a written number has after its decimal point. */
export function decimalsOf(written: string): number {
  const point = written.indexOf('.');
  return point < 0 ? 0 : written.length - point - 1;
}
