import { formatPercent, formatWon, type NegativeStyle } from '../money/format';
import type { MoneyUnit } from '../money/types';
import type { ColumnKind } from './types';

/**
 * A comparison figure as text, the same on screen, in the summary and in print: money in `unit`
 * (천원 by default), rates with one decimal, △ for negatives as the documents print them (a screen
 * may ask for '-' where it must re-parse), '-' for no figure.
 */
export function formatComparisonValue(
  value: number | null | undefined,
  kind: ColumnKind,
  options: { unit?: MoneyUnit; negative?: NegativeStyle } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const negative = options.negative ?? 'triangle';
  if (kind === 'money') return formatWon(value, options.unit ?? '천원', { negative });
  if (kind === 'rate') return formatPercent(value, 1, negative);
  return formatWon(value, '원', { negative });
}

/** '-1,022,400 / -100.0%' no more: a change and its rate as '△1,022,400 / △100.0%'. */
export function formatChange(
  difference: number | null | undefined,
  rate: number | null | undefined,
  unit: MoneyUnit = '천원',
): string {
  const parts = [formatComparisonValue(difference, 'money', { unit })];
  if (rate !== null && rate !== undefined) parts.push(formatComparisonValue(rate, 'rate'));
  return parts.join(' / ');
}
