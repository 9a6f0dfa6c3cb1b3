import { rowConclusionLabel } from '@shared/compare/conclusion';
import { periodText, TOTAL_COST_COLUMN } from '@shared/compare/total-cost';
import type { Comparison, ComparisonColumn, ComparisonRow } from '@shared/compare/types';
import { printFigure, unitLine } from '@shared/print/figures';
import type { PrintTable } from './print-spec';

/**
 * note for the 비고 column: what the row lets the reader conclude, as on screen (종료/신규 only
 * with the evidence for it, else 이후/이전 자료에 없음; 명칭 변경), the year before's spending of a
 * project the latest year does not list, and the number of findings
 */
export function rowNote(row: ComparisonRow, beforeYear?: number): string {
  const parts = [rowConclusionLabel(row)?.ko ?? ''];
  const spentBefore = row.values.spentBefore ?? null;
  if (spentBefore !== null && beforeYear !== undefined)
    parts.push(`${beforeYear}년 집행 ${printFigure(spentBefore, 'money')}`);
  if (row.flags.length > 0) parts.push(`지적 ${row.flags.length}`);
  if (row.ruleFlags?.length) parts.push('기준');
  return parts.filter(Boolean).join(', ');
}

/** columns a plan's tables often leave empty throughout: printed only when some row has a figure */
const PRINTED_WHEN_FILLED = new Set(['spent', 'executionRate', TOTAL_COST_COLUMN.id]);

const filled = (comparison: Comparison, column: ComparisonColumn) =>
  comparison.rows.some((row) => (row.values[column.id] ?? null) !== null);

/** A figure as printed; 총사업비 with its period on a line below ('1,448,900,000' / '(2022~2029)'). */
function figureCell(row: ComparisonRow, column: ComparisonColumn): string {
  const figure = printFigure(row.values[column.id], column.kind);
  const period = column.id === TOTAL_COST_COLUMN.id ? periodText(row.period) : '';
  return period && figure !== '-' ? `${figure}\n(${period})` : figure;
}

/**
 * A figure column's share of an A4 portrait table, from its longest figure: a figure never wraps,
 * so '6,000,000,000' (a 총사업비 in 천원) gets the room it needs and a rate no more than its own.
 * About 0.9% of the width per digit at the table's 8.3pt, plus the cell's padding; 8–16%.
 */
function figureWidth(cells: readonly string[]): number {
  const longest = Math.max(0, ...cells.flatMap((cell) => cell.split('\n').map((l) => l.length)));
  return Math.min(16, Math.max(8, Math.ceil(longest * 0.9 + 2.5)));
}

/** a project's name needs this share of the width not to break every few letters */
const MIN_NAME_WIDTH = 20;

/** the widths, scaled down together when they leave the name less than its share */
function fitted(widths: readonly number[], room: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  return sum <= room ? [...widths] : widths.map((width) => Math.floor((width * room) / sum));
}

/** A comparison as a print table: names, its figure columns, a note; totals in the foot. */
export function comparisonTable(
  comparison: Comparison,
  options: { withGroup?: boolean } = {},
): PrintTable {
  const withGroup = options.withGroup ?? comparison.kind !== 'departments';
  const columns = comparison.columns.filter(
    (column) => !PRINTED_WHEN_FILLED.has(column.id) || filled(comparison, column),
  );
  // whole costs of projects over different years are not added up: their total is left blank
  const total = (column: ComparisonColumn) =>
    column.id === TOTAL_COST_COLUMN.id
      ? ''
      : printFigure(comparison.totals[column.id], column.kind);
  const cells = comparison.rows.map((row) => columns.map((column) => figureCell(row, column)));
  // 비고 holds a conclusion ('이후 자료에 없음') and counts: wide enough not to break each word
  const noteWidth = comparison.kind === 'departments' ? 8 : 12;
  const widths = fitted(
    columns.map((column, index) =>
      figureWidth([total(column), ...cells.map((row) => row[index] ?? '')]),
    ),
    100 - noteWidth - (withGroup ? 14 : 0) - MIN_NAME_WIDTH,
  );
  const nameWidth = 100 - widths.reduce((a, b) => a + b, 0) - noteWidth - (withGroup ? 14 : 0);
  const nameLabel = comparison.kind === 'departments' ? '부서' : '사업명';
  return {
    unit: columns.some((column) => column.kind === 'count') ? '(단위: 천원, 명)' : unitLine(),
    columns: [
      ...(withGroup ? [{ label: '부서', width: 14 }] : []),
      { label: nameLabel, width: nameWidth },
      ...columns.map((column, index) => ({
        label: column.label.ko,
        width: widths[index] ?? 11,
        numeric: true,
      })),
      { label: '비고', width: noteWidth },
    ],
    rows: comparison.rows.map((row, index) => ({
      flagged: row.flags.length > 0,
      cells: [
        ...(withGroup ? [row.group ?? ''] : []),
        row.label,
        ...(cells[index] ?? []),
        rowNote(row, comparison.years?.before),
      ],
    })),
    foot: [
      ...(withGroup ? [''] : []),
      // a change over the rows found on both sides only must not read as the totals' change
      comparison.changeCoverage === 'matched' ? '합계 (증감은 양쪽에 있는 사업만)' : '합계',
      ...columns.map(total),
      '',
    ],
    empty: '비교할 사업이 없습니다.',
    flagColumn: withGroup ? 1 : 0,
  };
}
