import { MONEY_UNITS, type TableUnit } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import type { LocalizedText } from '../../model/localized-text';
import type { AuditTable, TableColumn, TableRow } from '../../model/table';
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { ReadingContext } from './context';
import { accountsOfTotal } from './account-rows';
import { readCountTable } from './count-table';
import { wholeCostColumns } from './cost-columns';
import { inferHierarchy, type Parents } from './hierarchy';
import { readInvestmentRow } from './investment-row';
import { isBlankForm } from './blank-form';
import { readSpecialTable } from './money-layouts';
import { earlierYearLine, lineFromRow, type ColumnYears } from './row-lines';
import { isProjectCostTable, stageOrTotalName, yearRowName } from './stage-rows';
import { warn, type Collected } from './sink';
import { linkSubProjects } from './sub-projects';
import { applyCorrection, type TableCorrection } from './table-corrections';
import { MONEY_ROLES, planColumns, type ColumnPlan } from './table-columns';
import { alignHeader, withHeaderRows } from './table-header';
import { LEAD_DEPARTMENT, readRows, type ReadRow } from './table-rows';
import { categoryOf, hasExplicitMoney, unitOf } from './table-unit';
import { captionYear, rowYears, tableYear } from './table-year';
import { unfoldTwinColumns } from './twin-columns';

const UNIT_ASSUMED: LocalizedText = {
  ko: '단위(천원)를 가정',
  en: 'the unit (천원, assumed: the table states none)',
};

/** The hierarchy's origin: labelled rows (계, 소계) or the figures adding up. */
function hierarchyKind(rows: readonly ReadRow[], parents: Parents): AuditTable['hierarchy'] {
  const guessed = parents.some(
    (parent, index) => parent !== undefined && parent !== index && !rows[parent]?.isTotal,
  );
  return guessed ? 'sums' : 'explicit';
}

function shiftedColumns(columns: TableColumn[], shifted: readonly number[]): void {
  for (const index of shifted) {
    const column = columns[index];
    if (!column || column.inferred) continue;
    column.inferred = {
      ko: `머리글 '${column.label}'을(를) 한 칸 옮겨 읽은 열`,
      en: `header '${column.label}' moved one column over its figures`,
    };
  }
}

/** A table as it will be read: its header settled, any correction the user made applied. */
export function settleTable(
  block: TableBlock,
  correction: TableCorrection | undefined,
): { table: TableBlock; shifted: number[] } {
  const reheaded = withHeaderRows(block, correction?.headerRows);
  return correction?.headerRows !== undefined
    ? { table: reheaded, shifted: [] }
    : alignHeader(reheaded);
}

/**
 * A money table (세입/세출 총괄, a per-project execution table, a budget summary, a sub-project
 * table): an audit table with column roles and its hierarchy, and a budget line per row.
 */
export function readMoneyTable(
  block: TableBlock,
  context: ReadingContext,
  collected: Collected,
  correction?: TableCorrection,
): void {
  // read as the reader found its header: settling would take the year row for data
  if (!correction && readInvestmentRow(block, context, collected)) return;
  const { table, shifted } = settleTable(unfoldTwinColumns(block), correction);
  if (!correction && readSpecialTable(table, context, collected)) return;
  let unit: TableUnit | null = correction?.unit
    ? { kind: 'money', unit: correction.unit }
    : unitOf(table);
  if (unit?.kind === 'count') return readCountTable(table, unit, collected);
  const plan = planColumns(table, unit, context.fiscalYear);
  if (!correction) wholeCostColumns(plan, table, collected);
  if (correction) applyCorrection(plan, correction);
  shiftedColumns(plan.columns, shifted);
  if (!correction && isBlankForm(table, plan.columns)) {
    warn(collected, table.line, {
      ko: `금액 칸이 모두 비어 있는 서식 표는 읽지 않았습니다: ${table.columnLabels.filter(Boolean).join(', ')}`,
      en: `a form whose figure cells are all empty was not read: ${table.columnLabels.filter(Boolean).join(', ')}`,
    });
    return;
  }
  const moneyColumns = plan.columns.filter((column) => MONEY_ROLES.has(column.role));
  let unitInferred: LocalizedText | undefined;
  if (unit?.kind !== 'money' && !hasExplicitMoney(table)) {
    if (moneyColumns.length === 0) return readCountTable(table, unit, collected);
    unit = { kind: 'money', unit: '천원' };
    unitInferred = UNIT_ASSUMED;
    warn(collected, table.line, {
      ko: `표에 단위가 없어 천원으로 읽었습니다: ${table.columnLabels.filter(Boolean).join(', ')}`,
      en: `the table states no unit; read as 천원 (thousand won): ${table.columnLabels.filter(Boolean).join(', ')}`,
    });
  }
  if (moneyColumns.length === 0) {
    warn(collected, table.line, {
      ko: `금액 표의 열을 알아보지 못했습니다: ${table.columnLabels.filter(Boolean).join(', ')}`,
      en: `could not tell the money table's columns: ${table.columnLabels.filter(Boolean).join(', ')}`,
    });
  }
  const rows = readRows(table, unit, plan.columns, plan.nameColumn, collected);
  const totalIndex = rows.findIndex((row) => row.isTotal);
  const parents = correction?.parents
    ? correction.parents.map((parent) => (parent === null ? undefined : parent))
    : inferParents(rows, plan, unit, totalIndex);
  const auditRows = rows.map((row, index) => auditRowOf(row, parents[index]));
  const audit: AuditTable = {
    kind: 'money',
    columns: plan.columns,
    rows: auditRows,
    source: { line: table.line },
    hierarchy: correction?.parents ? 'explicit' : hierarchyKind(rows, parents),
  };
  if (unit?.kind === 'money') audit.unit = unit;
  if (unitInferred) audit.unitInferred = unitInferred;
  if (table.caption) audit.caption = table.caption.text;
  collected.tables.push(audit);
  readLines({ table, plan, rows, auditRows, parents, totalIndex, context, collected });
}

function inferParents(
  rows: readonly ReadRow[],
  plan: ColumnPlan,
  unit: TableUnit | null,
  totalIndex: number,
): Parents {
  const additive = plan.columns.map(
    (column) => MONEY_ROLES.has(column.role) && column.role !== 'total',
  );
  const figures = rows.map((row) =>
    row.figures.map((value, index) => (additive[index] ? value : null)),
  );
  const multiplier = unit?.kind === 'money' ? MONEY_UNITS[unit.unit] : 1;
  const tolerance = multiplier >= 1_000_000 ? multiplier * 2 : 0;
  return inferHierarchy(figures, totalIndex >= 0 ? { totalIndex, tolerance } : { tolerance });
}

function auditRowOf(row: ReadRow, parent: number | undefined): TableRow {
  const auditRow: TableRow = {
    label: row.label,
    isTotal: row.isTotal,
    cells: row.cells,
    source: { line: row.line, text: row.raw },
  };
  if (row.sources.some((source) => source !== undefined)) auditRow.cellSources = row.sources;
  if (parent !== undefined) auditRow.parentIndex = parent;
  return auditRow;
}

interface LineInput {
  table: TableBlock;
  plan: ColumnPlan;
  rows: ReadRow[];
  auditRows: TableRow[];
  parents: Parents;
  totalIndex: number;
  context: ReadingContext;
  collected: Collected;
}

/** The table's rows as budget lines: a sub-project table's under its project, else one per row. */
function readLines(input: LineInput): void {
  const { table, plan, rows, auditRows, parents, totalIndex, context, collected } = input;
  const lead = plan.columns.findIndex(
    (column, index) =>
      column.role === 'text' && LEAD_DEPARTMENT.test(table.columnLabels[index] ?? ''),
  );
  const project = context.project();
  const total = totalIndex >= 0 ? rows[totalIndex] : undefined;
  const addsUp =
    project?.amount !== undefined &&
    MAIN_ROLES.some((role) => {
      const stated = total ? moneyIn(total, plan.columns, role) : undefined;
      return (stated ?? sumWithoutTotal(rows, plan.columns, role)) === project.amount;
    });
  if (project && (lead >= 0 || addsUp)) {
    const linkedBy = addsUp ? 'sum' : 'layout';
    linkSubProjects({
      rows,
      auditRows,
      plan,
      project,
      context,
      collected,
      total,
      parents,
      linkedBy,
    });
    return;
  }
  const yearOfColumns = tableYear(plan.columns, plan.years);
  const yearOfCaption = yearOfColumns === undefined ? captionYear(table) : undefined;
  if (yearOfCaption !== undefined) (collected.captionYears ??= []).push(yearOfCaption);
  const yearOfTable = yearOfColumns ?? yearOfCaption;
  const category = categoryOf(
    table,
    rows.map((row) => compact(row.label)),
  );
  const dated: ColumnYears = { years: plan.years, revisions: plan.revisions };
  const year = yearOfTable ?? context.fiscalYear;
  dated.year = year;
  const lineKeys: (string | undefined)[] = [];
  const projectTable = isProjectCostTable(rows, plan.columns);
  const rowLines: (BudgetLine | undefined)[] = [];
  const byRow =
    yearOfColumns === undefined
      ? rowYears(
          rows.map((row) => row.label),
          rows.map((row) => row.isTotal),
        )
      : undefined;
  rows.forEach((row, index) => {
    if (row.label === '' && !row.isTotal) return;
    // a total row is a line of its own, a summary beside the rows it adds up
    const rowCategory =
      row.isTotal && category === 'expenditure' ? 'summary' : (row.side ?? category);
    const rowYear = byRow?.[index] ?? yearOfTable;
    const name =
      byRow?.[index] !== undefined && !row.isTotal
        ? yearRowName(context)
        : stageOrTotalName(row, context, projectTable);
    const line = lineFromRow(row, plan.columns, context, collected, rowYear, rowCategory, {
      dated,
      ...(name === undefined ? {} : { name }),
    });
    if (!line) return;
    const parent = parents[index];
    const parentKey =
      !row.isTotal && parent !== undefined && parent !== totalIndex ? lineKeys[parent] : undefined;
    if (parentKey) line.parentKey = parentKey;
    lineKeys[index] = line.key;
    rowLines[index] = line;
    auditRows[index]!.lineKey = line.key;
    collected.lines.push(line);
    const earlier = earlierYearLine(row, dated, line, collected);
    if (earlier) collected.lines.push(earlier);
  });
  if (totalIndex >= 0)
    accountsOfTotal(
      rows.map((row) => row.label),
      rowLines,
      parents,
      totalIndex,
    );
}

/** The columns whose total may be the project's amount (its budget, or its multi-year cost). */
const MAIN_ROLES = ['budget', 'currentBudget', 'total', 'totalCost'] as const;

/** A table with no 계 row: what its rows add up to in a column, when there are several. */
function sumWithoutTotal(
  rows: ReadRow[],
  columns: AuditTable['columns'],
  role: (typeof MAIN_ROLES)[number],
): number | undefined {
  const items = rows.filter((row) => row.label !== '' && !row.isTotal);
  if (items.length < 2) return undefined;
  let sum = 0;
  for (const row of items) {
    const value = moneyIn(row, columns, role);
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

function moneyIn(
  row: ReadRow,
  columns: AuditTable['columns'],
  role: (typeof MAIN_ROLES)[number],
): number | undefined {
  const index = columns.findIndex((column) => column.role === role);
  const value = index >= 0 ? row.values[index] : null;
  return value ?? undefined;
}
