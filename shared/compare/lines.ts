import type { BudgetLine, Finding } from '../model/report';

/** The appropriation a line is judged by: 예산현액, else 예산, else 본예산. */
export function budgetOf(line: BudgetLine): number | undefined {
  return line.currentBudget ?? line.budget ?? line.originalBudget;
}

/** A budget line's key without its fiscal year, so the same project matches across years. */
export function yearlessKey(key: string): string {
  const [first, ...rest] = key.split('|');
  return first !== undefined && /^\d{4}$/.test(first) ? rest.join('|') : key;
}

/** Expenditure lines; only projects (no sub-projects or funding parts) unless `withChildren`. */
export function comparableLines(
  lines: readonly BudgetLine[],
  options: { withChildren?: boolean; fiscalYear?: number } = {},
): BudgetLine[] {
  return lines.filter(
    (line) =>
      (line.category ?? 'expenditure') === 'expenditure' &&
      (options.withChildren || line.parentKey === undefined) &&
      (options.fiscalYear === undefined || line.fiscalYear === options.fiscalYear),
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
