import type { ParsedValue, TableUnit } from './types';
import { findAmounts } from './amounts';
import { normalizeNumericText } from './normalize';
import { decimalToWon, decimalsOf, NUMBER_PATTERN, stripSeparators } from './number';
import { unitMultiplier } from './units';

/** What a cell says when it has no figure: dashes, an underscore, nothing at all. */
const NOTHING = /^[-_–—―‒~·ㆍ]*$/;
/** A note after the figure: `1,234(시비)`, `10 (별정1)`, `143 (49%)`. */
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;
/** Count words a cell may carry after its number: `5건`, `12개소`, `3명`. */
const COUNT_SUFFIX = '(?:명|건|개소|개|권|회|가구|세대|곳|종|대|척|인|부|동|어절)';
const COUNTED = new RegExp(`\\d\\s*${COUNT_SUFFIX}\\s*$`);

/** A count written with its counter word (`10,847건`, `12명`): never money, whatever the column. */
export function hasCountWord(text: string): boolean {
  return COUNTED.test(text);
}

/** A sign (△ ▽ ▼ - negative; + ▲ an explicit increase) and a number. */
const SIGNED = `([△▽▼+▲-])?\\s*(${NUMBER_PATTERN})`;
const PERCENT = new RegExp(`^${SIGNED}\\s*%$`);
const PLAIN = new RegExp(`^${SIGNED}\\s*(${COUNT_SUFFIX})?$`);
const PLAIN_RANGE = new RegExp(`^${SIGNED}\\s*~\\s*${SIGNED}$`);

function tidy(text: string): string {
  let cell = normalizeNumericText(text).trim();
  while (TRAILING_NOTE.test(cell)) {
    const stripped = cell.replace(TRAILING_NOTE, '');
    if (stripped === '') break;
    cell = stripped;
  }
  return cell.replace(/(\d)\s*,\s*(?=\d)/g, '$1,');
}

function signed(sign: string | undefined, value: number): number {
  const negative = sign !== undefined && '△▽▼-'.includes(sign);
  return negative && value !== 0 ? -value : value;
}

function moneyValue(sign: string | undefined, written: string, unit: TableUnit): number {
  if (unit.kind !== 'money') return 0;
  return signed(sign, decimalToWon(written, unitMultiplier(unit.unit)));
}

/**
 * A table cell under the table's unit. `1,234` under 천원 is 1,234,000 won; a cell with its own unit
 * (`601,418천원`) overrides the table's; `-` / `_` / empty is nothing (not 0); `97.7%` is a percent;
 * a number in a count table or with no unit is a plain number. Null when the cell is not a figure.
 */
export function parseCell(text: string, unit: TableUnit | null): ParsedValue | null {
  const original = text.trim();
  const cell = tidy(text);
  if (NOTHING.test(cell)) return { kind: 'nothing', text: original };

  const percent = PERCENT.exec(cell);
  if (percent) {
    const written = percent[2] ?? '0';
    const value = signed(percent[1], Number(stripSeparators(written)));
    return { kind: 'percent', value, decimals: decimalsOf(written), text: original };
  }

  const amounts = cell.includes('원') ? findAmounts(cell) : [];
  const only = amounts[0];
  if (amounts.length === 1 && only && only.start === 0 && only.end === cell.length) {
    return { ...only.value, text: original };
  }

  const range = PLAIN_RANGE.exec(cell);
  if (range && unit?.kind === 'money') {
    const low = moneyValue(range[1], range[2] ?? '0', unit);
    const high = moneyValue(range[3], range[4] ?? '0', unit);
    const bounds = { min: Math.min(low, high), max: Math.max(low, high) };
    return { kind: 'range', ...bounds, unit: unit.unit, text: original };
  }

  const plain = PLAIN.exec(cell);
  if (!plain) return null;
  const written = plain[2] ?? '0';
  if (unit?.kind === 'money' && plain[3] === undefined) {
    const decimals = decimalsOf(written);
    return {
      kind: 'money',
      won: moneyValue(plain[1], written, unit),
      unit: unit.unit,
      text: original,
      ...(decimals > 0 ? { decimals } : {}),
    };
  }
  const value = signed(plain[1], Number(stripSeparators(written)));
  return { kind: 'number', value, decimals: decimalsOf(written), text: original };
}
