import { parseTableUnit } from '../../money/parse';
import { MONEY_UNITS, type MoneyUnit, type TableUnit } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { ReadingContext } from './context';
import { inferHierarchy } from './hierarchy';
import { lineFromRow } from './row-lines';
import { warn, type Collected } from './sink';
import { MONEY_ROLES, planColumns } from './table-columns';
import { linkSubProjects } from './sub-projects';
import { captionYear, tableYear } from './table-year';
import { LEAD_DEPARTMENT, readRows, type ReadRow } from './table-rows';

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const MONEY_IN_TEXT = /\d\s*(?:천원|백만원|억원|조원|만원|억)(?![가-힣])/;
/** `예산액(백만원)`, `금액 (천원)`: a unit written in the column headers instead of a unit line. */
function headerUnit(table: TableBlock): TableUnit | null {
  for (const label of table.columnLabels) {
    const match = /[(（](조원|억원|백만원|천원|원)[)）]/.exec(label);
    if (match) return { kind: 'money', unit: match[1] as MoneyUnit };
  }
  return null;
}

function unitOf(table: TableBlock): TableUnit | null {
  return (
    parseTableUnit(table.unit?.text ?? '') ??
    parseTableUnit(table.caption?.text ?? '') ??
    headerUnit(table)
  );
}

function hasExplicitMoney(table: TableBlock): boolean {
  return table.rows.some((row) =>
    row.cells.some((cell) => /^[△-]?\s*[\d,.]+\s*(?:천원|백만원|억원|원)$/.test(cell.text.trim())),
  );
}

function categoryOf(table: TableBlock, labels: readonly string[]): BudgetLine['category'] {
  const caption = compact(table.caption?.text ?? '');
  if (/세입/.test(caption) || labels.some((label) => /세외수입|지방세|세입|교부금$/.test(label)))
    return 'revenue';
  if (labels.some((label) => /^(?:일반회계|특별회계|기금|총계|재원)$/.test(label)))
    return 'summary';
  return 'expenditure';
}

/**
 * A money table (세입/세출 총괄, a per-project execution table, a budget summary, a sub-project
 * table): an audit table with column roles and inferred hierarchy, and a budget line per row.
 */
export function readMoneyTable(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): void {
  let unit = unitOf(table);
  if (unit?.kind === 'count') return readCountTable(table, unit, collected);
  const plan = planColumns(table, unit);
  const moneyColumns = plan.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => MONEY_ROLES.has(column.role));
  const explicit = hasExplicitMoney(table);
  if (unit?.kind !== 'money' && !explicit) {
    if (moneyColumns.length === 0) return readCountTable(table, unit, collected);
    unit = { kind: 'money', unit: '천원' };
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
  const additive = plan.columns.map(
    (column) => MONEY_ROLES.has(column.role) && column.role !== 'total',
  );
  const figures = rows.map((row) =>
    row.figures.map((value, index) => (additive[index] ? value : null)),
  );
  const multiplier = unit?.kind === 'money' ? MONEY_UNITS[unit.unit] : 1;
  const tolerance = multiplier >= 1_000_000 ? multiplier * 2 : 0;
  const parents = inferHierarchy(
    figures,
    totalIndex >= 0 ? { totalIndex, tolerance } : { tolerance },
  );

  const auditRows: TableRow[] = rows.map((row, index) => {
    const auditRow: TableRow = {
      label: row.label,
      isTotal: row.isTotal,
      cells: row.cells,
      source: { line: row.line, text: row.raw },
    };
    const parent = parents[index];
    if (parent !== undefined) auditRow.parentIndex = parent;
    return auditRow;
  });
  const audit: AuditTable = {
    kind: 'money',
    columns: plan.columns,
    rows: auditRows,
    source: { line: table.line },
  };
  if (table.caption) audit.caption = table.caption.text;
  collected.tables.push(audit);

  const lead = plan.columns.findIndex(
    (column, index) =>
      column.role === 'text' && LEAD_DEPARTMENT.test(table.columnLabels[index] ?? ''),
  );
  const project = context.project();
  const total = totalIndex >= 0 ? rows[totalIndex] : undefined;
  const totalBudget = total ? firstMoney(total, plan.columns) : undefined;
  const statedTotal = totalBudget ?? (project ? sumWithoutTotal(rows, plan.columns) : undefined);
  const addsUp = statedTotal !== undefined && statedTotal === project?.amount;
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
  const lineKeys: (string | undefined)[] = [];
  rows.forEach((row, index) => {
    if (row.isTotal || row.label === '') return;
    const line = lineFromRow(row, plan.columns, context, collected, yearOfTable, category);
    if (!line) return;
    const parent = parents[index];
    const parentKey = parent !== undefined && parent !== totalIndex ? lineKeys[parent] : undefined;
    if (parentKey) line.parentKey = parentKey;
    lineKeys[index] = line.key;
    auditRows[index]!.lineKey = line.key;
    collected.lines.push(line);
  });
}

/** A table with no 계 row: what its rows add up to (first money column), when there are several. */
function sumWithoutTotal(rows: ReadRow[], columns: AuditTable['columns']): number | undefined {
  const items = rows.filter((row) => row.label !== '');
  if (items.length < 2) return undefined;
  let sum = 0;
  for (const row of items) {
    const value = firstMoney(row, columns);
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

function firstMoney(row: ReadRow, columns: AuditTable['columns']): number | undefined {
  for (const role of ['budget', 'currentBudget', 'total'] as const) {
    const index = columns.findIndex((column) => column.role === role);
    const value = index >= 0 ? row.values[index] : null;
    if (value !== null && value !== undefined) return value;
  }
  return undefined;
}

/** A table of counts (명, 건, 권…) or with no money in it: kept for the audit's row totals, no lines. */
function readCountTable(table: TableBlock, unit: TableUnit | null, collected: Collected): void {
  const plan = planColumns(table, unit);
  const columns = plan.columns.map((column) => ({
    ...column,
    role: (column.role === 'label' || column.role === 'text' ? column.role : 'count') as ColumnRole,
  }));
  const rows = readRows(table, unit, columns, plan.nameColumn, collected);
  const mentionsMoney = table.rows.some((row) =>
    row.cells.some((cell) => MONEY_IN_TEXT.test(cell.text)),
  );
  if (mentionsMoney) {
    const about = table.caption?.text ?? table.columnLabels.filter(Boolean).join(', ');
    warn(collected, table.line, {
      ko: `금액이 적힌 표를 예산 항목으로 읽지 못했습니다: ${shorten(about)}`,
      en: `a table with amounts was not read as budget lines: ${shorten(about)}`,
    });
  }
  if (!rows.some((row) => row.values.some((value) => value !== null))) return;
  const auditRows: TableRow[] = rows.map((row) => ({
    label: row.label,
    isTotal: row.isTotal,
    cells: row.cells,
    source: { line: row.line, text: row.raw },
  }));
  const audit: AuditTable = {
    kind: 'count',
    columns,
    rows: auditRows,
    source: { line: table.line },
  };
  if (table.caption) audit.caption = table.caption.text;
  collected.tables.push(audit);
}
