import { findAmounts } from '@shared/money';

export interface Range {
  start: number;
  end: number;
}

/** A figure in a table cell: `1,234`, `△12.5`, `97.7%` (cells carry no unit of their own). */
const CELL_NUMBER = /[△▽▼-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[△▽▼-]?\d+(?:\.\d+)?%?/g;

/** Where the figures in a source line are: amounts with units, and bare numbers in table cells. */
export function figureRanges(text: string): Range[] {
  const ranges: Range[] = findAmounts(text).map((found) => ({
    start: found.start,
    end: found.end,
  }));
  if (text.includes('\t')) {
    for (const match of text.matchAll(CELL_NUMBER)) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Splits text into plain and marked pieces, in order. */
export function splitByRanges(text: string, ranges: readonly Range[]) {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), marked: false });
    pieces.push({ text: text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
