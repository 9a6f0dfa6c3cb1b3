import { exactPercent, scaledFigure } from '../variance/exact-percent';
import { roundTo } from '../variance/rounding';
import { formatPercent } from '../money/format';

export type RateVerdict =
  { kind: 'ok' } | { kind: 'truncated'; computed: number } | { kind: 'mismatch'; computed: number };

/**
 * A printed rate with `decimals` digits against part ÷ base × 100, decided exactly: equal when
 * rounded (half away from zero) → ok; equal only when truncated → truncated; else mismatch.
 * `computed` is the exact rate to two more digits than printed.
 */
export function checkRate(
  stated: number,
  part: number,
  base: number,
  decimals: number,
): RateVerdict {
  if (![stated, part, base].every(Number.isFinite)) return { kind: 'ok' };
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) return { kind: 'ok' };
  const rounded = exactPercent(part, base, decimals, 'round');
  const truncated = exactPercent(part, base, decimals, 'truncate');
  const precise = exactPercent(part, base, decimals + 2, 'round');
  if (rounded === null || truncated === null || precise === null) return { kind: 'ok' };
  const printed = scaledFigure(stated, decimals);
  if (printed === rounded) return { kind: 'ok' };
  const computed = roundTo(Number(precise) / 10 ** (decimals + 2), decimals + 2);
  if (!Number.isFinite(computed)) return { kind: 'ok' };
  if (printed === truncated) return { kind: 'truncated', computed };
  return { kind: 'mismatch', computed };
}

/** Printed digits after the point of a stated figure we only have as a number (97.7 → 1). */
export function impliedDecimals(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 || text.includes('e') ? 0 : Math.min(text.length - point - 1, 4);
}

/** A computed rate with two more digits than printed, trailing zeros beyond one extra dropped. */
export function describeRate(value: number, decimals: number): string {
  const text = formatPercent(value, decimals + 2);
  return text.replace(/(\.\d*?\d)0+%$/, '$1%');
}
