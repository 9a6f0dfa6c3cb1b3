import { basesOf, type FigureBasis } from '../figures/meaning';
import { addMeaning, emptyMeaning, type MeaningFigures } from '../figures/sum';
import { figuresByScope } from '../figures/totals';
import type { BudgetLine, PersonnelRow } from '../model/report';
import { normalizeName } from '../model/line-key';
import { countedOnce } from '../model/personnel-rows';
import { findingsByLine } from './lines';
import { columnTotals } from './rows';
import { expenditureYears, yearWithSpending } from './side-year';
import type { Comparison, ComparisonRow, ComparisonSide } from './types';
import { ratio } from './variance';
import { sideColumnLabel } from './year-over-year';

export const NO_DEPARTMENT = '부서 미기재';
/** NO_DEPARTMENT as English writes it: a row label the app made, not a name from the document */
export const NO_DEPARTMENT_EN = 'No department stated';

/** A department row's label in each language: the document's name, or the app's NO_DEPARTMENT. */
export function departmentRowLabel(label: string): { ko: string; en: string } {
  return { ko: label, en: label === NO_DEPARTMENT ? NO_DEPARTMENT_EN : label };
}
const TOTAL_ROW = /^(계|합계|소계|총계|총원)$/;

export interface DepartmentsOptions {
  side: ComparisonSide & { personnel?: readonly PersonnelRow[] };
  /** only these departments (by name; normalised), in this order; default all */
  departments?: readonly string[];
  fiscalYear?: number;
}

interface Headcount {
  authorized: number | undefined;
  current: number | undefined;
}

function headcounts(rows: readonly PersonnelRow[] = []): Map<string, Headcount> {
  const byDepartment = new Map<string, Headcount>();
  for (const row of countedOnce(rows)) {
    const department = normalizeName(row.department ?? '');
    if (TOTAL_ROW.test(normalizeName(row.grade ?? '')) || TOTAL_ROW.test(department)) continue;
    const sum = byDepartment.get(department) ?? { authorized: undefined, current: undefined };
    if (row.authorized !== undefined) sum.authorized = (sum.authorized ?? 0) + row.authorized;
    if (row.current !== undefined) sum.current = (sum.current ?? 0) + row.current;
    byDepartment.set(department, sum);
  }
  return byDepartment;
}

/** Projected lapse (예산현액 − 예상집행액) over the lines that state both. */
function lapseOf(figures: MeaningFigures): number | null {
  const budget = figures.budgetWith.projectedSpend;
  const projected = figures.withBudget.projectedSpend;
  return budget === undefined || projected === undefined ? null : budget - projected;
}

const executionOf = (figures: MeaningFigures) =>
  ratio(figures.withBudget.spent, figures.budgetWith.spent);

interface Department {
  name: string;
  bureau?: string;
  figures: MeaningFigures;
  lines: BudgetLine[];
}

/** Each department's figures for the year, as the document states them (shared/figures). */
function departmentsOf(lines: readonly BudgetLine[]): Map<string, Department> {
  const byId = new Map<string, Department>();
  const expenditure = figuresByScope(lines).filter(
    (scope) => scope.scope.category === 'expenditure',
  );
  for (const { groups } of expenditure)
    for (const group of groups) {
      const name = group.department ?? NO_DEPARTMENT;
      const id = normalizeName(name);
      const entry = byId.get(id) ?? {
        name,
        bureau: group.bureau,
        figures: emptyMeaning(),
        lines: [],
      };
      addMeaning(entry.figures, group.figures);
      byId.set(id, entry);
    }
  for (const line of lines) {
    if (line.parentKey !== undefined) continue;
    byId.get(normalizeName(line.department ?? NO_DEPARTMENT))?.lines.push(line);
  }
  return byId;
}

/**
 * Departments of one document in one fiscal year side by side: the year's budget as the
 * document states it (a department's own total line, else its projects; 예산현액 in a report's
 * year, 소요예산 in a plan's — the column says which), spending, execution rate and projected
 * lapse (each over the lines that state both figures), headcount (정원/현원), budget per head and
 * share of the total. The year: the one asked for, else the latest with spending figures (a
 * report's year), else the document's main year.
 */
export function compareDepartments(options: DepartmentsOptions): Comparison {
  const { side } = options;
  const expenditure = side.lines.filter(
    (line) => (line.category ?? 'expenditure') === 'expenditure',
  );
  const year = options.fiscalYear ?? yearWithSpending(expenditure, side.meta);
  const departments = departmentsOf(expenditure.filter((line) => line.fiscalYear === year));
  const flags = findingsByLine(side.findings);
  const people = headcounts(side.personnel);
  const wanted = options.departments?.map(normalizeName);
  const ids = wanted ? wanted.filter((id) => departments.has(id)) : [...departments.keys()];
  const all = emptyMeaning();
  for (const department of departments.values()) addMeaning(all, department.figures);
  const grandTotal = all.yearBudget ?? 0;
  const shown = emptyMeaning();
  const rows = ids.map((id): ComparisonRow => {
    const department = departments.get(id)!;
    const { figures } = department;
    addMeaning(shown, figures);
    const budget = figures.yearBudget ?? null;
    const heads = people.get(id);
    const bases = basesOf(figures.yearBudgetBases);
    return {
      id: `department:${id}`,
      label: department.name,
      group: department.bureau,
      status: 'single',
      flags: department.lines.flatMap((line) => flags.get(line.key) ?? []),
      sources: department.lines.slice(0, 1).map((line) => ({
        side: 'after',
        documentId: side.documentId,
        line: line.source.line,
        text: line.source.text,
      })),
      bases: bases.length === 1 ? { budget: bases[0]! } : {},
      values: {
        budget,
        spent: figures.spent ?? null,
        executionRate: executionOf(figures),
        projectedLapse: lapseOf(figures),
        authorized: heads?.authorized ?? null,
        current: heads?.current ?? null,
        budgetPerHead:
          budget !== null && heads?.current ? Math.round(budget / heads.current) : null,
        share: ratio(budget ?? undefined, grandTotal),
      },
    };
  });
  const totals = columnTotals(rows, ['budget', 'spent', 'projectedLapse', 'authorized', 'current']);
  totals.executionRate = executionOf(shown);
  totals.share = ratio(totals.budget ?? undefined, grandTotal);
  const totalBudget = totals.budget ?? null;
  totals.budgetPerHead =
    totalBudget !== null && totals.current ? Math.round(totalBudget / totals.current) : null;
  const budgetBases: FigureBasis[] = basesOf(shown.yearBudgetBases);
  const yearLabel = year === undefined ? { ko: '', en: '' } : { ko: `${year}년`, en: `FY${year}` };
  return {
    kind: 'departments',
    title: { ko: '부서별 비교', en: 'Departments compared' },
    sides: { before: side.label, after: side.label },
    columns: [
      { id: 'budget', label: sideColumnLabel(yearLabel, budgetBases), kind: 'money' },
      { id: 'spent', label: { ko: '집행액', en: 'Spent' }, kind: 'money' },
      { id: 'executionRate', label: { ko: '집행률', en: 'Execution rate' }, kind: 'rate' },
      { id: 'projectedLapse', label: { ko: '예상 불용액', en: 'Projected lapse' }, kind: 'money' },
      { id: 'authorized', label: { ko: '정원', en: 'Authorized' }, kind: 'count' },
      { id: 'current', label: { ko: '현원', en: 'Current' }, kind: 'count' },
      { id: 'budgetPerHead', label: { ko: '1인당 예산', en: 'Budget per head' }, kind: 'money' },
      { id: 'share', label: { ko: '예산 비중', en: 'Share of budget' }, kind: 'rate' },
    ],
    rows,
    totals,
    primary: {
      before: 'budget',
      after: 'spent',
      difference: 'projectedLapse',
      rate: 'executionRate',
    },
    suggestions: [],
    bases: { before: [], after: budgetBases },
    years: { after: year },
    fiscalYears: expenditureYears(side.lines),
  };
}
