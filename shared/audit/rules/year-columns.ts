/**
 * A row's 계 or 총사업비 column against its year columns (`계 | ’04~’17 | ’18 | … | ’25`,
 * `총사업비 | ’23년 이전 | ’24년 | ’25년 | ’26년 이후`). Where a year is split into 예산 | 집행, the
 * 예산 column counts. A 계 covers the columns beside it by definition; a 총사업비 only when the years
 * run from an `이전` column to an `이후` one (otherwise years outside the table may be missing, and
 * only years adding up to more than the total are worth a warning).
 */
import type { Finding } from '../../model/report';
import type { AuditTable, TableRow } from '../../model/table';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { sumArithmetic, tableCell } from '../evidence';
import { columnGuesses, unitGuess } from '../certainty';
import {
  cellFigure,
  columnName,
  columnScale,
  decimalsOf,
  figureWriter,
  RATE_ROLES,
  rowLineKey,
  rowName,
  statedNumber,
} from '../table-view';

const YEAR =
  /^[’'‘`]?\d{2}(?:\d{2})?(?:년|년도)?(?:\s*[~∼-]\s*[’'‘`]?\d{2}(?:\d{2})?(?:년|년도)?)?(?:이전|이후|까지|향후|이후계속)?$/;
const TOTAL_LABEL = /^(?:계|합계|총계|총사업비|사업비계)$/;
const SPENT = /집행|실적|결산|지출/;

function segments(label: string): { year: string; sub: string } {
  const [year = '', sub = ''] = label.replace(/\s+/g, '').split('/');
  return { year, sub };
}

interface YearPlan {
  total: number;
  years: number[];
  costOverPeriod: boolean;
  covered: boolean;
}

/** The total column and one column per year, or null when any other figure column is there. */
function planOf(table: AuditTable): YearPlan | null {
  const figures = table.columns.flatMap((column, index) =>
    column.role === 'label' || column.role === 'text' || RATE_ROLES.has(column.role) ? [] : [index],
  );
  const totals = figures.filter((index) => {
    const label = (table.columns[index]?.label ?? '').replace(/\s+/g, '');
    return TOTAL_LABEL.test(label) || table.columns[index]?.role === 'totalCost';
  });
  if (totals.length !== 1) return null;
  const total = totals[0]!;
  const byYear = new Map<string, number[]>();
  for (const index of figures) {
    if (index === total) continue;
    const { year } = segments(table.columns[index]?.label ?? '');
    if (!YEAR.test(year)) return null;
    byYear.set(year, [...(byYear.get(year) ?? []), index]);
  }
  if (byYear.size < 2) return null;
  const years = [...byYear.values()].map((columns) => {
    if (columns.length === 1) return columns[0]!;
    const budget = columns.find((index) => /예산/.test(segments(table.columns[index]!.label).sub));
    return budget ?? columns.find((index) => !SPENT.test(table.columns[index]!.label)) ?? -1;
  });
  if (years.includes(-1)) return null;
  const labels = [...byYear.keys()];
  const costOverPeriod = !/계$/.test((table.columns[total]?.label ?? '').replace(/\s+/g, ''));
  const covered = /이전|까지/.test(labels[0] ?? '') && /이후|향후/.test(labels.at(-1) ?? '');
  return { total, years, costOverPeriod, covered };
}

function rowSum(row: TableRow, columns: number[]): number | null {
  let sum = 0;
  for (const column of columns) {
    const figure = cellFigure(row.cells[column]);
    if (figure === null) return null;
    sum += figure;
  }
  return Math.abs(sum) <= Number.MAX_SAFE_INTEGER ? sum : null;
}

export function auditYearColumns(table: AuditTable): Finding[] {
  if (table.kind === 'personnel') return [];
  const plan = planOf(table);
  if (!plan) return [];
  const { total, years } = plan;
  // a part written as words in a year column (`직접 지원`) is outside the years: the sums say nothing
  if (table.rows.some((row) => years.some((column) => cellFigure(row.cells[column]) === null)))
    return [];
  const write = figureWriter(table, total);
  const scale = columnScale(table, total);
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const stated = statedNumber(row.cells[total]);
    const sum = rowSum(row, years);
    if (stated === null || sum === null || sum === stated) continue;
    if (plan.costOverPeriod && !plan.covered && sum < stated) continue;
    const decimals = Math.max(...[total, ...years].map((c) => decimalsOf(row.cells[c])));
    const tolerance = scale.isRounded(decimals)
      ? ((years.length + 1) * scale.step(decimals)) / 2
      : 0;
    const difference = stated - sum;
    if (Math.abs(difference) <= tolerance) continue;
    const inferred = columnGuesses(table, [total, ...years]).filter(
      (guess) => !/합산 열|adds up/.test(guess.en),
    );
    if (plan.costOverPeriod && !plan.covered)
      inferred.push({
        ko: '표의 연도 열이 사업 기간 전체를 덮는지',
        en: 'whether the year columns cover the whole period',
      });
    const unit = unitGuess(table, difference, years.length);
    if (unit) inferred.push(unit);
    const totalName = columnName(table, total);
    const what = `${quoted(rowName(row))} 행의 ${totalName}`;
    const parts = years.map((column) => ({
      column,
      name: columnName(table, column),
      value: cellFigure(row.cells[column]) ?? 0,
    }));
    findings.push(
      makeFinding({
        severity: 'error',
        code: 'total-mismatch',
        ko: `${what} ${withParticle(write(stated), '이/가')} 연도별 합계 ${withParticle(write(sum), '과/와')} ${write(Math.abs(difference))} 다릅니다`,
        en: `Row ${quoted(rowName(row))}, ${totalName}: ${write(stated)} does not equal the sum of its year columns, ${write(sum)} (off by ${write(Math.abs(difference))}).`,
        stated,
        computed: sum,
        source: row.source,
        ...rowLineKey(row),
        cells: [
          tableCell(table, row, total, stated),
          ...parts.map((part) => tableCell(table, row, part.column, part.value)),
        ],
        arithmetic: sumArithmetic({ name: totalName, value: stated }, parts, write),
        inferred,
      }),
    );
  }
  return findings;
}
