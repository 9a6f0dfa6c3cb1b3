import type { AuditTable, CellValue, ColumnRole, TableRow } from '../model/table';
import { MONEY_UNITS, type MoneyUnit, type TableUnit } from '../money/types';
import { exactDecimals, formatWon } from '../money/format';

export const RATE_ROLES: ReadonlySet<ColumnRole> = new Set([
  'changeRate',
  'executionRate',
  'obligationRate',
  'projectedRate',
  'collectionRate',
]);
const NOT_SUMMABLE: ReadonlySet<ColumnRole> = new Set(['label', 'text', ...RATE_ROLES]);

/** A cell as a figure: a number, 0 for a dash (nothing) or a missing cell, null for text. */
export function cellFigure(cell: CellValue | undefined): number | null {
  if (cell === undefined || cell.kind === 'nothing') return 0;
  if (cell.kind === 'text') return null;
  return isUsable(cell.value) ? cell.value : null;
}

/** Finite and within safe integers (sums are checked for exactness where they are made). */
function isUsable(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/** A cell that states a number (not a dash, not text, not a percentage). */
export function statedNumber(cell: CellValue | undefined): number | null {
  if (cell?.kind !== 'number' || !isUsable(cell.value)) return null;
  return cell.value;
}

export function isPercentCell(cell: CellValue | undefined): boolean {
  return cell !== undefined && cell.text.includes('%');
}

/**
 * A column of shares (`비중`, `구성비`, `(%)`, or a table in `(단위: %)`): its 합계 row is the
 * share of the whole, a weighted average of the rows' shares, and adds them up only when it is 100.
 */
export function isShareColumn(table: AuditTable, column: number): boolean {
  const label = table.columns[column]?.label ?? '';
  if (/비중|비율|구성비|점유율|%/.test(label)) return true;
  return table.unit?.kind === 'count' && /^%$|^％$|퍼센트/.test(table.unit.label.trim());
}

export function decimalsOf(cell: CellValue | undefined): number {
  if (cell?.kind !== 'number') return 0;
  // the printed text is the truth: a money cell may arrive with decimals 0 but read `296.6`
  const printed = /\d\.(\d+)/.exec(cell.text)?.[1]?.length ?? 0;
  const stated = Number.isInteger(cell.decimals) ? cell.decimals : 0;
  return Math.min(Math.max(stated, printed, 0), 6);
}

/** Columns that can hold a sum: not labels, text or rates. */
export function summableColumns(table: AuditTable): number[] {
  return table.columns.flatMap((column, index) => (NOT_SUMMABLE.has(column.role) ? [] : [index]));
}

export function columnsWithRole(table: AuditTable, role: ColumnRole): number[] {
  return table.columns.flatMap((column, index) => (column.role === role ? [index] : []));
}

/** The nearest column at or before `before` (else the first anywhere) with one of `roles`. */
export function nearestColumn(
  table: AuditTable,
  roles: readonly ColumnRole[],
  before: number,
): number | undefined {
  for (const role of roles) {
    const indexes = columnsWithRole(table, role);
    const preceding = indexes.filter((index) => index < before);
    const chosen = preceding.at(-1) ?? indexes[0];
    if (chosen !== undefined) return chosen;
  }
  return undefined;
}

/** The money unit the table's figures were printed in: declared, or read off a cell. */
export function tableMoneyUnit(table: AuditTable): MoneyUnit | null {
  if (table.unit?.kind === 'money') return table.unit.unit;
  if (table.kind !== 'money') return null;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const unit = inferredUnit(cell);
      if (unit) return unit;
    }
  }
  return null;
}

function inferredUnit(cell: CellValue): MoneyUnit | null {
  if (cell.kind !== 'number' || cell.value === 0 || /[가-힣%]/.test(cell.text)) return null;
  const printed = Number(cell.text.replace(/[^\d.]/g, ''));
  if (!Number.isFinite(printed) || printed === 0) return null;
  const ratio = Math.abs(cell.value) / printed;
  const units = Object.entries(MONEY_UNITS) as [MoneyUnit, number][];
  const match = units.find(([, multiplier]) => Math.abs(ratio / multiplier - 1) < 1e-6);
  return match ? match[0] : null;
}

/** Whether this column's figures are money in this table. */
export function isMoneyColumn(table: AuditTable, column: number): boolean {
  const role = table.columns[column]?.role;
  return table.kind === 'money' && role !== 'count';
}

function countSuffix(unit: TableUnit | undefined): string {
  if (unit?.kind !== 'count' || /[/,%]/.test(unit.label)) return '';
  return unit.label;
}

/** How figures of a column read in a message: '63,871,753천원' or '20명'. */
export function figureWriter(table: AuditTable, column: number): (value: number) => string {
  const unit = tableMoneyUnit(table);
  if (isMoneyColumn(table, column) && unit) {
    return (won) => `${formatWon(won, unit, { decimals: exactDecimals(won, unit) })}${unit}`;
  }
  const suffix = countSuffix(table.unit);
  return (value) => `${formatWon(value, '원', { decimals: exactDecimals(value, '원') })}${suffix}`;
}

/** How a column's figures were printed: the won per printed step and whether they are rounded. */
export interface ColumnScale {
  /** the won one printed step is worth: 1 unit, or 0.1 unit for 296.6억원 */
  step(decimals: number): number;
  /** whether figures are rounded from finer data (백만원, 억원, or decimals shown) */
  isRounded(decimals: number): boolean;
}

/** The column's scale, reading the table's unit once (callers reuse it for every row). */
export function columnScale(table: AuditTable, column: number): ColumnScale {
  const unit = tableMoneyUnit(table);
  const money = isMoneyColumn(table, column) && unit !== null;
  const multiplier = money ? MONEY_UNITS[unit] : 1;
  // `(단위: 개, 조원, %)`: a count table with a column in a rounded money unit, which one unknown
  const roundedUnit =
    (money && MONEY_UNITS[unit] >= 1_000_000) ||
    (table.unit?.kind === 'count' && /백만\s*원|억\s*원|조\s*원/.test(table.unit.label));
  return {
    step: (decimals) => multiplier / 10 ** decimals,
    isRounded: (decimals) => decimals > 0 || roundedUnit,
  };
}

/** The won one printed step of this column is worth: 1 unit, or 0.1 unit for 296.6억원. */
export function printedStep(table: AuditTable, column: number, decimals: number): number {
  return columnScale(table, column).step(decimals);
}

/** Whether figures in this column are rounded from finer data (백만원, 억원, or decimals shown). */
export function isRoundedColumn(table: AuditTable, column: number, decimals: number): boolean {
  return columnScale(table, column).isRounded(decimals);
}

export function rowName(row: TableRow): string {
  return row.label.trim() === '' ? `${row.source.line}번 줄` : row.label.trim();
}

export function columnName(table: AuditTable, column: number): string {
  return table.columns[column]?.label ?? `${column + 1}열`;
}

export function rowLineKey(row: TableRow): { lineKey?: string } {
  return row.lineKey === undefined ? {} : { lineKey: row.lineKey };
}
