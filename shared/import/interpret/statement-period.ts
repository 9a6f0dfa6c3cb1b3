/** The years a multi-year cost covers, and a year's own figure written beside it. */
import { findAmounts } from '../../money/amounts';

export interface Period {
  from: number;
  to: number;
}

const YEAR = String.raw`(?:(\d{4})|['‘’´ˊʻ\`](\d{2}))\s*(?:년도?|\.)?(?:\s*\d{1,2}\s*(?:월|\.)?)*`;
/** `'21~'27`, `’23.~’30.`, `2022년∼2028년`, `2023년 ~ 2026년(4년간)` */
const RANGE = new RegExp(String.raw`^\s*${YEAR}\s*[~∼～\-–]\s*${YEAR}\s*(?:\(\s*\d+\s*년간\s*\))?`);
const SEPARATOR = /^\s*(?:[,/，]|\s)\s*/;

function yearOf(full: string | undefined, short: string | undefined): number | undefined {
  const year = full ? Number(full) : short ? 2000 + Number(short) : undefined;
  return year !== undefined && year >= 1990 && year <= 2100 ? year : undefined;
}

/** The span of years, as written at the start of `text`, and what follows it. */
export function readPeriod(text: string): { period: Period; rest: string } | null {
  const match = RANGE.exec(text);
  if (!match) return null;
  const from = yearOf(match[1], match[2]);
  const to = yearOf(match[3], match[4]);
  if (from === undefined || to === undefined || to < from) return null;
  const rest = text.slice(match[0].length).replace(SEPARATOR, '');
  return { period: { from, to }, rest };
}

/** A period anywhere in `text` (`사업기간(’24.3~’25.6.)`), for a statement that names its years apart. */
export function findPeriod(text: string): Period | undefined {
  for (let start = 0; start < text.length; start++) {
    const char = text[start]!;
    if (!/[\d'‘’´ˊʻ`]/.test(char) || (start > 0 && /\d/.test(text[start - 1]!))) continue;
    const read = readPeriod(text.slice(start));
    if (read) return read.period;
  }
  return undefined;
}

/** `(‘25년 1,800백만원)`, `'25년 95억`: this year's own figure beside a multi-year total. */
export function yearFigureAfter(text: string): { year: number; won: number } | undefined {
  const match = /(?:(\d{4})|['‘’](\d{2}))\s*년\s*(?:예산\s*)?[:：]?\s*/.exec(text);
  if (!match) return undefined;
  const year = yearOf(match[1], match[2]);
  const after = text
    .slice(match.index + match[0].length)
    .replace(/^(\d[\d,.]*\s*[천백십]?)\s*억(?!원)/, '$1억원');
  const amount = findAmounts(after)[0];
  if (year === undefined || !amount || amount.start > 0 || amount.value.kind !== 'money')
    return undefined;
  return { year, won: amount.value.won };
}
