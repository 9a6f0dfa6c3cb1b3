import { parseCell } from '../../money/parse';
import type { ParsedValue, TableUnit } from '../../money/types';
import type { CellValue } from '../../model/table';

/** A parsed cell as the audit sees it: money in won, percents and counts as numbers. */
export function toCellValue(value: ParsedValue | null, text: string): CellValue {
  if (value === null) return { kind: 'text', text };
  if (value.kind === 'money' && !Number.isSafeInteger(value.won)) return { kind: 'text', text };
  if ((value.kind === 'number' || value.kind === 'percent') && !Number.isFinite(value.value)) {
    return { kind: 'text', text };
  }
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

export interface ReadCell {
  value: ParsedValue | null;
  cell: CellValue;
}

/** Cells repeat (`-`, `0`, `100%`…): parsed once per unit and text. Cleared when it grows large. */
const cache = new Map<string, ReadCell>();
const CACHE_LIMIT = 50_000;

export function readCell(text: string, unit: TableUnit | null): ReadCell {
  const key = `${unit?.kind === 'money' ? unit.unit : (unit?.kind ?? '')}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const value = safeParseCell(text, unit);
  const read = { value, cell: toCellValue(value, text) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, read);
  return read;
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
  if (value.kind === 'money') return Number.isSafeInteger(value.won) ? value.won : null;
  if (value.kind === 'number' || value.kind === 'percent') return value.value;
  if (value.kind === 'nothing') return 0;
  return null;
}

const DITTO = /^(?:"|〃|″|"|”|상동|동일)$/;

/** `"` / `〃` under a text cell repeat the cell above. */
export function isDitto(text: string): boolean {
  return DITTO.test(text.trim());
}
