import { formatPercent, formatWon } from '../money/format';
import type { MoneyUnit } from '../money/types';
import type { ColumnKind } from '../compare/types';

/** Print figures as the documents do: 천원 by default, △ for negatives, '-' for nothing. */
export function printFigure(
  value: number | null | undefined,
  kind: ColumnKind,
  unit: MoneyUnit = '천원',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  if (kind === 'money') return formatWon(value, unit);
  if (kind === 'rate') return formatPercent(value, 1);
  return formatWon(value, '원');
}

/** '(단위: 천원)' */
export function unitLine(unit: MoneyUnit = '천원'): string {
  return `(단위: ${unit})`;
}
