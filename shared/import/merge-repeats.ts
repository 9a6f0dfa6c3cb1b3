import { LINE_MONEY_FIELDS } from '../model/line-fields';
import type { BudgetLine, Finding, Funding } from '../model/report';

/**
 * A project often appears twice in a report: its `- 사업비:` statement (what it needs and who pays)
 * and its row in an execution table (예산현액, 지출, 집행률). The importer keys the second `…#2`.
 * When the two carry no conflicting figure they are one project: merge them into the first line,
 * keep the second's source in `alsoAt`, and point children and findings at the merged key.
 * The audit has already run on the separate lines, so each figure was checked where it was printed.
 */
export function mergeRepeatedLines(
  lines: readonly BudgetLine[],
  findings: readonly Finding[],
): { lines: BudgetLine[]; findings: Finding[] } {
  const byKey = new Map<string, BudgetLine>();
  const renamed = new Map<string, string>();
  const kept: BudgetLine[] = [];
  for (const line of lines) {
    const base = repeatBase(line.key);
    const first = base === undefined ? undefined : byKey.get(base);
    const parentKey = line.parentKey && (renamed.get(line.parentKey) ?? line.parentKey);
    const candidate = parentKey === line.parentKey ? line : { ...line, parentKey };
    if (first && base && canMerge(first, candidate)) {
      mergeInto(first, candidate);
      renamed.set(line.key, base);
      continue;
    }
    const copy: BudgetLine = { ...candidate };
    byKey.set(copy.key, copy);
    kept.push(copy);
  }
  if (renamed.size === 0) return { lines: kept, findings: [...findings] };
  return {
    lines: kept,
    findings: findings.map((finding) => {
      const key = finding.lineKey && renamed.get(finding.lineKey);
      return key ? { ...finding, lineKey: key } : finding;
    }),
  };
}

const MERGED_FIELDS = [...LINE_MONEY_FIELDS, 'totalCost'] as const;

/** `2025|과|사업#2` → `2025|과|사업`; a key without a repeat suffix has no base. */
function repeatBase(key: string): string | undefined {
  const match = /^(.*)#\d+$/.exec(key);
  return match?.[1];
}

function agree<T>(a: T | undefined, b: T | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function canMerge(first: BudgetLine, next: BudgetLine): boolean {
  if (first.fiscalYear !== next.fiscalYear || first.parentKey !== next.parentKey) return false;
  if (Boolean(first.noBudget) !== Boolean(next.noBudget) || !agree(first.category, next.category)) {
    return false;
  }
  if (first.range || next.range) return false;
  // a project's whole cost is a figure too: two different totals are two statements to keep
  if (!MERGED_FIELDS.every((field) => agree(first[field], next[field]))) return false;
  if (!agree(first.period?.from, next.period?.from) || !agree(first.period?.to, next.period?.to))
    return false;
  const fundingAgrees = [
    [first.funding, next.funding],
    [first.spentFunding, next.spentFunding],
  ].every(([a, b]) =>
    (Object.keys({ ...a, ...b }) as (keyof Funding)[]).every((source) =>
      agree(a?.[source], b?.[source]),
    ),
  );
  const rates = { ...first.statedRates, ...next.statedRates };
  const ratesAgree = (Object.keys(rates) as (keyof typeof rates)[]).every((rate) =>
    agree(first.statedRates?.[rate], next.statedRates?.[rate]),
  );
  return fundingAgrees && ratesAgree;
}

function mergeInto(first: BudgetLine, next: BudgetLine): void {
  for (const field of MERGED_FIELDS) {
    if (first[field] === undefined && next[field] !== undefined) first[field] = next[field];
  }
  first.period ??= next.period;
  // the merged split is partial only when every split it is made of was
  const partial = [first, next].every((line) => !line.funding || line.fundingPartial);
  if (next.funding) first.funding = { ...next.funding, ...first.funding };
  if (first.funding && partial) first.fundingPartial = true;
  else delete first.fundingPartial;
  if (next.spentFunding) first.spentFunding = { ...next.spentFunding, ...first.spentFunding };
  if (next.statedRates) first.statedRates = { ...next.statedRates, ...first.statedRates };
  first.bureau ??= next.bureau;
  first.category ??= next.category;
  first.leadDepartment ??= next.leadDepartment;
  first.statedUnit ??= next.statedUnit;
  first.alsoAt = [...(first.alsoAt ?? []), next.source, ...(next.alsoAt ?? [])];
}
