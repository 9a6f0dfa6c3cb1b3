import { evaluateFlagRules, type FlagRule } from '../flags/rules';
import type { Comparison, ComparisonRow } from './types';

const defined = (value: number | null | undefined) => (value === null ? undefined : value);

/**
 * Marks the rows that break the user's highlighting rules: execution below a threshold, a change
 * beyond ±N%, a projected lapse above an amount — each judged on the figures the row has.
 */
export function applyFlagRules(
  comparison: Comparison,
  rules: readonly FlagRule[],
  context: { fiscalYear?: number; asOf?: string } = {},
): Comparison {
  const changeColumn = comparison.kind === 'departments' ? undefined : comparison.primary.rate;
  const rows = comparison.rows.map((row): ComparisonRow => {
    const hits = evaluateFlagRules(
      {
        fiscalYear: context.fiscalYear,
        asOf: context.asOf,
        executionRate: defined(row.values.executionRate),
        changeRate: changeColumn ? defined(row.values[changeColumn]) : undefined,
        projectedLapse: defined(row.values.projectedLapse),
      },
      rules,
    );
    return hits.length === 0
      ? row
      : { ...row, ruleFlags: hits.map((hit) => ({ ruleId: hit.ruleId, message: hit.message })) };
  });
  return { ...comparison, rows };
}
