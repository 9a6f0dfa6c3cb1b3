/**
 * A group-label row that states its group's total in words (`앵커시설 ▹ 10건, 2,099억원`, `17개 사업,
 * 2,727억원`) over the rows it heads: the stated count proves which rows belong to it, the stated
 * amount is checked against their sum at the precision it was printed in.
 */
import type { Finding, FindingCell } from '../../model/report';
import type { AuditTable, TableRow } from '../../model/table';
import { findAmounts } from '../../money/amounts';
import { MONEY_UNITS, type MoneyUnit } from '../../money/types';
import { formatWon } from '../../money/format';
import { makeFinding } from '../finding';
import { sumArithmetic, tableCell } from '../evidence';
import {
  cellFigure,
  columnName,
  isMoneyColumn,
  statedNumber,
  summableColumns,
  tableMoneyUnit,
} from '../table-view';

/** `10건`, `17개 사업`, `4개소`, `3개 과제` — how many rows the label counts. */
const COUNT_ALL = /(\d{1,4})\s*(?:건|개\s*(?:사업|과제|소|분야)?)(?![가-힣\d])/g;

export interface GroupStatement {
  index: number;
  count: number;
  won: number;
  /** the unit and decimals the amount was printed in */
  unit: MoneyUnit;
  decimals: number;
  text: string;
  /** the label's other figures after the amount (`225` of `(시비 225)`), in the amount's unit */
  otherFigures: number[];
  /** the label as printed (`앵커시설 ▹ 10건, 2,099억원(시비 225)`) */
  name: string;
}

function rowText(row: TableRow): string {
  const texts = row.cells.map((cell) => cell.text);
  return [row.label, ...texts].join(' ');
}

/** A row with no figure of its own whose text states a count and an amount with its unit. */
export function groupStatement(row: TableRow, index: number): GroupStatement | null {
  if (row.cells.some((cell) => cell.kind === 'number')) return null;
  const text = rowText(row);
  const found = findAmounts(text).find((amount) => amount.value.kind === 'money');
  const amount = found?.value;
  if (!found || amount?.kind !== 'money' || amount.approximate || amount.won <= 0) return null;
  // the count nearest before the amount: `13개 구, 17개 과제, 2,727억원` counts 17
  const counts = [...text.slice(0, found.start).matchAll(COUNT_ALL)];
  const count = counts.at(-1);
  if (!count) return null;
  return {
    index,
    count: Number(count[1]),
    won: amount.won,
    unit: amount.unit,
    decimals: amount.decimals ?? 0,
    text: amount.text,
    otherFigures: [
      ...text.slice(found.end).matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g),
    ].map((match) => Number(`${match[1]!.replace(/,/g, '')}${match[2] ?? ''}`)),
    name:
      [row.label, ...row.cells.map((cell) => cell.text)]
        .map((part) => part.trim())
        .find((part) => part.includes(amount.text.trim())) ?? text.trim(),
  };
}

/** The label's own cell (the stated figure), where the check starts. */
function labelCell(table: AuditTable, statement: GroupStatement): FindingCell {
  const row = table.rows[statement.index]!;
  const column = Math.max(
    0,
    row.cells.findIndex((cell) => cell.text.includes(statement.text.trim())),
  );
  return tableCell(table, row, column, statement.won);
}

/** The one money column the member rows fill; none when two could be meant. */
function moneyColumn(table: AuditTable, members: readonly number[]): number | undefined {
  const filled = summableColumns(table).filter(
    (column) =>
      isMoneyColumn(table, column) &&
      !/^(?:funding|account):/.test(table.columns[column]?.role ?? '') &&
      members.some((member) => statedNumber(table.rows[member]?.cells[column]) !== null),
  );
  return filled.length === 1 ? filled[0] : undefined;
}

/** Rows a statement heads: the figure rows after it up to the next statement. */
function followers(
  table: AuditTable,
  statement: GroupStatement,
  statements: ReadonlySet<number>,
): number[] {
  const members: number[] = [];
  for (let index = statement.index + 1; index < table.rows.length; index++) {
    if (statements.has(index)) break;
    members.push(index);
  }
  return members;
}

/**
 * Whether a stated amount is the sum printed at its precision: rounded half away from zero or cut
 * off, with each member's own rounding (half a step of the table's unit) allowed on top.
 */
export function agreesAtPrecision(
  stated: number,
  sum: number,
  step: number,
  memberSlack: number,
): boolean {
  const gap = Math.abs(stated - sum);
  if (gap * 2 <= step + 2 * memberSlack) return true;
  const truncated = Math.trunc(sum / step) * step;
  return Math.abs(stated - truncated) <= memberSlack;
}

function checkGroup(
  table: AuditTable,
  statement: GroupStatement,
  members: readonly number[],
  scope: 'group' | 'table',
): Finding[] {
  const column = moneyColumn(table, members);
  const unit = tableMoneyUnit(table);
  if (column === undefined || unit === null) return [];
  let sum = 0;
  for (const member of members) {
    const figure = cellFigure(table.rows[member]?.cells[column]);
    if (figure === null) return [];
    sum += figure;
  }
  const step = MONEY_UNITS[statement.unit] / 10 ** statement.decimals;
  const memberSlack = (members.length * MONEY_UNITS[unit]) / 2;
  // a label in a finer unit than the table's cannot be judged at its own precision
  if (step < MONEY_UNITS[unit]) return [];
  if (agreesAtPrecision(statement.won, sum, step, memberSlack)) return [];
  // the rows may hold one part the label names (`(시비 225)`, `국비 60`): then they are right
  const named = statement.otherFigures.map((figure) => figure * MONEY_UNITS[statement.unit]);
  if (named.some((part) => agreesAtPrecision(part, sum, step, memberSlack))) return [];
  const row = table.rows[statement.index]!;
  const write = (won: number) => `${formatWon(won, unit)}${unit}`;
  const inStated = formatWon(sum, statement.unit, { decimals: statement.decimals + 2 })
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  const parts = members.map((member) => ({
    name: table.rows[member]!.label.trim(),
    value: cellFigure(table.rows[member]!.cells[column]) ?? 0,
  }));
  const name = statement.name;
  const what =
    scope === 'group' ? `아래 ${members.length}개 행` : `표의 ${members.length}개 행 전체`;
  const whatEn =
    scope === 'group' ? `the ${members.length} rows below it` : `all ${members.length} rows`;
  // the label's unit is printed, the rows' is the table's: assumed, it decides the whole check
  const guess = table.unitInferred;
  return [
    makeFinding({
      severity: 'error',
      code: 'total-mismatch',
      ko: `묶음 머리 '${name}'의 금액은 ${statement.text}이나 ${what}의 ${columnName(table, column)} 합계는 ${write(sum)}(${inStated}${statement.unit})입니다`,
      en: `The group label '${name}' states ${statement.text}, but ${whatEn} add up to ${write(sum)} (${inStated}${statement.unit}) in '${columnName(table, column)}'`,
      stated: statement.won,
      computed: sum,
      source: row.source,
      cells: [
        labelCell(table, statement),
        ...members.map((member) =>
          tableCell(table, table.rows[member]!, column, parts[members.indexOf(member)]!.value),
        ),
      ],
      arithmetic: sumArithmetic({ name, value: statement.won }, parts, write),
      ...(guess ? { inferred: [guess] } : {}),
    }),
  ];
}

/**
 * Group-label rows against the rows they head. A statement whose count equals the figure rows up
 * to the next statement heads those; one whose count equals every figure row of the table is the
 * table's total. Any other count proves nothing, and nothing is checked.
 */
export function auditGroupLabels(table: AuditTable): Finding[] {
  if (table.kind !== 'money') return [];
  const statements = table.rows.flatMap((row, index) => groupStatement(row, index) ?? []);
  if (statements.length === 0) return [];
  const indexes = new Set(statements.map((statement) => statement.index));
  const figureRows = table.rows.flatMap((_, index) => (indexes.has(index) ? [] : [index]));
  // rows that are totals or explicit sub-rows of others would be counted twice
  const nested = (index: number) =>
    table.rows[index]!.isTotal ||
    (table.hierarchy !== 'sums' && table.rows[index]!.parentIndex !== undefined);
  if (figureRows.some(nested)) return [];
  const findings: Finding[] = [];
  for (const statement of statements) {
    const members = followers(table, statement, indexes);
    if (members.length > 0 && members.length === statement.count)
      findings.push(...checkGroup(table, statement, members, 'group'));
    else if (statement.count === figureRows.length && figureRows.length > 1)
      findings.push(...checkGroup(table, statement, figureRows, 'table'));
  }
  return findings;
}
