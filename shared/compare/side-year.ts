import { documentPart, primaryYear, type DocumentPart } from '../documents/identity';
import type { BudgetLine, DocumentMeta } from '../model/report';

/** The fiscal years a side's expenditure lines cover, ascending. */
export function expenditureYears(lines: readonly BudgetLine[]): number[] {
  const years = new Set<number>();
  for (const line of lines)
    if ((line.category ?? 'expenditure') === 'expenditure') years.add(line.fiscalYear);
  return [...years].sort((a, b) => a - b);
}

/**
 * The one fiscal year a side shows: the one asked for; else its only year; else the year that
 * `wanted` names (the year before or after the other side's), or one of the document part
 * `part`; else the document's main year; else its latest. Years are never added on one side.
 */
export function resolveSideYear(
  side: { fiscalYear?: number; meta?: DocumentMeta; lines: readonly BudgetLine[] },
  hint: { wanted?: number; part?: DocumentPart } = {},
): number | undefined {
  if (side.fiscalYear !== undefined) return side.fiscalYear;
  const years = expenditureYears(side.lines);
  if (years.length <= 1) return years[0];
  if (hint.wanted !== undefined && years.includes(hint.wanted)) return hint.wanted;
  const meta = side.meta;
  if (meta && hint.part) {
    const ofPart = years.filter((year) => documentPart(meta, year) === hint.part);
    if (ofPart.length > 0) return ofPart.at(-1);
  }
  const main = meta ? primaryYear(meta) : undefined;
  if (main !== undefined && years.includes(main)) return main;
  return years.at(-1);
}

/** The latest year whose lines state spending (a report's year), else the main or latest year. */
export function yearWithSpending(
  lines: readonly BudgetLine[],
  meta?: DocumentMeta,
): number | undefined {
  let spentYear: number | undefined;
  for (const line of lines)
    if (
      (line.category ?? 'expenditure') === 'expenditure' &&
      line.spent !== undefined &&
      (spentYear === undefined || line.fiscalYear > spentYear)
    )
      spentYear = line.fiscalYear;
  return spentYear ?? resolveSideYear({ meta, lines });
}
