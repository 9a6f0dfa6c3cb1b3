/** The cells a finding used and its arithmetic written out, so a member can check it in seconds. */
import type { BudgetLine, FindingCell } from '../model/report';
import type { LocalizedText } from '../model/localized-text';
import type { AuditTable, TableRow } from '../model/table';
import { columnName, rowName } from './table-view';

/** A figure in the arithmetic: what the document calls it and its value. */
export interface Term {
  name: string;
  value: number;
}

export type Write = (value: number) => string;

/** Beyond this many parts the arithmetic shows the first ones and how many were left out. */
const MAX_TERMS = 12;

/** A table cell the check used: its line, the cell's position where known, row and column names. */
export function tableCell(
  table: AuditTable,
  row: TableRow,
  column: number,
  value: number,
): FindingCell {
  const position = row.cellSources?.[column];
  const cell: FindingCell = { line: row.source.line, ...position };
  if (position === undefined) copyPosition(row.source, cell);
  cell.rowLabel = rowName(row);
  cell.columnLabel = columnName(table, column);
  cell.value = value;
  return cell;
}

/** A figure of a budget line the check used. */
export function lineCell(line: BudgetLine, field: string, value: number): FindingCell {
  const cell: FindingCell = { line: line.source.line };
  copyPosition(line.source, cell);
  cell.rowLabel = line.project;
  cell.columnLabel = field;
  cell.value = value;
  return cell;
}

function copyPosition(from: BudgetLine['source'], to: FindingCell): void {
  if (from.page !== undefined) to.page = from.page;
  if (from.box !== undefined) to.box = from.box;
  if (from.section !== undefined) to.section = from.section;
  if (from.paragraph !== undefined) to.paragraph = from.paragraph;
  if (from.table !== undefined) to.table = from.table;
  if (from.row !== undefined) to.row = from.row;
  if (from.col !== undefined) to.col = from.col;
  if (from.sheet !== undefined) to.sheet = from.sheet;
}

function term(item: Term, write: Write): string {
  return item.name === '' ? write(item.value) : `${item.name} ${write(item.value)}`;
}

function listed(parts: readonly Term[], write: Write, joiner: string): string {
  const shown = parts.slice(0, MAX_TERMS).map((part) => term(part, write));
  const rest = parts.length - shown.length;
  return rest > 0 ? `${shown.join(joiner)}${joiner}…(${rest})` : shown.join(joiner);
}

/** `A 300 + B 400 = 700 ≠ 계 710 (차이 10)`. */
export function sumArithmetic(stated: Term, parts: readonly Term[], write: Write): LocalizedText {
  const sum = parts.reduce((total, part) => total + part.value, 0);
  const gap = write(Math.abs(stated.value - sum));
  const body = `${listed(parts, write, ' + ')} = ${write(sum)} ≠ ${term(stated, write)}`;
  return { ko: `${body} (차이 ${gap})`, en: `${body} (off by ${gap})` };
}

/** `예산 1,200 − 전년도 1,000 = 200 ≠ 증감 210 (차이 10)`. */
export function differenceArithmetic(
  stated: Term,
  minuend: Term,
  subtrahend: Term,
  write: Write,
): LocalizedText {
  const computed = minuend.value - subtrahend.value;
  const gap = write(Math.abs(stated.value - computed));
  const body = `${term(minuend, write)} − ${term(subtrahend, write)} = ${write(computed)} ≠ ${term(stated, write)}`;
  return { ko: `${body} (차이 ${gap})`, en: `${body} (off by ${gap})` };
}

/** `지출액 450 ÷ 예산현액 1,000 × 100 = 45.0% ≠ 집행률 47.0%`. */
export function rateArithmetic(
  how: string,
  computed: string,
  stated: Term,
  printed: string,
): LocalizedText {
  const body = `${how} × 100 = ${computed} ≠ ${stated.name} ${printed}`;
  return { ko: body, en: body };
}
