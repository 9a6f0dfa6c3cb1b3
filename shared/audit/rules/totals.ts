import type { Finding } from '../../model/report';
import type { AuditTable } from '../../model/table';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import {
  cellFigure,
  columnName,
  columnScale,
  decimalsOf,
  figureWriter,
  isPercentCell,
  isShareColumn,
  rowLineKey,
  rowName,
  statedNumber,
  summableColumns,
} from '../table-view';
import { childSets, straddles } from './table-children';
import { columnGuesses, HIERARCHY_GUESS, unitGuess } from '../certainty';
import { sumArithmetic, tableCell } from '../evidence';
import type { LocalizedText } from '../../model/localized-text';

/** Sum of `column` over `children`, or null when a child holds text there (not a summed column). */
function sumOf(table: AuditTable, children: number[], column: number): number | null {
  let sum = 0;
  for (const child of children) {
    const figure = cellFigure(table.rows[child]?.cells[column]);
    if (figure === null) return null;
    sum += figure;
  }
  // beyond safe integers a sum is no longer exact: too big to judge
  if (Math.abs(sum) > Number.MAX_SAFE_INTEGER) return null;
  // decimals (21.0 + 56.3 …) add up with binary noise: printed figures have at most 6 decimals
  return Number.isInteger(sum) ? sum : Math.round(sum * 1e6) / 1e6;
}

function maxDecimals(table: AuditTable, rows: number[], column: number): number {
  let most = 0;
  for (const row of rows) most = Math.max(most, decimalsOf(table.rows[row]?.cells[column]));
  return most;
}

interface ChildFacts {
  sum: number | null;
  decimals: number;
}

/**
 * Per-column facts about a set of children, computed once: many total rows share the same set
 * (every 계 row of a flat table covers all item rows), so each is summed once per column.
 */
function childFacts(table: AuditTable): (children: number[], column: number) => ChildFacts {
  const cache = new Map<number[], Map<number, ChildFacts>>();
  return (children, column) => {
    const byColumn = cache.get(children) ?? new Map<number, ChildFacts>();
    cache.set(children, byColumn);
    const known = byColumn.get(column);
    if (known) return known;
    const facts = {
      sum: sumOf(table, children, column),
      decimals: maxDecimals(table, children, column),
    };
    byColumn.set(column, facts);
    return facts;
  };
}

/**
 * Whether the rows a total was summed over are its children for certain: the hierarchy is explicit,
 * or the same rows add up exactly to the same total in another column (proven by the sums).
 */
function provenElsewhere(
  table: AuditTable,
  parentIndex: number,
  children: number[],
  column: number,
  columns: readonly number[],
  factsOf: (children: number[], column: number) => ChildFacts,
): boolean {
  if (table.hierarchy !== 'sums') return true;
  const parent = table.rows[parentIndex];
  return columns.some((other) => {
    if (other === column) return false;
    const stated = statedNumber(parent?.cells[other]);
    if (stated === null || stated === 0) return false;
    return factsOf(children, other).sum === stated;
  });
}

/**
 * Total rows against the sum of their children, column by column. When figures are rounded
 * (백만원/억원 tables, or decimals shown), a difference of at most half a printed step per child is
 * rounding: info 'total-rounding'. Anything else is an error 'total-mismatch'.
 */
/**
 * `… | 100.0` on every row: each row is split into shares of itself, so a 합계 row is a share of the
 * whole, not the sum of the rows' shares.
 */
function isRowShares(table: AuditTable): boolean {
  if (table.rows.length < 3) return false;
  // a `연도` column (2016 on the first row of each year's block) is a label, not a share
  const figures = summableColumns(table).filter((column) => !isYearColumn(table, column));
  const sharesOf = (row: AuditTable['rows'][number], total: number) =>
    figures.reduce(
      (sum, column) => (column === total ? sum : sum + (statedNumber(row.cells[column]) ?? 0)),
      0,
    );
  for (const column of figures) {
    const values = table.rows.map((row) => statedNumber(row.cells[column]));
    if (!values.every((value) => value === 100)) continue;
    // the other figures of each row are its shares: they add up to that 100 (not a rate of 100%)
    if (table.rows.every((row) => Math.abs(sharesOf(row, column) - 100) <= 0.5)) return true;
  }
  return false;
}

/** A column naming years (`연도`, or only whole numbers 1900–2100 in it): labels, not figures. */
function isYearColumn(table: AuditTable, column: number): boolean {
  if (/^(?:연도|년도|연|년|year)$/i.test((table.columns[column]?.label ?? '').trim())) return true;
  const values = table.rows.flatMap((row) => {
    const value = statedNumber(row.cells[column]);
    return value === null ? [] : [value];
  });
  return (
    values.length > 0 &&
    values.every((value) => Number.isInteger(value) && value >= 1900 && value <= 2100)
  );
}

export function auditTotals(table: AuditTable): Finding[] {
  if (table.kind === 'personnel' || isRowShares(table)) return [];
  const findings: Finding[] = [];
  const hierarchical = table.rows.some((row) => row.parentIndex !== undefined);
  const sumName = hierarchical ? '하위 항목 합계' : '각 행의 합계';
  const columns = summableColumns(table).map((column) => ({
    column,
    scale: columnScale(table, column),
    write: figureWriter(table, column),
  }));
  const factsOf = childFacts(table);
  for (const [parentIndex, candidates] of childSets(table)) {
    const parent = table.rows[parentIndex];
    if (!parent) continue;
    for (const { column, scale, write } of columns) {
      const cell = parent.cells[column];
      const stated = statedNumber(cell);
      if (stated === null || isPercentCell(cell)) continue;
      if (isShareColumn(table, column) && stated !== 100) continue;
      const sums = candidates
        .filter((children) => children.length > 0)
        .map((children) => ({ children, ...factsOf(children, column) }))
        .filter(
          (option): option is { children: number[]; sum: number; decimals: number } =>
            option.sum !== null,
        );
      const first = sums[0];
      if (!first || sums.some((option) => option.sum === stated)) continue;
      const decimals = Math.max(first.decimals, decimalsOf(cell));
      const difference = stated - first.sum;
      // each printed figure may be off by half a step of its own precision (753억 over 0.03억)
      const tolerance = scale.isRounded(decimals)
        ? first.children.reduce(
            (total, child) => total + scale.step(decimalsOf(table.rows[child]?.cells[column])) / 2,
            scale.step(decimalsOf(cell)) / 2,
          )
        : 0;
      const rounding = Math.abs(difference) <= tolerance;
      const what = `${quoted(rowName(parent))} 행의 ${columnName(table, column)}`;
      const inferred: LocalizedText[] = columnGuesses(table, [column]);
      const allColumns = columns.map((entry) => entry.column);
      const guessedRows =
        straddles(table, parentIndex) ||
        !provenElsewhere(table, parentIndex, first.children, column, allColumns, factsOf);
      if (guessedRows) inferred.push(HIERARCHY_GUESS);
      const unit = rounding ? undefined : unitGuess(table, difference, first.children.length);
      if (unit) inferred.push(unit);
      const parts = first.children.map((child) => {
        const row = table.rows[child]!;
        return { row, value: cellFigure(row.cells[column]) ?? 0 };
      });
      const ko = rounding
        ? `${what} ${withParticle(write(stated), '이/가')} ${sumName} ${withParticle(write(first.sum), '과/와')} ${write(Math.abs(difference))} 다르지만, 반올림한 수치를 더한 차이로 보입니다`
        : `${what} ${withParticle(write(stated), '이/가')} ${sumName} ${withParticle(write(first.sum), '과/와')} ${write(Math.abs(difference))} 다릅니다`;
      const en = rounding
        ? `Row ${quoted(rowName(parent))}, ${columnName(table, column)}: ${write(stated)} vs. the sum of its ${first.children.length} items ${write(first.sum)} — off by ${write(Math.abs(difference))}, within rounding of the printed figures.`
        : `Row ${quoted(rowName(parent))}, ${columnName(table, column)}: ${write(stated)} does not equal the sum of its ${first.children.length} items, ${write(first.sum)} (off by ${write(Math.abs(difference))}).`;
      findings.push(
        makeFinding({
          severity: rounding ? 'info' : 'error',
          code: rounding ? 'total-rounding' : 'total-mismatch',
          ko,
          en,
          stated,
          computed: first.sum,
          source: parent.source,
          ...rowLineKey(parent),
          cells: [
            tableCell(table, parent, column, stated),
            ...parts.map(({ row, value }) => tableCell(table, row, column, value)),
          ],
          arithmetic: sumArithmetic(
            { name: rowName(parent), value: stated },
            parts.map(({ row, value }) => ({ name: rowName(row), value })),
            write,
          ),
          inferred,
        }),
      );
    }
  }
  return findings;
}
