import { yearBudgetValue } from '../figures/meaning';
import { normalizeName } from '../model/line-key';
import type { BudgetLine, Finding } from '../model/report';

/**
 * The line's figure for the year's budget: the domain's yearBudgetOf (예산현액 > 예산액 > 본예산 >
 * 소요예산), as a number. Kept under this name for callers of the compare module.
 */
export const budgetOf: (line: BudgetLine) => number | undefined = yearBudgetValue;

/** A budget line's key without its fiscal year, so the same project matches across years. */
export function yearlessKey(key: string): string {
  const [first, ...rest] = key.split('|');
  return first !== undefined && /^\d{4}$/.test(first) ? rest.join('|') : key;
}

/** A department's own total (세출 총괄 lists departments as lines named after themselves). */
export function isDepartmentTotal(line: BudgetLine): boolean {
  return !!line.department && normalizeName(line.project) === normalizeName(line.department);
}

/**
 * Drops a department's total lines when its projects are listed too (they would count twice);
 * a department known only by its total keeps one total line: the one with execution figures.
 */
export function withoutDepartmentTotals(lines: readonly BudgetLine[]): BudgetLine[] {
  const hasProjects = new Set<string>();
  const chosenTotal = new Map<string, BudgetLine>();
  for (const line of lines) {
    const id = `${line.fiscalYear}|${normalizeName(line.department ?? '')}`;
    if (!isDepartmentTotal(line)) hasProjects.add(id);
    else if (
      !chosenTotal.has(id) ||
      (line.spent !== undefined && chosenTotal.get(id)?.spent === undefined)
    )
      chosenTotal.set(id, line);
  }
  return lines.filter((line) => {
    if (!isDepartmentTotal(line)) return true;
    const id = `${line.fiscalYear}|${normalizeName(line.department ?? '')}`;
    return !hasProjects.has(id) && chosenTotal.get(id) === line;
  });
}

/**
 * Expenditure lines to compare: projects only (no sub-projects or funding parts) unless
 * `withChildren`, and no department total that would count its projects twice.
 */
export function comparableLines(
  lines: readonly BudgetLine[],
  options: { withChildren?: boolean; fiscalYear?: number } = {},
): BudgetLine[] {
  return withoutDepartmentTotals(
    lines.filter(
      (line) =>
        (line.category ?? 'expenditure') === 'expenditure' &&
        (options.withChildren || line.parentKey === undefined) &&
        (options.fiscalYear === undefined || line.fiscalYear === options.fiscalYear),
    ),
  );
}

/** Findings indexed by the key of the line they are about. */
export function findingsByLine(findings: readonly Finding[] = []): Map<string, Finding[]> {
  const byKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.lineKey) continue;
    const list = byKey.get(finding.lineKey) ?? [];
    list.push(finding);
    byKey.set(finding.lineKey, list);
  }
  return byKey;
}
