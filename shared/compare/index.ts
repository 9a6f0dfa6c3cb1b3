export * from './types';
export { compareYearOverYear, type YearOverYearOptions } from './year-over-year';
export { comparePlanVsResults, type PlanVsResultsOptions } from './plan-vs-results';
export {
  compareDepartments,
  departmentRowLabel,
  NO_DEPARTMENT,
  type DepartmentsOptions,
} from './departments';
export { matchLines, SUGGESTION_THRESHOLD, type LinePair, type MatchResult } from './match';
export {
  sortRows,
  filterRows,
  type SortSpec,
  type SortDirection,
  type RowFilter,
} from './sort-filter';
export { budgetOf, yearlessKey, comparableLines, findingsByLine } from './lines';
export { difference, changeRate, ratio, sumDefined } from './variance';
export { nameSimilarity } from './name-similarity';
export { applyFlagRules } from './rule-flags';
export {
  conclusionLabel,
  conclusionOf,
  pairValues,
  rowConclusionLabel,
  type PairValues,
} from './conclusion';
export { changeTotals } from './rows';
export { expenditureYears, resolveSideYear, yearWithSpending } from './side-year';
export { basesUsed, sideColumnLabel } from './year-over-year';
export { formatChange, formatComparisonValue } from './format';
export { comparisonEvidenceText } from './evidence-text';
export { TOTAL_COST_COLUMN, periodText, totalCostColumns, withTotalCost } from './total-cost';
