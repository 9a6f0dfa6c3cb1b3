import type { BudgetLine, StatedRates } from '../../model/report';
import type { AuditTable, ColumnRole } from '../../model/table';
import { compact } from '../../text/compact';
import type { ReadingContext } from './context';
import { isDepartmentName } from './names';
import type { Collected } from './sink';
import type { ReadRow } from './table-rows';

type MoneyField =
  | 'budget'
  | 'previousBudget'
  | 'currentBudget'
  | 'originalBudget'
  | 'supplementary'
  | 'carriedOver'
  | 'obligated'
  | 'spent'
  | 'projectedSpend'
  | 'collected';

const LINE_FIELDS: Partial<Record<ColumnRole, MoneyField>> = {
  budget: 'budget',
  previousBudget: 'previousBudget',
  currentBudget: 'currentBudget',
  originalBudget: 'originalBudget',
  supplementary: 'supplementary',
  carriedOver: 'carriedOver',
  obligated: 'obligated',
  spent: 'spent',
  projectedSpend: 'projectedSpend',
  collected: 'collected',
};
const RATE_FIELDS: Partial<Record<ColumnRole, keyof StatedRates>> = {
  executionRate: 'execution',
  obligationRate: 'obligation',
  projectedRate: 'projected',
  changeRate: 'change',
};
export function lineFromRow(
  row: ReadRow,
  columns: AuditTable['columns'],
  context: ReadingContext,
  collected: Collected,
  fiscalYear: number | undefined,
  category: BudgetLine['category'],
  overrides: { keyProject?: string; path?: string[]; parentKey?: string } = {},
): BudgetLine | null {
  const fields: Partial<Record<MoneyField, number>> = {};
  const rates: StatedRates = {};
  let any = false;
  let totalColumn: number | undefined;
  columns.forEach((column, index) => {
    const value = row.values[index];
    if (value === null || value === undefined) return;
    const field = LINE_FIELDS[column.role];
    const rate = RATE_FIELDS[column.role];
    if (field) {
      fields[field] = value;
      any = true;
    } else if (rate) rates[rate] = value;
    else if (column.role === 'total') totalColumn = value;
  });
  const funding: NonNullable<BudgetLine['funding']> = {};
  columns.forEach((column, index) => {
    const value = row.values[index];
    if (!column.role.startsWith('funding:') || value === null || value === undefined) return;
    funding[column.role.slice('funding:'.length) as keyof typeof funding] = value;
    any = true;
  });
  if (totalColumn !== undefined && fields.budget === undefined) {
    fields.budget = totalColumn;
    any = true;
  }
  if (!any) return null;
  const rowIsDepartment = isDepartmentName(row.label);
  const department = rowIsDepartment ? compact(row.label) : (row.department ?? context.department);
  const project = row.label;
  const year = fiscalYear ?? context.fiscalYear;
  const keyProject = overrides.keyProject ?? project;
  const key = collected.keys.next({
    fiscalYear: year,
    department,
    project: keyProject,
    path: overrides.path ?? [],
  });
  const line: BudgetLine = {
    key,
    fiscalYear: year,
    project,
    source: { line: row.line, text: row.raw },
    ...fields,
  };
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  if (category && category !== 'expenditure') line.category = category;
  if (Object.keys(funding).length > 0) line.funding = funding;
  if (Object.keys(rates).length > 0) line.statedRates = rates;
  if (row.leadDepartment) line.leadDepartment = row.leadDepartment;
  if (overrides.parentKey) line.parentKey = overrides.parentKey;
  return line;
}
