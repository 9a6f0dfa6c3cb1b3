import type { MoneyUnit } from './types';
import { groupDigits, scaledIn } from './decimal';
import { unitMultiplier } from './units';

export { formatCompact, formatCompactEnglish } from './compact';

export type NegativeStyle = 'triangle' | 'minus';

export interface FormatWonOptions {
  /** '△1,235' (default, as documents print) or '-1,235' (ASCII hyphen-minus, re-parses) */
  negative?: NegativeStyle;
  /** fraction digits in the chosen unit (default 0) */
  decimals?: number;
}

function withSign(scaled: bigint, digits: string, negative: NegativeStyle): string {
  if (scaled >= 0n) return digits;
  return `${negative === 'minus' ? '-' : '△'}${digits}`;
}

/**
 * `won` expressed in `unit`, rounded half away from zero to `decimals` (default 0), with thousands
 * separators and no unit suffix: formatWon(1_234_567, '천원') = '1,235'. A figure that rounds to
 * zero prints as '0', never '△0'. Non-finite input prints as '' (callers show "no value").
 */
export function formatWon(won: number, unit: MoneyUnit, options: FormatWonOptions = {}): string {
  if (!Number.isFinite(won)) return '';
  const decimals = options.decimals ?? 0;
  const scaled = scaledIn(won, unitMultiplier(unit), decimals);
  return withSign(scaled, groupDigits(scaled, decimals), options.negative ?? 'triangle');
}

/** formatWon followed by the unit: '1,235천원'. */
export function formatWonWithUnit(
  won: number,
  unit: MoneyUnit,
  options: FormatWonOptions = {},
): string {
  const figure = formatWon(won, unit, options);
  return figure === '' ? '' : `${figure}${unit}`;
}

/** A percentage as documents print it: '97.7%', '△100.0%'. */
export function formatPercent(
  value: number,
  decimals = 1,
  negative: NegativeStyle = 'triangle',
): string {
  if (!Number.isFinite(value)) return '';
  const scaled = scaledIn(value, 1, decimals);
  return `${withSign(scaled, groupDigits(scaled, decimals), negative)}%`;
}

/** The exact (unrounded) value of `won` in `unit`: convertWon(1_234_567, '천원') = 1234.567. */
export function convertWon(won: number, unit: MoneyUnit): number {
  return won / unitMultiplier(unit);
}

/** Enough decimals to show the figure exactly in its unit (up to 3), none when it is whole there. */
export function exactDecimals(won: number, unit: MoneyUnit): number {
  const inUnit = won / unitMultiplier(unit);
  for (let decimals = 0; decimals < 3; decimals++) {
    if (Math.abs(Math.round(inUnit * 10 ** decimals) - inUnit * 10 ** decimals) < 1e-9) {
      return decimals;
    }
  }
  return 3;
}
