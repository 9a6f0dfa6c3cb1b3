import type { ComparisonKind } from '@shared/compare/types';
import type { StoredDocument } from '@data/stored';
import type { CompareChoice } from './compare-query';

const latestYear = (doc: StoredDocument) => Math.max(...doc.meta.fiscalYears, 0);
const earliestYear = (doc: StoredDocument) => Math.min(...doc.meta.fiscalYears);

/**
 * "2025년 추진실적 및 2026년 계획" budgets its first year (예산현액) and only plans the next
 * (소요예산): between two such reports the budgets to compare are each one's first year. Without a
 * year each side would mix both years under the label of the last one.
 */
function budgetYears(
  previous: StoredDocument,
  latest: StoredDocument,
): { beforeYear?: number; afterYear?: number } {
  if (previous.meta.fiscalYears.length < 2 || latest.meta.fiscalYears.length < 2) return {};
  const beforeYear = earliestYear(previous);
  const afterYear = earliestYear(latest);
  return beforeYear < afterYear ? { beforeYear, afterYear } : {};
}

/**
 * A sensible first choice for a comparison kind: the two latest reports for year over year (or one
 * document's last two years), the latest plan against the latest report, the latest report alone.
 */
export function defaultChoice(
  kind: ComparisonKind,
  documents: readonly StoredDocument[],
): CompareChoice {
  const byYear = [...documents].sort((a, b) => latestYear(a) - latestYear(b) || a.id - b.id);
  const latest = byYear.at(-1);
  if (!latest) return { kind };
  if (kind === 'departments') return { kind, afterId: latest.id };
  if (kind === 'plan-vs-results') {
    const plan = byYear.filter((doc) => doc.meta.kind === 'plan').at(-1) ?? byYear.at(-2) ?? latest;
    const report =
      byYear.filter((doc) => doc.meta.kind === 'report' && doc.id !== plan.id).at(-1) ?? latest;
    return { kind, beforeId: plan.id, afterId: report.id };
  }
  const previous = byYear.at(-2);
  if (previous && latestYear(previous) !== latestYear(latest))
    return { kind, beforeId: previous.id, afterId: latest.id, ...budgetYears(previous, latest) };
  const years = [...latest.meta.fiscalYears].sort();
  if (years.length >= 2)
    return {
      kind,
      beforeId: latest.id,
      afterId: latest.id,
      beforeYear: years.at(-2),
      afterYear: years.at(-1),
    };
  return { kind, beforeId: previous?.id ?? latest.id, afterId: latest.id };
}
