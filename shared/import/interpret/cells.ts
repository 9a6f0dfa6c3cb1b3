import { parseCell } from '../../money/parse';
import type { ParsedValue, TableUnit } from '../../money/types';
import type { CellValue } from '../../model/table';

/** A parsed cell as the audit sees it: money in won, percents and counts as numbers. */
export function toCellValue(value: ParsedValue | null, text: string): CellValue {
  if (value === null) return { kind: 'text', text };
  switch (value.kind) {
    case 'money':
      return { kind: 'number', value: value.won, decimals: 0, text };
    case 'percent':
    case 'number':
      return { kind: 'number', value: value.value, decimals: value.decimals, text };
    case 'nothing':
      return { kind: 'nothing', text };
    case 'range':
      return { kind: 'text', text };
  }
}

export function readCell(
  text: string,
  unit: TableUnit | null,
): { value: ParsedValue | null; cell: CellValue } {
  const value = safeParseCell(text, unit);
  return { value, cell: toCellValue(value, text) };
}

function safeParseCell(text: string, unit: TableUnit | null): ParsedValue | null {
  try {
    return parseCell(text, unit);
  } catch {
    return null;
  }
}

/** The figure a cell gives for an additive column: won for money, the value for counts. */
export function figureOf(value: ParsedValue | null): number | null {
  if (value === null) return null;
  if (value.kind === 'money') return value.won;
  if (value.kind === 'number' || value.kind === 'percent') return value.value;
  if (value.kind === 'nothing') return 0;
  return null;
}

const DITTO = /^(?:"|〃|″|"|”|상동|동일)$/;

/** `"` / `〃` under a text cell repeat the cell above. */
export function isDitto(text: string): boolean {
  return DITTO.test(text.trim());
}
