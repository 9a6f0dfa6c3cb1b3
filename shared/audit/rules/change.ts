import type { Finding } from '../../model/report';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import { makeFinding } from '../finding';
import { columnGuesses, unitGuess } from '../certainty';
import { differenceArithmetic, tableCell } from '../evidence';
import type { LocalizedText } from '../../model/localized-text';
import { quoted, withParticle } from '../korean';
import {
  cellFigure,
  columnName,
  columnScale,
  type ColumnScale,
  decimalsOf,
  figureWriter,
  nearestColumn,
  rowLineKey,
  rowName,
  statedNumber,
} from '../table-view';

interface Difference {
  /** the column stating the difference */
  role: ColumnRole;
  minuend: readonly ColumnRole[];
  subtrahend: readonly ColumnRole[];
  mismatch: string;
  rounding: string;
}

const DIFFERENCES: readonly Difference[] = [
  {
    role: 'change',
    minuend: ['currentBudget', 'budget'],
    subtrahend: ['previousBudget'],
    mismatch: 'change-mismatch',
    rounding: 'change-rounding',
  },
  {
    role: 'projectedLapse',
    minuend: ['currentBudget', 'budget'],
    subtrahend: ['projectedSpend'],
    mismatch: 'lapse-mismatch',
    rounding: 'lapse-rounding',
  },
];

/** What a rule needs about its stating column, worked out once for all rows. */
interface ColumnPlan {
  at: number;
  rule: Difference;
  minuendColumn: number;
  subtrahendColumn: number;
  scale: ColumnScale;
  write: (value: number) => string;
  inferred: LocalizedText[];
}

/** A guess when several columns could be the one meant and the nearest was taken. */
function choiceGuess(
  table: AuditTable,
  at: number,
  roles: readonly ColumnRole[],
  chosen: number,
): LocalizedText[] {
  const candidates = table.columns.filter((column) => roles.includes(column.role)).length;
  if (candidates <= 1) return [];
  const name = columnName(table, chosen);
  const stating = columnName(table, at);
  return [
    {
      ko: `'${stating}'의 계산에 '${name}' 열을 쓴다고`,
      en: `'${stating}' taken as computed from column '${name}'`,
    },
  ];
}

function planColumn(table: AuditTable, at: number, rule: Difference): ColumnPlan | null {
  const minuendColumn = nearestColumn(table, rule.minuend, at);
  const subtrahendColumn = nearestColumn(table, rule.subtrahend, at);
  if (minuendColumn === undefined || subtrahendColumn === undefined) return null;
  const scale = columnScale(table, at);
  const inferred = [
    ...columnGuesses(table, [at, minuendColumn, subtrahendColumn]),
    ...choiceGuess(table, at, rule.minuend, minuendColumn),
    ...choiceGuess(table, at, rule.subtrahend, subtrahendColumn),
  ];
  const write = figureWriter(table, at);
  return { at, rule, minuendColumn, subtrahendColumn, scale, write, inferred };
}

function checkRow(table: AuditTable, row: TableRow, plan: ColumnPlan): Finding | null {
  const { at, rule, minuendColumn, subtrahendColumn, scale, write, inferred } = plan;
  const stated = statedNumber(row.cells[at]);
  if (stated === null) return null;
  const minuend = cellFigure(row.cells[minuendColumn]);
  const subtrahend = cellFigure(row.cells[subtrahendColumn]);
  if (minuend === null || subtrahend === null) return null;
  const computed = minuend - subtrahend;
  const difference = stated - computed;
  if (difference === 0) return null;
  const decimals = Math.max(
    ...[at, minuendColumn, subtrahendColumn].map((column) => decimalsOf(row.cells[column])),
  );
  // each of the two figures may be off by half a printed step: together one step
  const rounding = scale.isRounded(decimals) && Math.abs(difference) <= scale.step(decimals);
  const name = columnName(table, at);
  const how = `${columnName(table, minuendColumn)} ${write(minuend)} − ${columnName(table, subtrahendColumn)} ${write(subtrahend)}`;
  const what = `${quoted(rowName(row))} 행의 ${name}`;
  return makeFinding({
    severity: rounding ? 'info' : 'error',
    code: rounding ? rule.rounding : rule.mismatch,
    ko: rounding
      ? `${what} ${withParticle(write(stated), '은/는')} ${how} = ${withParticle(write(computed), '과/와')} ${write(Math.abs(difference))} 다르지만, 반올림 차이로 보입니다`
      : `${what} ${withParticle(write(stated), '이/가')} ${how} = ${withParticle(write(computed), '과/와')} ${write(Math.abs(difference))} 다릅니다`,
    en: rounding
      ? `Row ${quoted(rowName(row))}, ${name}: ${write(stated)} vs. ${how} = ${write(computed)} — within rounding.`
      : `Row ${quoted(rowName(row))}, ${name}: stated ${write(stated)}, but ${how} = ${write(computed)} (off by ${write(Math.abs(difference))}).`,
    stated,
    computed,
    source: row.source,
    ...rowLineKey(row),
    cells: [
      tableCell(table, row, at, stated),
      tableCell(table, row, minuendColumn, minuend),
      tableCell(table, row, subtrahendColumn, subtrahend),
    ],
    arithmetic: differenceArithmetic(
      { name, value: stated },
      { name: columnName(table, minuendColumn), value: minuend },
      { name: columnName(table, subtrahendColumn), value: subtrahend },
      write,
    ),
    inferred: rounding ? [] : [...inferred, ...(unitGuessFor(table, difference) ?? [])],
  });
}

function unitGuessFor(table: AuditTable, difference: number): LocalizedText[] | undefined {
  const guess = unitGuess(table, difference, 2);
  return guess ? [guess] : undefined;
}

/** 증감 = this year − last year, and 불용액 = 예산현액 − 예상집행액, row by row. */
export function auditChanges(table: AuditTable): Finding[] {
  const findings: Finding[] = [];
  table.columns.forEach((column, at) => {
    const rule = DIFFERENCES.find((candidate) => candidate.role === column.role);
    const plan = rule && planColumn(table, at, rule);
    if (!plan) return;
    for (const row of table.rows) {
      const finding = checkRow(table, row, plan);
      if (finding) findings.push(finding);
    }
  });
  return findings;
}
