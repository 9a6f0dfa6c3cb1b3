import type { Accounts, BudgetLine, StatedRates } from '../../model/report';
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
  | 'collected'
  | 'totalCost';

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
  totalCost: 'totalCost',
};
const RATE_FIELDS: Partial<Record<ColumnRole, keyof StatedRates>> = {
  executionRate: 'execution',
  obligationRate: 'obligation',
  projectedRate: 'projected',
  changeRate: 'change',
};

/** What a table says about its columns' years, for rows whose columns span two years. */
export interface ColumnYears {
  /** the year the table is about (its lines' fiscal year) */
  year?: number;
  /** a year per column, where the header wrote one */
  years: readonly (number | undefined)[];
  /** 당초/최종/추경 per column */
  revisions: readonly ('original' | 'final' | 'supplementary' | undefined)[];
}

/** A 당초/최종/추경 column of an earlier year: its figure belongs to that year's line. */
function earlierRevision(index: number, dated: ColumnYears | undefined): number | undefined {
  const year = dated?.years[index];
  if (!dated || dated.year === undefined || year === undefined || year >= dated.year) return;
  return dated.revisions[index] ? year : undefined;
}

interface RowFigures {
  fields: Partial<Record<MoneyField, number>>;
  rates: StatedRates;
  funding: NonNullable<BudgetLine['funding']>;
  accounts: Accounts;
  any: boolean;
  /** the column of the line's principal figure (its budget, else its first figure) */
  figureColumn?: number;
}

function figuresOf(
  row: ReadRow,
  columns: AuditTable['columns'],
  dated: ColumnYears | undefined,
): RowFigures {
  const figures: RowFigures = { fields: {}, rates: {}, funding: {}, accounts: {}, any: false };
  let totalColumn: number | undefined;
  let totalIndex: number | undefined;
  columns.forEach((column, index) => {
    const value = row.values[index];
    if (value === null || value === undefined) return;
    const field = LINE_FIELDS[column.role];
    const rate = RATE_FIELDS[column.role];
    // last year's 당초 stays on last year's line; its 최종 is this year's previousBudget too
    if (earlierRevision(index, dated) !== undefined && field !== 'previousBudget') return;
    if (field) {
      // two columns of one role: the first is the principal one
      if (figures.fields[field] === undefined) {
        figures.fields[field] = value;
        if (field === 'budget' || figures.figureColumn === undefined) figures.figureColumn = index;
      }
      figures.any = true;
    } else if (rate) figures.rates[rate] ??= value;
    else if (column.role === 'total' && totalColumn === undefined) {
      totalColumn = value;
      totalIndex = index;
    } else if (column.role.startsWith('funding:')) {
      figures.funding[column.role.slice('funding:'.length) as keyof typeof figures.funding] = value;
      figures.any = true;
    } else if (column.role.startsWith('account:')) {
      figures.accounts[column.role.slice('account:'.length) as keyof Accounts] = value;
      figures.any = true;
    }
  });
  if (totalColumn !== undefined && figures.fields.budget === undefined) {
    figures.fields.budget = totalColumn;
    figures.figureColumn = totalIndex;
    figures.any = true;
  }
  return figures;
}

export interface RowLineOptions {
  /** the line's name when the row's label alone names nothing (`1차`, `소계`) */
  name?: string;
  keyProject?: string;
  path?: string[];
  parentKey?: string;
  dated?: ColumnYears;
}

export function lineFromRow(
  row: ReadRow,
  columns: AuditTable['columns'],
  context: ReadingContext,
  collected: Collected,
  fiscalYear: number | undefined,
  category: BudgetLine['category'],
  overrides: RowLineOptions = {},
): BudgetLine | null {
  const figures = figuresOf(row, columns, overrides.dated);
  if (!figures.any) return null;
  const rowIsDepartment = isDepartmentName(row.label);
  const department = rowIsDepartment ? compact(row.label) : (row.department ?? context.department);
  const project = overrides.name ?? row.label;
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
    ...figures.fields,
  };
  // the figure's own cell, where the reader knows the grid (HWP, HWPX, sheets): the source panel
  // marks it in the row
  const col =
    figures.figureColumn === undefined ? undefined : row.sources[figures.figureColumn]?.col;
  if (col !== undefined) line.source.col = col;
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  if (category && category !== 'expenditure') line.category = category;
  if (Object.keys(figures.funding).length > 0) line.funding = figures.funding;
  if (Object.keys(figures.accounts).length > 0) line.accounts = figures.accounts;
  if (Object.keys(figures.rates).length > 0) line.statedRates = figures.rates;
  if (row.leadDepartment) line.leadDepartment = row.leadDepartment;
  if (overrides.parentKey) line.parentKey = overrides.parentKey;
  return line;
}

/**
 * `2024년 당초 | 2024년 최종 | 2025년 예산`: the row's figures for the earlier year, as that
 * year's line (당초 = originalBudget, 최종 = currentBudget, 추경 = supplementary). Null when the
 * table has no such columns.
 */
export function earlierYearLine(
  row: ReadRow,
  dated: ColumnYears,
  base: BudgetLine,
  collected: Collected,
): BudgetLine | null {
  const fields: Partial<Record<MoneyField, number>> = {};
  let year: number | undefined;
  row.values.forEach((value, index) => {
    const earlier = earlierRevision(index, dated);
    if (earlier === undefined || value === null || value === undefined) return;
    year ??= earlier;
    if (earlier !== year) return;
    const revision = dated.revisions[index];
    const field =
      revision === 'original'
        ? 'originalBudget'
        : revision === 'final'
          ? 'currentBudget'
          : 'supplementary';
    fields[field] ??= value;
  });
  if (year === undefined) return null;
  const key = collected.keys.next({
    fiscalYear: year,
    department: base.department,
    project: base.project,
  });
  const line: BudgetLine = { key, fiscalYear: year, project: base.project, source: base.source };
  Object.assign(line, fields);
  if (base.department) line.department = base.department;
  if (base.bureau) line.bureau = base.bureau;
  if (base.category) line.category = base.category;
  return line;
}
