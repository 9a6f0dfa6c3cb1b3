/**
 * A note under a table that states a change against an earlier figure (`* 2023년도 1,527,748대 대비
 * 1.02% 증가`): the rate is checked against the table's figure the note is about — the column it
 * names, else the table's 계 — at the decimals printed.
 */
import type { Finding } from '../../model/report';
import type { AuditTable, CellValue, TableNote } from '../../model/table';
import type { LocalizedText } from '../../model/localized-text';
import { compact } from '../../text/compact';
import { makeFinding } from '../finding';
import { checkRate, describeRate } from '../rate-check';
import { tableCell } from '../evidence';
import { formatWon } from '../../money/format';

/** `1,527,748대 대비 … 1.02% 증가`: base, its unit word, the rate and the direction. */
const CHANGE =
  /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([가-힣]{0,3})\s*대비[^%\d]{0,12}(?:[\d,.]+\s*[가-힣]{1,3}\s*\(\s*)?(\d+(?:\.\d+)?)\s*%\s*\)?\s*(증가|감소|상승|하락|늘|줄|증|감)/;

const TOTAL_LABEL = /^(?:총?계|합계|총계)$/;

export interface StatedChange {
  base: number;
  unit: string;
  rate: number;
  decimals: number;
  rising: boolean;
  /** the note's words before the base figure: where a column is named */
  subject: string;
}

export function statedChange(text: string): StatedChange | null {
  const match = CHANGE.exec(text);
  if (!match) return null;
  const base = Number(`${match[1]!.replace(/,/g, '')}${match[2] ? `.${match[2]}` : ''}`);
  const rate = match[4]!;
  if (!(base > 0)) return null;
  return {
    base,
    unit: match[3] ?? '',
    rate: Number(rate),
    decimals: rate.includes('.') ? rate.length - rate.indexOf('.') - 1 : 0,
    rising: /증가|상승|늘|증/.test(match[5]!),
    subject: text.slice(0, match.index),
  };
}

/** A cell's figure, also from a label cell that prints a bare number (`1,559,310`). */
function figureOf(cell: CellValue | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'number') return cell.value;
  const text = cell.text.replace(/\s/g, '');
  return /^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : null;
}

interface Target {
  row: number;
  column: number;
  value: number;
}

/** Every figure cell of the table, for the other readings a note could have meant. */
function figures(table: AuditTable): Target[] {
  return table.rows.flatMap((row, r) =>
    row.cells.flatMap((cell, c) => {
      const value = figureOf(cell);
      return value === null || cell.text.includes('%') ? [] : [{ row: r, column: c, value }];
    }),
  );
}

/** The column the note names (`승용차 …`), else the 계 column of a one-row table. */
function target(table: AuditTable, change: StatedChange): Target | null {
  const subject = compact(change.subject);
  const named = table.columns.flatMap((column, index) =>
    column.label.length >= 2 && !TOTAL_LABEL.test(column.label) && subject.includes(column.label)
      ? [index]
      : [],
  );
  const columns =
    named.length > 0
      ? named
      : table.columns.flatMap((column, index) => (TOTAL_LABEL.test(column.label) ? [index] : []));
  if (columns.length !== 1) return null;
  const column = columns[0]!;
  const filled = table.rows.flatMap((row, r) => {
    const value = figureOf(row.cells[column]);
    return value === null ? [] : [{ row: r, column, value }];
  });
  return filled.length === 1 ? filled[0]! : null;
}

function agrees(change: StatedChange, current: number): boolean {
  const moved = current - change.base;
  if (moved !== 0 && moved > 0 !== change.rising) return false;
  return checkRate(change.rate, Math.abs(moved), change.base, change.decimals).kind !== 'mismatch';
}

function unitWord(table: AuditTable): string | undefined {
  if (table.unit?.kind === 'count') return table.unit.label.trim();
  if (table.unit?.kind === 'money') return table.unit.unit;
  return undefined;
}

function checkNote(table: AuditTable, note: TableNote): Finding[] {
  const change = statedChange(note.text);
  if (!change) return [];
  const unit = unitWord(table);
  // a base in another unit than the table's is about something else
  if (change.unit !== '' && unit !== undefined && change.unit !== unit) return [];
  const found = target(table, change);
  if (!found || agrees(change, found.value)) return [];
  // another cell the note could be about gives the printed rate: the note is not wrong
  if (figures(table).some((cell) => agrees(change, cell.value))) return [];
  const moved = found.value - change.base;
  const exact = (moved / change.base) * 100;
  const computed = Number(describeRate(Math.abs(exact), change.decimals).replace(/[%,]/g, ''));
  const signed = moved > 0 === change.rising ? computed : -computed;
  const row = table.rows[found.row]!;
  const label = table.columns[found.column]?.label ?? '';
  const inferred: LocalizedText[] =
    change.unit === '' || unit === undefined
      ? [
          {
            ko: '주석의 기준 수치가 표와 같은 단위라고',
            en: 'the note’s earlier figure was taken to be in the table’s unit',
          },
        ]
      : [];
  const write = (value: number) => `${formatWon(value, '원')}${change.unit}`;
  const direction = change.rising ? '증가' : '감소';
  return [
    makeFinding({
      severity: 'error',
      code: 'rate-mismatch',
      ko: `표 아래 주석의 '${write(change.base)} 대비 ${change.rate}% ${direction}'가 표의 ${label} ${write(found.value)}와 맞지 않습니다: (${write(found.value)} − ${write(change.base)}) ÷ ${write(change.base)} = ${describeRate(exact, change.decimals)}`,
      en: `The note under the table states a ${change.rate}% ${change.rising ? 'rise' : 'fall'} from ${write(change.base)}, but the table's ${label} ${write(found.value)} is a change of ${describeRate(exact, change.decimals)}`,
      stated: change.rate,
      computed: signed,
      source: note.source,
      cells: [
        { ...note.source, rowLabel: note.text, columnLabel: '주석', value: change.rate },
        tableCell(table, row, found.column, found.value),
      ],
      arithmetic: {
        ko: `(${write(found.value)} − ${write(change.base)}) ÷ ${write(change.base)} × 100 = ${describeRate(exact, change.decimals)} ≠ ${change.rate}%`,
        en: `(${write(found.value)} − ${write(change.base)}) ÷ ${write(change.base)} × 100 = ${describeRate(exact, change.decimals)} ≠ ${change.rate}%`,
      },
      inferred,
    }),
  ];
}

/** Every note under the table that states a rate of change against an earlier figure. */
export function auditNoteRates(table: AuditTable): Finding[] {
  return (table.notes ?? []).flatMap((note) => checkNote(table, note));
}
