import { parseTableUnit } from '../../money/parse';
import type { MoneyUnit } from '../../money/types';
import { isMoneyUnit } from '../../money/units';
import type { CellValue } from '../../model/table';
import { cellText, readAmount, readRate, readYear } from './cells';
import type { ColumnMapping } from './mapping';
import { roleKind, type SheetRole } from './roles';
import type { SheetCell } from './types';

/** The words a row gives for where it sits, as written in the row (not carried down). */
export type RowNames = Partial<
  Record<
    'region' | 'government' | 'bureau' | 'department' | 'program' | 'project' | 'level',
    string
  >
>;

export interface BadCell {
  column: number;
  header: string;
  text: string;
}

/** One data row read under a mapping. Amounts in won; absent = no figure. */
export interface RowRead {
  names: RowNames;
  year?: number;
  /** the unit a per-row unit column gave */
  unit?: MoneyUnit;
  amounts: Partial<Record<SheetRole, number>>;
  rates: Partial<Record<SheetRole, number>>;
  /** per audited column (see `auditColumns`), what the audit sees */
  cells: CellValue[];
  /** amount and rate cells with no figure (`-`, empty, `null`, `N/A`) */
  noFigure: number;
  /** amount and rate cells that hold something that is not a figure */
  bad: BadCell[];
  /** whether any amount or rate was read */
  hasFigures: boolean;
}

const NAME_ROLES = new Set<SheetRole>([
  'region',
  'government',
  'bureau',
  'department',
  'program',
  'project',
  'level',
]);

/** The columns the audit sees: the row's name, then every amount and rate column. */
export function auditColumns(mapping: ColumnMapping): number[] {
  return mapping.columns.flatMap((column) => {
    const kind = roleKind(column.role);
    return kind === 'money' || kind === 'change' || kind === 'rate' ? [column.index] : [];
  });
}

/** A per-row unit column (`단위`: 천원) overrides the mapping's unit for that row. */
function rowUnit(row: readonly SheetCell[], unitColumn: number): MoneyUnit | undefined {
  if (unitColumn < 0) return undefined;
  const text = cellText(row[unitColumn]).replace(/[()\s]/g, '');
  if (isMoneyUnit(text)) return text;
  const declared = parseTableUnit(`단위: ${text}`);
  return declared?.kind === 'money' ? declared.unit : undefined;
}

/**
 * What the audit sees for a cell with no figure: text, which it leaves out of sums and checks. In a
 * report a `-` in a table is a zero; in a spreadsheet an empty, `-` or `null` cell is unknown.
 */
const NO_CELL: CellValue = Object.freeze({ kind: 'text', text: '' });

interface ColumnPlan {
  index: number;
  role: SheetRole;
  kind: 'name' | 'year' | 'rate' | 'amount';
  header: string;
  unit?: MoneyUnit;
  /** its place among the audited columns, or -1 */
  slot: number;
}

interface Plan {
  columns: ColumnPlan[];
  /** the per-row unit column, or -1 */
  unitColumn: number;
}

/** Per mapping, what to do with each used column: worked out once, not once per row. */
const plans = new WeakMap<ColumnMapping, Plan>();

function planOf(mapping: ColumnMapping): Plan {
  const known = plans.get(mapping);
  if (known) return known;
  const audited = auditColumns(mapping);
  const plan = mapping.columns.flatMap((column): ColumnPlan[] => {
    const { role, index, header } = column;
    if (role === 'ignore' || role === 'unit') return [];
    const kind = NAME_ROLES.has(role)
      ? 'name'
      : role === 'fiscalYear'
        ? 'year'
        : roleKind(role) === 'rate'
          ? 'rate'
          : 'amount';
    const planned: ColumnPlan = { index, role, kind, header, slot: audited.indexOf(index) };
    if (column.unit) planned.unit = column.unit;
    return [planned];
  });
  const unitColumn = mapping.columns.find((c) => c.role === 'unit')?.index ?? -1;
  const planned = { columns: plan, unitColumn };
  plans.set(mapping, planned);
  return planned;
}

/** Shared by the rows without bad cells or rates (most): a 200,000-row sheet makes no empty ones. */
const NO_BAD: BadCell[] = Object.freeze([]) as unknown as BadCell[];
const NO_RATES: RowRead['rates'] = Object.freeze({});

function badCell(read: RowRead, bad: BadCell): void {
  if (read.bad === NO_BAD) read.bad = [];
  read.bad.push(bad);
}

/**
 * Reads one row: names, year, amounts (in the column's unit, the row's unit or the mapping's),
 * rates. Cells that are not figures are listed, never read as 0.
 */
export function readRow(
  row: readonly SheetCell[],
  mapping: ColumnMapping,
  audited: readonly number[],
): RowRead {
  const read: RowRead = {
    names: {},
    amounts: {},
    rates: NO_RATES,
    cells: [],
    noFigure: 0,
    bad: NO_BAD,
    hasFigures: false,
  };
  const plan = planOf(mapping);
  const perRow = rowUnit(row, plan.unitColumn);
  if (perRow) read.unit = perRow;
  const cells: CellValue[] = new Array<CellValue>(audited.length).fill(NO_CELL);
  for (const column of plan.columns) {
    const { role, index, kind } = column;
    const cell = row[index];
    if (kind === 'name') {
      const text = cellText(cell);
      if (text !== '') read.names[role as keyof RowNames] = text;
      continue;
    }
    if (kind === 'year') {
      const year = readYear(cell);
      if (year !== undefined) read.year = year;
      else if (cellText(cell) !== '')
        badCell(read, { column: index, header: column.header, text: cellText(cell) });
      continue;
    }
    if (kind === 'rate') {
      const rate = readRate(cell);
      if (rate.kind === 'rate') {
        if (read.rates === NO_RATES) read.rates = {};
        read.rates[role] = rate.value;
        read.hasFigures = true;
        const text = rate.text.includes('%') ? rate.text : `${rate.text}%`;
        cells[column.slot] = {
          kind: 'number',
          value: rate.value,
          decimals: rate.decimals,
          text,
        };
      } else if (rate.kind === 'nothing') {
        read.noFigure++;
        cells[column.slot] = { kind: 'text', text: rate.text };
      } else {
        badCell(read, { column: index, header: column.header, text: rate.text });
        cells[column.slot] = { kind: 'text', text: rate.text };
      }
      continue;
    }
    const amount = readAmount(cell, column.unit ?? perRow ?? mapping.unit);
    if (amount.kind === 'won') {
      read.amounts[role] = amount.won;
      read.hasFigures = true;
      const value = {
        kind: 'number',
        value: amount.won,
        decimals: amount.decimals,
        text: amount.text,
      } as const;
      cells[column.slot] = value;
    } else if (amount.kind === 'nothing') {
      read.noFigure++;
      cells[column.slot] = { kind: 'text', text: amount.text };
    } else {
      badCell(read, { column: index, header: column.header, text: amount.text });
      cells[column.slot] = { kind: 'text', text: amount.text };
    }
  }
  read.cells = cells;
  return read;
}
