import type { Figures, HierarchyLine } from '@shared/hierarchy';
import { allNodes, buildHierarchy } from '@shared/hierarchy';

export interface DepartmentFigures {
  department: string;
  budget: number;
  spent?: number;
  projectedSpend?: number;
}

const budgetInForce = (figures: Figures) =>
  figures.currentBudget ?? figures.budget ?? figures.requiredBudget;

/** Budget in force, spent and projected spend per department (departments merged by name). */
export function departmentFigures(lines: readonly HierarchyLine[]): DepartmentFigures[] {
  const hierarchy = buildHierarchy(
    lines.filter((line) => (line.category ?? 'expenditure') === 'expenditure'),
  );
  const byName = new Map<string, DepartmentFigures>();
  for (const node of allNodes(hierarchy.roots)) {
    if (node.kind !== 'department') continue;
    const budget = budgetInForce(node.figures);
    if (budget === undefined) continue;
    const entry = byName.get(node.label) ?? { department: node.label, budget: 0 };
    entry.budget += budget;
    if (node.figures.spent !== undefined) entry.spent = (entry.spent ?? 0) + node.figures.spent;
    if (node.figures.projectedSpend !== undefined)
      entry.projectedSpend = (entry.projectedSpend ?? 0) + node.figures.projectedSpend;
    byName.set(node.label, entry);
  }
  return [...byName.values()];
}

/**
 * The lines of `before` and `last` whose project appears in both years (keys are `year|…`), so a
 * year-on-year change compares the same projects — not a department's stated total in one year
 * against the few projects a plan lists for the next.
 */
export function linesInBothYears(
  lines: readonly HierarchyLine[],
  before: number,
  last: number,
): HierarchyLine[] {
  const yearless = (line: HierarchyLine) => line.key.slice(line.key.indexOf('|'));
  const keysOf = (year: number) =>
    new Set(lines.filter((line) => line.fiscalYear === year).map(yearless));
  const inBefore = keysOf(before);
  const inLast = keysOf(last);
  return lines.filter(
    (line) =>
      (line.fiscalYear === before && inLast.has(yearless(line))) ||
      (line.fiscalYear === last && inBefore.has(yearless(line))),
  );
}

/** Budget in force per department for each fiscal year, for the year-on-year chart. */
export function departmentsByYear(lines: readonly HierarchyLine[]) {
  const years = [...new Set(lines.map((line) => line.fiscalYear))].sort();
  const perYear = new Map(
    years.map((year) => [
      year,
      new Map(
        departmentFigures(lines.filter((line) => line.fiscalYear === year)).map((entry) => [
          entry.department,
          entry.budget,
        ]),
      ),
    ]),
  );
  return { years, perYear };
}

/**
 * The one fiscal year the budget and execution charts show (adding years together would mislead):
 * the latest year with spending figures, else the latest year.
 */
export function chartYear(lines: readonly HierarchyLine[]): number | undefined {
  let latest: number | undefined;
  let latestSpent: number | undefined;
  for (const line of lines) {
    if (latest === undefined || line.fiscalYear > latest) latest = line.fiscalYear;
    if (line.spent !== undefined && (latestSpent === undefined || line.fiscalYear > latestSpent))
      latestSpent = line.fiscalYear;
  }
  return latestSpent ?? latest;
}
