import type { TableUnit } from '../../money/types';
import type { ColumnRole, TableColumn } from '../../model/table';
import type { TableBlock } from '../blocks/types';
import { readCell } from './cells';
import { guessRole } from './column-roles';

export const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'budget',
  'previousBudget',
  'currentBudget',
  'originalBudget',
  'supplementary',
  'carriedOver',
  'change',
  'obligated',
  'spent',
  'projectedSpend',
  'projectedLapse',
  'collected',
  'total',
  'funding:national',
  'funding:city',
  'funding:province',
  'funding:district',
  'funding:fund',
  'funding:specialGrant',
  'funding:other',
]);

export const RATE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'changeRate',
  'obligationRate',
  'executionRate',
  'projectedRate',
  'collectionRate',
]);

const NAME_HEADERS = [
  '사업명',
  '세부사업명',
  '세부사업',
  '단위사업명',
  '단위사업',
  '사업',
  '내역',
  '과목',
  '부서명',
  '부서',
  '구분',
];

export interface ColumnPlan {
  columns: TableColumn[];
  /** index of the column that names each row */
  nameColumn: number;
  /** a year per column, where the header wrote one */
  years: (number | undefined)[];
}

function isTextual(table: TableBlock, column: number, unit: TableUnit | null): boolean {
  let figures = 0;
  let words = 0;
  for (const row of table.rows) {
    const text = row.cells[column]?.text ?? '';
    if (text.trim() === '') continue;
    const { cell } = readCell(text, unit);
    if (cell.kind === 'text') words++;
    else figures++;
  }
  return words > figures;
}

/** Roles of a table's columns, with year columns sorted into this year's and last year's budget. */
export function planColumns(table: TableBlock, unit: TableUnit | null): ColumnPlan {
  const guesses = table.columnLabels.map((label) => guessRole(label));
  const columns: TableColumn[] = guesses.map((guess, index) => ({
    role: guess.role,
    label: table.columnLabels[index] ?? '',
  }));
  const years = guesses.map((guess) => guess.year);
  for (const role of ['budget', 'currentBudget'] as const) {
    // a dated group's 계 (`2025년 예산/계 | 국비 | … | 2024년 예산`) counts as that year's budget
    const dated = columns
      .map((column, index) => ({ column, year: years[index] }))
      .filter(
        (entry) =>
          (entry.column.role === role || (role === 'budget' && entry.column.role === 'total')) &&
          entry.year !== undefined,
      );
    if (dated.length < 2) continue;
    const latest = Math.max(...dated.map((entry) => entry.year!));
    for (const entry of dated)
      if (entry.year !== latest && entry.column.role === role) entry.column.role = 'previousBudget';
  }
  const textual = columns.map((_, index) => isTextual(table, index, unit));
  let nameColumn = -1;
  for (const header of NAME_HEADERS) {
    nameColumn = table.columnLabels.findIndex((label, index) => label === header && textual[index]);
    if (nameColumn >= 0) break;
  }
  if (nameColumn < 0) nameColumn = textual.findIndex((isText) => isText);
  if (nameColumn < 0) nameColumn = 0;
  columns.forEach((column, index) => {
    if (index === nameColumn) column.role = 'label';
    else if (textual[index] && (column.role === 'other' || MONEY_ROLES.has(column.role)))
      column.role = 'text';
  });
  return { columns, nameColumn, years };
}
