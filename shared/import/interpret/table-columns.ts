import type { TableUnit } from '../../money/types';
import type { ColumnRole, TableColumn } from '../../model/table';
import type { TableBlock } from '../blocks/types';
import { readCell } from './cells';
import { guessRole, type RoleGuess } from './column-roles';

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
  'totalCost',
  'otherYear',
  'account:general',
  'account:special',
  'account:fund',
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
  '내역사업',
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
  /** 당초/최종/추경 per column, where the header says */
  revisions: RoleGuess['revision'][];
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

/** a column of some account: `기업특별회계`, `비금융성기금`, `세입세출외` */
const ACCOUNT_LIKE = /회계|기금|세입\s*세출\s*외/;

/**
 * `일반회계 | 특별회계 | 기금`: beside an account, 기금 is the fund account, not a funding source.
 * A split into more accounts than the three a line holds (`일반회계 | 특별회계 | 세입세출외 |
 * 비금융성기금 | 기업특별회계 | 합계`) is no account split of the total: its columns stay other
 * figures, so the audit never adds up a part of the accounts against the whole.
 */
function sortAccounts(columns: TableColumn[]): void {
  if (!columns.some((column) => column.role.startsWith('account:'))) return;
  for (const column of columns)
    if (column.role === 'funding:fund' || /^기금/.test(column.label)) column.role = 'account:fund';
  const accountLike = columns.filter(
    (column) =>
      column.role.startsWith('account:') ||
      (ACCOUNT_LIKE.test(column.label) && !['total', 'budget'].includes(column.role)),
  );
  const roles = new Set(accountLike.map((column) => column.role));
  if (
    accountLike.every((column) => column.role.startsWith('account:')) &&
    roles.size === accountLike.length
  )
    return;
  for (const column of accountLike) column.role = 'other';
}

/**
 * Year columns: in a multi-year plan (a 총사업비 column, or `'23년 이전 | '24년 | '25년 | '26년 이후`)
 * the year the document is about is the budget and the others are other years' money; in a
 * comparison (`2025년 예산 | 2024년 예산`) the latest is this year's budget and the others last year's.
 */
function sortYears(
  columns: TableColumn[],
  years: (number | undefined)[],
  fiscalYear: number | undefined,
): void {
  const multiYear =
    columns.some((column) => column.role === 'totalCost') ||
    columns.some((column) => /이전|이후|까지/.test(column.label) && /\d\s*년/.test(column.label));
  if (multiYear) {
    columns.forEach((column, index) => {
      const year = years[index];
      if (column.role !== 'budget' || year === undefined) {
        if (/이전|이후/.test(column.label) && column.role === 'other') column.role = 'otherYear';
        return;
      }
      if (fiscalYear !== undefined && year !== fiscalYear) column.role = 'otherYear';
    });
    return;
  }
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
  // `2024년 당초 | 2024년 최종 | 2025년 예산`: last year's revisions, seen from this year's table
  const main = Math.max(
    ...columns.flatMap((column, index) =>
      ['budget', 'currentBudget', 'total'].includes(column.role) && years[index] !== undefined
        ? [years[index]!]
        : [],
    ),
  );
  if (!Number.isFinite(main)) return;
  columns.forEach((column, index) => {
    const year = years[index];
    if (year !== undefined && year < main && column.role === 'currentBudget')
      column.role = 'previousBudget';
  });
}

/** `집행률(%)(10.31기준)`: a rate names the day its part was counted; link it to that column. */
function linkDatedRates(columns: TableColumn[], dates: (string | undefined)[]): void {
  columns.forEach((column, index) => {
    const date = dates[index];
    if (date === undefined || !RATE_ROLES.has(column.role)) return;
    const part = columns.findIndex(
      (other, at) =>
        at !== index &&
        dates[at] === date &&
        ['spent', 'projectedSpend', 'obligated'].includes(other.role),
    );
    if (part < 0) return;
    column.partColumn = part;
    if (columns[part]!.role === 'projectedSpend' && column.role === 'executionRate')
      column.role = 'projectedRate';
  });
}

/** Roles of a table's columns, with year columns sorted into this year's and last year's budget. */
/**
 * `당초 | 추경 | 증감액` (a supplementary budget statement): 증감 is 추경 − 당초, so the 추경
 * column holds the budget after the revision, not the amount added by it.
 */
function revisedTotals(columns: TableColumn[]): void {
  const has = (role: TableColumn['role']) => columns.some((column) => column.role === role);
  if (!has('originalBudget') || !has('change') || has('currentBudget')) return;
  const revised = columns.filter((column) => column.role === 'supplementary');
  if (revised.length !== 1) return;
  revised[0]!.role = 'currentBudget';
}

export function planColumns(
  table: TableBlock,
  unit: TableUnit | null,
  fiscalYear?: number,
): ColumnPlan {
  const guesses = table.columnLabels.map((label) => guessRole(label));
  const columns: TableColumn[] = guesses.map((guess, index) => ({
    role: guess.role,
    label: table.columnLabels[index] ?? '',
  }));
  const years = guesses.map((guess) => guess.year);
  sortAccounts(columns);
  revisedTotals(columns);
  sortYears(columns, years, fiscalYear);
  linkDatedRates(
    columns,
    guesses.map((guess) => guess.date),
  );
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
  return { columns, nameColumn, years, revisions: guesses.map((guess) => guess.revision) };
}
