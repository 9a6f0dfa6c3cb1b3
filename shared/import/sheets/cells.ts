import { parseCell } from '../../money/parse';
import { decimalToWon, decimalsOf } from '../../money/number';
import { MONEY_UNITS, type MoneyUnit } from '../../money/types';
import { tidySpaces } from '../../text/compact';
import type { SheetCell } from './types';

/** An amount cell: won, no figure (empty, `-`, `null`, `N/A`), or something that is not an amount. */
export type AmountReading =
  | { kind: 'won'; won: number; decimals: number; text: string }
  | { kind: 'nothing'; text: string }
  | { kind: 'bad'; text: string };

export type RateReading =
  | { kind: 'rate'; value: number; decimals: number; text: string }
  | { kind: 'nothing'; text: string }
  | { kind: 'bad'; text: string };

/** What spreadsheets put where a figure is unknown or does not apply: never read as 0. */
const NO_FIGURE =
  /^(?:[-_–—―‒~·ㆍ.]*|null|nil|none|n\/?a|nan|#n\/a|없음|해당\s*없음|해당사항\s*없음|미정|미확정|비공개|\?)$/i;
/** The apostrophe our own exports (and Excel users) put before text that starts like a formula. */
const INERT_PREFIX = /^'\s*(?=[=+\-@＝＋－＠])/;
/** Space to tidy (at an end, doubled, or not a plain space) or our apostrophe: most cells have none. */
const NEEDS_TIDY =
  /^[\s\u00a0\u3000\u200b']|[\s\u00a0\u3000\u200b]$|[\s\u00a0\u3000\u200b]{2}|[\t\n\r\f\v\u00a0\u3000\u200b]/;
/** The plain shape of most amount cells, read without the general cell parser. */
const PLAIN_INTEGER = /^([-△])?(\d{1,3}(?:,\d{3})+|\d{1,15})$/;
/** Accounting negatives: `(1,234)` */
const BRACKETED = /^\((\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\)$/;

function inUnit(won: number): boolean {
  return Number.isSafeInteger(won);
}

/** A number a spreadsheet stored, in `unit`, as integer won (decimals of the unit kept exactly). */
export function numberToWon(value: number, unit: MoneyUnit): number | null {
  if (!Number.isFinite(value)) return null;
  const multiplier = MONEY_UNITS[unit];
  if (Number.isInteger(value)) {
    const won = value * multiplier;
    return inUnit(won) ? won : null;
  }
  const written = String(Math.abs(value));
  if (/e/i.test(written)) return null;
  const won = decimalToWon(written, multiplier) * Math.sign(value);
  return inUnit(won) ? won : null;
}

/** A cell's text as a person reads it: trimmed, spaces tidied, our inert prefix removed. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (!NEEDS_TIDY.test(cell)) return cell;
  return tidySpaces(cell).replace(INERT_PREFIX, '');
}

export function isNoFigure(text: string): boolean {
  return NO_FIGURE.test(text);
}

/**
 * The value of a cell of `PLAIN_INTEGER`'s shape (`-`/`△`, then digits, with thousands separators
 * every three or none), or NaN: most amount cells, read without a regular expression's match array.
 */
function plainInteger(cell: string): number {
  const length = cell.length;
  let at = 0;
  const sign = cell.charCodeAt(0);
  const negative = sign === 45 || sign === 0x25b3;
  if (negative) at = 1;
  if (at >= length || length - at > 20) return NaN;
  let value = 0;
  let digits = 0;
  let group = -1;
  for (let i = at; i < length; i++) {
    const code = cell.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
      if (group >= 0) group++;
    } else if (code === 44) {
      // a separator after 1–3 leading digits, then after every three
      if (group === -1 ? digits < 1 || digits > 3 : group !== 3) return NaN;
      group = 0;
    } else return NaN;
  }
  if (digits === 0 || (group >= 0 && group !== 3) || (group === -1 && digits > 15)) return NaN;
  return negative && value !== 0 ? -value : value;
}

/** An amount in the column's unit; a cell with its own unit (`1,234천원`) keeps its own. */
export function readAmount(cell: SheetCell | undefined, unit: MoneyUnit): AmountReading {
  if (typeof cell === 'string') {
    const value = plainInteger(cell);
    if (!Number.isNaN(value)) {
      const won = value * MONEY_UNITS[unit];
      if (inUnit(won)) return { kind: 'won', won: won === 0 ? 0 : won, decimals: 0, text: cell };
    }
  }
  if (typeof cell === 'number') {
    const won = numberToWon(cell, unit);
    const text = String(cell);
    if (won === null) return { kind: 'bad', text };
    return { kind: 'won', won, decimals: decimalsOf(text), text };
  }
  // most amount cells are plain digits: read them before any tidying
  const raw = typeof cell === 'string' ? PLAIN_INTEGER.exec(cell) : null;
  const text = raw ? (cell as string) : cellText(cell);
  const plain = raw ?? PLAIN_INTEGER.exec(text);
  if (!plain && isNoFigure(text)) return { kind: 'nothing', text };
  if (plain) {
    const won = Number(plain[2]!.replaceAll(',', '')) * MONEY_UNITS[unit];
    if (!inUnit(won)) return { kind: 'bad', text };
    return { kind: 'won', won: plain[1] && won !== 0 ? -won : won, decimals: 0, text };
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const written = `${bracketed[1]}${bracketed[2] ?? ''}`;
    const won = -decimalToWon(written, MONEY_UNITS[unit]);
    if (!inUnit(won)) return { kind: 'bad', text };
    return { kind: 'won', won, decimals: decimalsOf(written), text };
  }
  let parsed: ReturnType<typeof parseCell>;
  try {
    parsed = parseCell(text, { kind: 'money', unit });
  } catch {
    parsed = null;
  }
  if (parsed?.kind === 'nothing') return { kind: 'nothing', text };
  if (parsed?.kind === 'money' && inUnit(parsed.won)) {
    return { kind: 'won', won: parsed.won, decimals: parsed.decimals ?? 0, text };
  }
  return { kind: 'bad', text };
}

const RATE = /^([-△+▲])?\s*(\d+(?:\.\d+)?)\s*%?$/;

/** A rate in percent: `5.2`, `5.2%`, `△3.1`; XLSX percent-formatted cells arrive already × 100. */
export function readRate(cell: SheetCell | undefined): RateReading {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { kind: 'bad', text: String(cell) };
    const text = String(cell);
    return { kind: 'rate', value: cell, decimals: decimalsOf(text), text };
  }
  const text = cellText(cell);
  if (isNoFigure(text)) return { kind: 'nothing', text };
  const match = RATE.exec(text.replace(/,/g, ''));
  if (!match) return { kind: 'bad', text };
  const written = match[2]!;
  const magnitude = Number(written);
  const negative = match[1] === '-' || match[1] === '△';
  return {
    kind: 'rate',
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    decimals: decimalsOf(written),
    text,
  };
}

/** A fiscal year: `2024`, `2024년`, `2024년도`, `FY2024`. */
export function readYear(cell: SheetCell | undefined): number | undefined {
  if (typeof cell === 'string' && cell.length === 4) {
    const year = Number(cell);
    if (Number.isInteger(year) && year >= 1900 && year < 2100 && /^\d{4}$/.test(cell)) return year;
  }
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell >= 1900 && cell < 2100 ? cell : undefined;
  const text = cellText(cell);
  const match = /^(?:fy\s*)?((?:19|20)\d{2})(?:\.0+)?\s*(?:년도?|회계연도)?$/i.exec(text);
  return match ? Number(match[1]) : undefined;
}
