import { decimalFromNumber, rescale } from '../money/decimal';

function toNumber(scaled: bigint, decimals: number): number {
  return Number(decimals === 0 ? scaled.toString() : `${scaled}e-${decimals}`);
}

/**
 * `value` rounded half away from zero to `decimals` digits, the way councils and spreadsheets
 * round. The value is read at 15 significant digits first, so 2.675 → 2.68 and
 * (0.1 + 0.2) → 0.3 although their binary forms sit just below or above. Non-finite stays as is.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const result = toNumber(rescale(decimalFromNumber(value), decimals, 'round'), decimals);
  return result === 0 ? 0 : result;
}

/**
 * `value` with everything after `decimals` digits cut off (toward zero), as some departments print
 * rates. Read at 15 significant digits, so 0.57 × 100 (56.99999999999999) truncates to 57.
 */
export function truncateTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const result = toNumber(rescale(decimalFromNumber(value), decimals, 'truncate'), decimals);
  return result === 0 ? 0 : result;
}
