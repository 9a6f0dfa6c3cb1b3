/**
 * Exact decimal arithmetic on top of BigInt, so money never passes through binary fractions:
 * `296.6억원` is 29,660,000,000 won, not 29,659,999,999.999996.
 */

/** A decimal number held exactly: value = units / 10^scale. */
export interface ExactDecimal {
  units: bigint;
  scale: number;
}

export const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent);

/** Reads plain ASCII digits with an optional fraction (`1234.56`, no sign, no separators). */
export function readDecimal(digits: string): ExactDecimal {
  const [integerPart = '', fraction = ''] = digits.split('.');
  return { units: BigInt(`${integerPart}${fraction}` || '0'), scale: fraction.length };
}

/**
 * The decimal a finite number stands for. Integers that are safe are taken exactly; anything else
 * is taken at 15 significant digits, the precision a double reliably holds, so binary noise
 * (0.1 + 0.2 = 0.30000000000000004, 2.675 stored as 2.67499999…) is not mistaken for a digit.
 */
export function decimalFromNumber(value: number): ExactDecimal {
  if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
  const text = value.toPrecision(15);
  const [mantissa = '0', exponentText] = text.split('e');
  const negative = mantissa.startsWith('-');
  const parsed = readDecimal(negative ? mantissa.slice(1) : mantissa);
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  let { units, scale } = parsed;
  scale -= exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: negative ? -units : units, scale };
}

/** numerator ÷ denominator rounded half away from zero (the way councils and spreadsheets round). */
export function divideRoundHalfAway(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  if (2n * (n % d) >= d) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** numerator ÷ denominator with the fraction cut off (toward zero). */
export function divideTruncate(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  return numerator / denominator;
}

/** `decimal` expressed with exactly `decimals` fraction digits, as a scaled integer. */
export function rescale(
  decimal: ExactDecimal,
  decimals: number,
  mode: 'round' | 'truncate' = 'round',
): bigint {
  if (decimals >= decimal.scale) return decimal.units * pow10(decimals - decimal.scale);
  const divisor = pow10(decimal.scale - decimals);
  return mode === 'round'
    ? divideRoundHalfAway(decimal.units, divisor)
    : divideTruncate(decimal.units, divisor);
}

/** Digits of a non-negative scaled integer with `decimals` fraction digits and thousands commas. */
export function groupDigits(scaled: bigint, decimals: number): string {
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const integerPart = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals > 0 ? `${grouped}.${fraction}` : grouped;
}

/** `value` ÷ `multiplier` as an integer scaled by 10^decimals, rounded half away from zero. */
export function scaledIn(value: number, multiplier: number, decimals: number): bigint {
  const decimal = decimalFromNumber(value);
  return divideRoundHalfAway(
    decimal.units * pow10(decimals),
    pow10(decimal.scale) * BigInt(multiplier),
  );
}
