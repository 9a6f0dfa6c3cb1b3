import { localizedYearLabel } from '../money/localized';
import type { LocalizedText } from '../model/localized-text';
import { comparisonEvidence } from '../documents/evidence';
import { basesLabel } from '../figures/labels';
import { yearBudgetOf, type FigureBasis } from '../figures/meaning';
import { pairValues } from './conclusion';
import { comparableLines } from './lines';
import { matchLines } from './match';
import { changeTotals, rowBaseBuilder } from './rows';
import { resolveSideYear } from './side-year';
import { totalCostColumns, withTotalCost } from './total-cost';
import type { Comparison, ComparisonRow, ComparisonSide, MatchDecision } from './types';

export interface YearOverYearOptions {
  before: ComparisonSide & { fiscalYear?: number };
  after: ComparisonSide & { fiscalYear?: number };
  decisions?: readonly MatchDecision[];
  /** include sub-projects and funding parts (default: projects only) */
  withChildren?: boolean;
}

/** The fields a side's figures came from, in label order. */
export function basesUsed(rows: readonly ComparisonRow[], column: string): FigureBasis[] {
  const found = new Set<FigureBasis>();
  for (const row of rows) {
    const basis = row.bases?.[column];
    if (basis) found.add(basis);
  }
  return [...found];
}

/** '2025년 예산현액', '2026년 소요예산': a column named by its side and the fields it shows. */
export function sideColumnLabel(
  side: string | LocalizedText,
  bases: readonly FigureBasis[],
): LocalizedText {
  const what = basesLabel(bases);
  const name = typeof side === 'string' ? localizedYearLabel(side) : side;
  return { ko: `${name.ko} ${what.ko}`.trim(), en: `${name.en} ${what.en}`.trim() };
}

/**
 * The same projects in two fiscal years (two documents, or one document's two years): each side's
 * year's budget by meaning (예산현액 … or a plan's 소요예산, each row saying which), the change
 * where both figures exist, and for a project on one side only 종료/신규 when the sides' evidence
 * allows it (same organisation, office and kind), else only that the other document lacks it.
 * One fiscal year per side: a side spanning several shows the one `fiscalYear` names, else the
 * year after (before) the other side's, else its main year.
 */
export function compareYearOverYear(options: YearOverYearOptions): Comparison {
  const { before, after, withChildren } = options;
  const afterYear = resolveSideYear(after, {
    wanted: before.fiscalYear === undefined ? undefined : before.fiscalYear + 1,
  });
  const beforeYear = resolveSideYear(before, {
    wanted: afterYear === undefined ? undefined : afterYear - 1,
  });
  const evidence = comparisonEvidence(
    { documentId: before.documentId, meta: before.meta, fiscalYear: beforeYear },
    { documentId: after.documentId, meta: after.meta, fiscalYear: afterYear },
  );
  const left = comparableLines(before.lines, { withChildren, fiscalYear: beforeYear });
  const right = comparableLines(after.lines, { withChildren, fiscalYear: afterYear });
  const { pairs, suggestions } = matchLines(left, right, options.decisions);
  const base = rowBaseBuilder(before, after, evidence);
  const rows = pairs.map((pair, index): ComparisonRow => {
    const row = base(pair, index);
    const from = pair.before ? yearBudgetOf(pair.before) : undefined;
    const to = pair.after ? yearBudgetOf(pair.after) : undefined;
    const bases: Record<string, FigureBasis> = {};
    if (from) bases.before = from.basis;
    if (to) bases.after = to.basis;
    const values = { ...pairValues(from, to, row.conclusion) };
    return withTotalCost({ ...row, values, bases }, pair.after ?? pair.before);
  });
  const columnIds = { before: 'before', after: 'after', difference: 'difference', rate: 'rate' };
  const { totals, coverage } = changeTotals(rows, columnIds);
  const beforeBases = basesUsed(rows, 'before');
  const afterBases = basesUsed(rows, 'after');
  return {
    kind: 'year-over-year',
    title: { ko: '연도별 예산 비교', en: 'Year-over-year budget comparison' },
    sides: { before: before.label, after: after.label },
    columns: [
      { id: 'before', label: sideColumnLabel(before.label, beforeBases), kind: 'money' },
      { id: 'after', label: sideColumnLabel(after.label, afterBases), kind: 'money' },
      { id: 'difference', label: { ko: '증감액', en: 'Change' }, kind: 'money' },
      { id: 'rate', label: { ko: '증감률', en: 'Change rate' }, kind: 'rate' },
      ...totalCostColumns(rows),
    ],
    rows,
    totals,
    primary: columnIds,
    suggestions,
    evidence,
    bases: { before: beforeBases, after: afterBases },
    years: { before: beforeYear, after: afterYear },
    changeCoverage: coverage,
  };
}
