import { formatComparisonValue } from '../compare/format';
import type { MoneyUnit } from '../money/types';
import type { ColumnKind } from '../compare/types';

/** Print figures as the documents do: 천원 by default, △ for negatives, '-' for nothing. */
export function printFigure(
  value: number | null | undefined,
  kind: ColumnKind,
  unit: MoneyUnit = '천원',
): string {
  return formatComparisonValue(value, kind, { unit });
}

/** '(단위: 천원)' */
export function unitLine(unit: MoneyUnit = '천원'): string {
  return `(단위: ${unit})`;
}
