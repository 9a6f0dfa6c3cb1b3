import { conclusionOf, pairValues } from '../compare/conclusion';
import { comparableLines, findingsByLine } from '../compare/lines';
import { matchLines, type LinePair } from '../compare/match';
import { changeTotals, columnTotals } from '../compare/rows';
import type { Comparison, ComparisonRow } from '../compare/types';
import { totalCostColumns, withTotalCost } from '../compare/total-cost';
import { ratio } from '../compare/variance';
import { basesUsed, sideColumnLabel } from '../compare/year-over-year';
import { comparisonEvidence, type ComparisonEvidence } from '../documents/evidence';
import { coversYear, sameOrganization } from '../documents/identity';
import { lastYearOf, spentOf, yearBudgetOf, type FigureBasis } from '../figures/meaning';
import type { BudgetLine, DocumentMeta, Finding } from '../model/report';

type PackLine = BudgetLine & { documentId?: number };
export interface PackDocument {
  id: number;
  meta: DocumentMeta;
}

/**
 * The one document a year's lines are taken from: the last of the pack's documents (in its order)
 * that has lines of that year, among those `accept` allows. Years and documents are not mixed.
 */
function documentFor(
  lines: readonly PackLine[],
  year: number,
  order: readonly (number | undefined)[],
  accept: (documentId: number | undefined) => boolean = () => true,
): number | undefined | null {
  const present = new Set(lines.filter((l) => l.fiscalYear === year).map((l) => l.documentId));
  const candidates = order.filter((id) => present.has(id) && accept(id));
  return candidates.length > 0 ? candidates.at(-1) : null;
}

/** a year among the document's own years, when it names them (none named: every year is) */
const ownYear = (meta: DocumentMeta, year: number) =>
  meta.fiscalYears.length === 0 || meta.fiscalYears.includes(year);

/**
 * A department's budget table for a briefing pack: its projects in the latest fiscal year, from one
 * document, against the year before from the same document or another of the same organisation —
 * else against the 전년도 예산 each line states. Every figure is one the documents state, by
 * meaning (each row names the field); a change needs both figures, and a project on one side only
 * is 종료/신규 only when both years are of the same kind (results and results, plan and plan) and
 * both years list their projects in tables.
 */
export function departmentBudget(
  lines: readonly PackLine[],
  findings: readonly Finding[],
  documents: readonly PackDocument[] = [],
): Comparison {
  const projects = comparableLines(lines) as PackLine[];
  const metaOf = new Map(documents.map((doc) => [doc.id, doc.meta]));
  const order = [
    ...new Set([...documents.map((doc) => doc.id), ...projects.map((line) => line.documentId)]),
  ];
  // the latest year a document covers in full: a 2025 plan's few `’26년` figures are an outlook,
  // and so are a 2020 report's `21년 …` plans when the document is of 2020 (its fiscalYears)
  const covered = projects.filter((line) => {
    const meta = line.documentId === undefined ? undefined : metaOf.get(line.documentId);
    return !meta || (coversYear(meta, line.fiscalYear) && ownYear(meta, line.fiscalYear));
  });
  const years = (covered.length > 0 ? covered : projects).map((line) => line.fiscalYear);
  const latestYear = years.length > 0 ? Math.max(...years) : NaN;
  const afterDoc = documentFor(projects, latestYear, order);
  const afterMeta = afterDoc === undefined || afterDoc === null ? undefined : metaOf.get(afterDoc);
  const related = (id: number | undefined) => {
    if (id === afterDoc) return true;
    const meta = id === undefined ? undefined : metaOf.get(id);
    return !!meta && !!afterMeta && sameOrganization(meta, afterMeta);
  };
  const beforeDoc = documentFor(projects, latestYear - 1, order, related);
  const current = projects.filter((l) => l.fiscalYear === latestYear && l.documentId === afterDoc);
  const previous =
    beforeDoc === null
      ? []
      : projects.filter((l) => l.fiscalYear === latestYear - 1 && l.documentId === beforeDoc);
  const evidence = packEvidence(beforeDoc, afterDoc, latestYear, metaOf);
  const { pairs } = matchLines(previous, current);
  const flags = findingsByLine(findings);
  // 종료/신규 need both years' project lists: a year known only from figures quoted in sentences
  // ('국비 확보(225억원)') lists no projects, so a project missing from it is no news
  const listed = (side: readonly PackLine[]) => side.some((line) => !line.fromSentence);
  const knowsPreviousYear = listed(previous) && listed(current);
  const rows = pairs.map((pair, index) =>
    budgetRow(pair, index, { knowsPreviousYear, evidence, flags }),
  );
  const ids = { before: 'before', after: 'after', difference: 'difference', rate: 'rate' };
  const { totals, coverage } = changeTotals(rows, ids);
  const executed = columnTotals(
    rows.filter((row) => row.values.executionRate !== null),
    ['spent', 'after'],
  );
  totals.spent = columnTotals(rows, ['spent']).spent ?? null;
  totals.executionRate = ratio(executed.spent ?? undefined, executed.after ?? undefined);
  const year = Number.isFinite(latestYear) ? latestYear : undefined;
  const beforeLabel = year ? `${year - 1}년` : '전년';
  const afterLabel = year ? `${year}년` : '금년';
  const beforeBases = basesUsed(rows, 'before');
  const afterBases = basesUsed(rows, 'after');
  return {
    kind: 'year-over-year',
    title: { ko: '예산 현황', en: 'Budget' },
    sides: { before: beforeLabel, after: afterLabel },
    columns: [
      { id: 'before', label: sideColumnLabel(beforeLabel, beforeBases), kind: 'money' },
      { id: 'after', label: sideColumnLabel(afterLabel, afterBases), kind: 'money' },
      { id: 'difference', label: { ko: '증감액', en: 'Change' }, kind: 'money' },
      { id: 'rate', label: { ko: '증감률', en: 'Change rate' }, kind: 'rate' },
      { id: 'spent', label: { ko: '집행액', en: 'Spent' }, kind: 'money' },
      { id: 'executionRate', label: { ko: '집행률', en: 'Execution' }, kind: 'rate' },
      ...totalCostColumns(rows),
    ],
    rows,
    totals,
    primary: ids,
    suggestions: [],
    evidence,
    bases: { before: beforeBases, after: afterBases },
    years: { before: year === undefined ? undefined : year - 1, after: year },
    documentIds: {
      before: beforeDoc === null ? undefined : beforeDoc,
      after: afterDoc === null ? undefined : afterDoc,
    },
    changeCoverage: coverage,
  };
}

/** The section fixes the department; what remains is one organisation and one kind of part. */
function packEvidence(
  beforeDoc: number | undefined | null,
  afterDoc: number | undefined | null,
  year: number,
  metaOf: ReadonlyMap<number, DocumentMeta>,
): ComparisonEvidence | undefined {
  if (beforeDoc === null || afterDoc === null) return undefined;
  const side = (id: number | undefined, fiscalYear: number) => ({
    documentId: id,
    meta: id === undefined ? undefined : metaOf.get(id),
    fiscalYear,
  });
  const evidence = comparisonEvidence(side(beforeDoc, year - 1), side(afterDoc, year));
  // one document's two years are no evidence of a project starting or ending: it may state the
  // year before for a few projects only (a 연차별 table), so absence is said as absence
  return {
    ...evidence,
    sameOffice: true,
    concludes: evidence.sameOrganization && evidence.sameKind && beforeDoc !== afterDoc,
  };
}

function budgetRow(
  pair: LinePair,
  index: number,
  context: {
    knowsPreviousYear: boolean;
    evidence: ComparisonEvidence | undefined;
    flags: ReadonlyMap<string, Finding[]>;
  },
): ComparisonRow {
  const line = (pair.after ?? pair.before)!;
  const after = pair.after ? yearBudgetOf(pair.after) : undefined;
  // a line whose own 전년도 예산 is stated is no news: the document says what it had
  const stated = !pair.before && pair.after ? lastYearOf(pair.after) : undefined;
  const before = pair.before ? yearBudgetOf(pair.before) : stated;
  const status = context.knowsPreviousYear || (pair.before && pair.after) ? pair.status : 'single';
  const conclusion =
    status === 'only-after' && stated ? undefined : conclusionOf(status, context.evidence);
  const spent = pair.after ? spentOf(pair.after)?.value : undefined;
  // last year's spending of a project the latest year does not list ('17억원 집행' in a 2024
  // 추진실적 sentence): no column of its own, the print notes it beside the row (rowNote)
  const spentBefore = pair.before && !pair.after ? spentOf(pair.before)?.value : undefined;
  const bases: Record<string, FigureBasis> = {};
  if (before) bases.before = before.basis;
  if (after) bases.after = after.basis;
  const row: ComparisonRow = {
    id: `${index}:${line.key}`,
    label: line.project,
    group: line.department,
    status,
    flags: [pair.before, pair.after].flatMap((l) => (l ? (context.flags.get(l.key) ?? []) : [])),
    sources: [{ side: 'after', line: line.source.line, text: line.source.text }],
    bases,
    values: {
      ...pairValues(before, after, conclusion),
      spent: spent ?? null,
      executionRate: ratio(spent, after?.value),
      ...(spentBefore === undefined ? {} : { spentBefore }),
    },
  };
  if (conclusion) row.conclusion = conclusion;
  return withTotalCost(row, pair.after ?? pair.before);
}
