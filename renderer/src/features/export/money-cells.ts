import { MONEY_UNITS, type MoneyUnit } from '@shared/money';

/** Decimals a unit's figures are shown with: 억원 and 조원 keep one, as the grid does. */
export function unitDecimals(unit: MoneyUnit): number {
  return unit === '억원' || unit === '십억원' || unit === '조원' ? 1 : 0;
}

/**
 * Won → the number written in the export's unit, exact (1,234,567 won in 천원 is 1234.567): the
 * cell's number format rounds what is shown, and re-importing with the header's unit gives the won
 * back.
 */
export function inUnit(won: number, unit: MoneyUnit): number {
  const multiplier = MONEY_UNITS[unit];
  if (multiplier === 1) return won;
  const digits = Math.round(Math.log10(multiplier));
  const sign = won < 0 ? '-' : '';
  const text = String(Math.abs(won)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits).replace(/0+$/, '');
  return Number(`${sign}${whole}${fraction ? `.${fraction}` : ''}`);
}

/** Excel number format for money in a unit: thousands separators, the unit's decimals. */
export function moneyFormat(unit: MoneyUnit): string {
  return unitDecimals(unit) > 0 ? '#,##0.0;-#,##0.0' : '#,##0;-#,##0';
}

/** Percent figures (97.7) are written as Excel percents (0.977) shown with one decimal. */
export const PERCENT_FORMAT = '0.0%';

/**
 * A computed rate as written: four decimals, enough for any reader and short of the float noise
 * in the last digits (33.33333333333333 would read back as a figure printed to 14 decimals).
 */
export function percentValue(value: number): number {
  return Number(value.toFixed(4));
}
