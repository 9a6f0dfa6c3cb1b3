import type { PersonnelRow } from '../model/report';
import { normalizeName } from '../model/line-key';
import { budgetOf, findingsByLine, isDepartmentTotal, withoutDepartmentTotals } from './lines';
import { columnTotals } from './rows';
import type { Comparison, ComparisonRow, ComparisonSide } from './types';
import { ratio, sumDefined } from './variance';

export const NO_DEPARTMENT = '부서 미기재';
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
  for (const row of rows) {
    const department = normalizeName(row.department ?? '');
    if (TOTAL_ROW.test(normalizeName(row.grade ?? '')) || TOTAL_ROW.test(department)) continue;
    const sum = byDepartment.get(department) ?? { authorized: undefined, current: undefined };
    if (row.authorized !== undefined) sum.authorized = (sum.authorized ?? 0) + row.authorized;
    if (row.current !== undefined) sum.current = (sum.current ?? 0) + row.current;
    byDepartment.set(department, sum);
  }
  return byDepartment;
}

/**
 * Departments of one document side by side: budget, spending, execution rate, projected lapse
 * (예산현액 − 예상집행액), headcount (정원/현원), budget per head and share of the total budget.
 */
export function compareDepartments(options: DepartmentsOptions): Comparison {
  const { side } = options;
  const expenditure = side.lines.filter(
    (line) => (line.category ?? 'expenditure') === 'expenditure' && line.parentKey === undefined,
  );
  // one fiscal year: the one asked for, else the document's latest
  const year = options.fiscalYear ?? Math.max(...expenditure.map((line) => line.fiscalYear));
  const lines = expenditure.filter((line) => line.fiscalYear === year);
  const flags = findingsByLine(side.findings);
  const people = headcounts(side.personnel);
  const groups = new Map<string, { name: string; bureau?: string; lines: typeof lines }>();
  for (const line of lines) {
    const name = line.department ?? NO_DEPARTMENT;
    const id = normalizeName(name);
    const group = groups.get(id) ?? { name, bureau: line.bureau, lines: [] };
    group.lines.push(line);
    groups.set(id, group);
  }
  const wanted = options.departments?.map(normalizeName);
  const ids = wanted ? wanted.filter((id) => groups.has(id)) : [...groups.keys()];
  // the department's own total line (세출 총괄) when the document has one, else its projects
  const basisOf = (group: { lines: typeof lines }) => {
    const totals = withoutDepartmentTotals(group.lines.filter(isDepartmentTotal));
    return totals.length > 0 ? totals : group.lines;
  };
  const grandTotal = sumDefined([...groups.values()].flatMap((g) => basisOf(g).map(budgetOf))) ?? 0;
  const rows = ids.map((id): ComparisonRow => {
    const group = groups.get(id)!;
    const basis = basisOf(group);
    const budget = sumDefined(basis.map(budgetOf));
    const spent = sumDefined(basis.map((line) => line.spent));
    const lapse = sumDefined(
      basis.map((line) =>
        line.projectedSpend === undefined ? undefined : (budgetOf(line) ?? 0) - line.projectedSpend,
      ),
    );
    const heads = people.get(id);
    return {
      id: `department:${id}`,
      label: group.name,
      group: group.bureau,
      status: 'single',
      flags: group.lines.flatMap((line) => flags.get(line.key) ?? []),
      sources: group.lines.slice(0, 1).map((line) => ({
        side: 'after',
        documentId: side.documentId,
        line: line.source.line,
        text: line.source.text,
      })),
      values: {
        budget,
        spent,
        executionRate: ratio(spent ?? undefined, budget ?? undefined),
        projectedLapse: lapse,
        authorized: heads?.authorized ?? null,
        current: heads?.current ?? null,
        budgetPerHead:
          budget !== null && heads?.current ? Math.round(budget / heads.current) : null,
        share: ratio(budget ?? undefined, grandTotal),
      },
    };
  });
  const totals = columnTotals(rows, ['budget', 'spent', 'projectedLapse', 'authorized', 'current']);
  totals.executionRate = ratio(totals.spent ?? undefined, totals.budget ?? undefined);
  totals.share = ratio(totals.budget ?? undefined, grandTotal);
  const totalBudget = totals.budget ?? null;
  totals.budgetPerHead =
    totalBudget !== null && totals.current ? Math.round(totalBudget / totals.current) : null;
  return {
    kind: 'departments',
    title: { ko: '부서별 비교', en: 'Departments compared' },
    sides: { before: side.label, after: side.label },
    columns: [
      { id: 'budget', label: { ko: '예산현액', en: 'Budget' }, kind: 'money' },
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
  };
}
