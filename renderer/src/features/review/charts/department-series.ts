import type { HierarchyLine } from '@shared/hierarchy';
import { figuresByScope } from '@shared/figures';

export interface DepartmentFigures {
  department: string;
  /** the year's budget by meaning (shared/figures yearBudgetOf) */
  budget: number;
  spent?: number;
  /** the year's budget of the lines that state spending: the execution rate's base */
  budgetWithSpent?: number;
  projectedSpend?: number;
}

/** Whether the lines come from more than one document (whose figures are never added). */
export function spansDocuments(lines: readonly HierarchyLine[]): boolean {
  const first = lines[0]?.documentId;
  return lines.some((line) => line.documentId !== first);
}

/**
 * Each department's year's budget, spending and projected spending as the domain states them
 * (figuresByScope: a department's own total line, else its lines by meaning), for expenditure of
 * one document and one year; a department named in several of the lines' scopes is not summed
 * across documents or years — callers pass one document's lines of one year.
 */
export function departmentFigures(lines: readonly HierarchyLine[]): DepartmentFigures[] {
  const byName = new Map<string, DepartmentFigures>();
  for (const scope of figuresByScope(lines)) {
    if (scope.scope.category !== 'expenditure') continue;
    for (const group of scope.groups) {
      const { yearBudget, spent, projectedSpend, budgetWith } = group.figures;
      if (!group.department || yearBudget === undefined) continue;
      const entry = byName.get(group.department) ?? { department: group.department, budget: 0 };
      entry.budget += yearBudget;
      if (spent !== undefined) {
        entry.spent = (entry.spent ?? 0) + spent;
        entry.budgetWithSpent = (entry.budgetWithSpent ?? 0) + (budgetWith.spent ?? 0);
      }
      if (projectedSpend !== undefined)
        entry.projectedSpend = (entry.projectedSpend ?? 0) + projectedSpend;
      byName.set(group.department, entry);
    }
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
