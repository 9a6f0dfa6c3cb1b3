import { decimalFromNumber, divideRoundHalfAway, divideTruncate, pow10 } from '../money/decimal';

/**
 * numerator ÷ denominator × 100, as an integer scaled by 10^decimals, computed exactly (no binary
 * fractions), rounded half away from zero or truncated toward zero. Null when the denominator is 0
 * or a figure is not finite. Used to decide whether a printed rate is right, rounded or truncated.
 */
export function exactPercent(
  numerator: number,
  denominator: number,
  decimals: number,
  mode: 'round' | 'truncate',
): bigint | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) {
    return null;
  }
  const top = decimalFromNumber(numerator);
  const bottom = decimalFromNumber(denominator);
  const scaledTop = top.units * pow10(bottom.scale) * 100n * pow10(decimals);
  const scaledBottom = bottom.units * pow10(top.scale);
  if (scaledBottom === 0n) return null;
  return mode === 'round'
    ? divideRoundHalfAway(scaledTop, scaledBottom)
    : divideTruncate(scaledTop, scaledBottom);
}

/** A printed figure with `decimals` digits as a scaled integer: 97.7, 1 → 977n. */
export function scaledFigure(value: number, decimals: number): bigint {
  const decimal = decimalFromNumber(value);
  return decimals >= decimal.scale
    ? decimal.units * pow10(decimals - decimal.scale)
    : divideRoundHalfAway(decimal.units, pow10(decimal.scale - decimals));
}
