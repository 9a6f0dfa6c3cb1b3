import { parseTableUnit } from '../../money/parse';
import type { MoneyUnit } from '../../money/types';
import { cellText, readAmount } from './cells';
import { recogniseHeader, recogniseHeaderPair, type HeaderReading } from './recognise';
import { isAmountRole } from './roles';
import type { SheetCell } from './types';

/** How far down a header is looked for: title rows, notes and a unit line rarely take more. */
export const SEARCH_ROWS = 40;

export interface HeaderFound {
  /** 0-based row of the (first) header row */
  headerRow: number;
  headerRows: 1 | 2;
  /** each column's header as shown: `재원 / 국비` for a two-row header */
  labels: string[];
  readings: HeaderReading[];
}

export interface AboveHeader {
  /** the first title-like text above the header */
  title?: string;
  /** the unit a `(단위: 천원)` line above (or in) the header declares */
  unit?: MoneyUnit;
  /** a year the title names (`2024년 세출예산 현황`) */
  year?: number;
}

function isYearLike(cell: SheetCell): boolean {
  const text = cellText(cell);
  return /^(?:19|20)\d{2}(?:년도?)?$/.test(text);
}

/** A header row holds words, never amounts (a year, `2024`, is a word here). */
function holdsAmounts(row: readonly SheetCell[]): boolean {
  return row.some(
    (cell) => !isYearLike(cell) && cellText(cell) !== '' && readAmount(cell, '원').kind === 'won',
  );
}

function filled(row: readonly SheetCell[]): number {
  let count = 0;
  for (const cell of row) if (cellText(cell) !== '') count++;
  return count;
}

function score(readings: readonly HeaderReading[]): number {
  let recognised = 0;
  let amounts = 0;
  for (const reading of readings) {
    if (reading.role === 'ignore') continue;
    recognised += reading.weak ? 0.5 : 1;
    if (isAmountRole(reading.role) || reading.role.endsWith('Rate')) amounts++;
  }
  // an amount and a name, even a weak one (`과목 | 금액`), make a header
  return amounts === 0 || recognised < 1.5 ? 0 : recognised + amounts * 0.1;
}

/**
 * The upper row of a two-row header, with merged parents carried right: a CSV saved from a sheet
 * with `재원` merged over three columns has it in the first and blanks in the other two.
 */
function upperLabels(upper: readonly SheetCell[], lower: readonly SheetCell[], width: number) {
  const labels: string[] = [];
  let carried = '';
  for (let column = 0; column < width; column++) {
    const own = cellText(upper[column]);
    if (own !== '') carried = own;
    else if (cellText(lower[column]) === '') carried = '';
    labels.push(own !== '' ? own : carried);
  }
  return labels;
}

function single(rows: readonly (readonly SheetCell[])[], at: number): HeaderFound {
  const row = rows[at] ?? [];
  const labels = row.map((cell) => cellText(cell));
  return { headerRow: at, headerRows: 1, labels, readings: labels.map(recogniseHeader) };
}

function pair(rows: readonly (readonly SheetCell[])[], at: number): HeaderFound | null {
  const upper = rows[at] ?? [];
  const lower = rows[at + 1];
  if (!lower || filled(lower) === 0 || holdsAmounts(lower)) return null;
  const width = Math.max(upper.length, lower.length);
  const uppers = upperLabels(upper, lower, width);
  const labels: string[] = [];
  const readings: HeaderReading[] = [];
  for (let column = 0; column < width; column++) {
    const top = uppers[column] ?? '';
    const bottom = cellText(lower[column]);
    labels.push(bottom === '' || bottom === top ? top : top === '' ? bottom : `${top} / ${bottom}`);
    readings.push(recogniseHeaderPair(top, bottom));
  }
  return { headerRow: at, headerRows: 2, labels, readings };
}

/**
 * The header row(s): among the first rows, the one whose words name the most known columns (with
 * at least one amount). Null when no row looks like a header.
 */
export function findHeader(rows: readonly (readonly SheetCell[])[]): HeaderFound | null {
  let best: HeaderFound | null = null;
  let bestScore = 0;
  const end = Math.min(rows.length, SEARCH_ROWS);
  for (let at = 0; at < end; at++) {
    const row = rows[at] ?? [];
    if (filled(row) < 2 || holdsAmounts(row)) continue;
    const one = single(rows, at);
    const two = pair(rows, at);
    const oneScore = score(one.readings);
    const twoScore = two ? score(two.readings) : 0;
    const found = two && twoScore > oneScore ? two : one;
    const value = Math.max(oneScore, twoScore);
    if (value > bestScore) {
      best = found;
      bestScore = value;
    }
  }
  return best;
}

const UNIT_NOTE = /[(（[]?\s*단\s*위\s*[:：][^)）\]]*[)）\]]?/;
const TITLE_YEAR = /((?:19|20)\d{2})\s*(?:년|회계연도)/;

/** What the rows above the header say: a title, a unit line, a year. */
export function readAboveHeader(
  rows: readonly (readonly SheetCell[])[],
  headerRow: number,
): AboveHeader {
  const above: AboveHeader = {};
  for (let at = 0; at <= headerRow && at < rows.length; at++) {
    for (const cell of rows[at] ?? []) {
      const text = cellText(cell);
      if (text === '') continue;
      const unit = parseTableUnit(text);
      if (unit?.kind === 'money' && above.unit === undefined) above.unit = unit.unit;
      if (at === headerRow) continue;
      const bare = text.replace(UNIT_NOTE, '').trim();
      if (above.title === undefined && bare.length >= 2) above.title = bare;
      const year = TITLE_YEAR.exec(bare)?.[1];
      if (year !== undefined && above.year === undefined) above.year = Number(year);
    }
  }
  return above;
}
