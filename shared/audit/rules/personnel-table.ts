import type { Finding } from '../../model/report';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import { formatWon } from '../../money/format';
import { makeFinding } from '../finding';
import { columnGuesses, HIERARCHY_GUESS } from '../certainty';
import { differenceArithmetic, sumArithmetic, tableCell } from '../evidence';
import type { FindingCell } from '../../model/report';
import type { LocalizedText } from '../../model/localized-text';
import { quoted, withParticle } from '../korean';
import { cellFigure, columnName, RATE_ROLES, rowLineKey, statedNumber } from '../table-view';
import { childrenByRow, MEASURE_WORDS, measureOf, type Measure } from './personnel-kinds';

const NOT_GRADES: ReadonlySet<ColumnRole> = new Set([
  'label',
  'text',
  'total',
  'authorized',
  'current',
  'surplus',
  ...RATE_ROLES,
]);

const people = (count: number) => `${formatWon(count, '원')}명`;

function displayName(row: TableRow): string {
  const label = row.label.trim() || `${row.source.line}번 줄`;
  const measure = measureOf(row);
  const word = MEASURE_WORDS.find(([m]) => m === measure)?.[1];
  return word && !label.replace(/\s+/g, '').includes(word) ? `${label} ${word}` : label;
}

interface Evidence {
  cells: FindingCell[];
  arithmetic: LocalizedText;
  inferred?: LocalizedText[];
}

function mismatch(
  code: 'personnel-total-mismatch' | 'personnel-surplus-mismatch',
  row: TableRow,
  column: string,
  stated: number,
  computed: number,
  computedName: { ko: string; en: string },
  evidence: Evidence,
): Finding {
  const gap = people(Math.abs(stated - computed));
  return makeFinding({
    ...evidence,
    severity: 'error',
    code,
    ko: `${quoted(displayName(row))} 행의 ${column} ${withParticle(people(stated), '이/가')} ${computedName.ko} ${withParticle(people(computed), '과/와')} ${gap} 다릅니다`,
    en: `Row ${quoted(displayName(row))}, ${column}: ${people(stated)} but ${computedName.en} is ${people(computed)} (off by ${gap}).`,
    stated,
    computed,
    source: row.source,
    ...rowLineKey(row),
  });
}

function sumColumns(row: TableRow, columns: number[]): number | null {
  let sum = 0;
  for (const column of columns) {
    const figure = cellFigure(row.cells[column]);
    if (figure === null) return null;
    sum += figure;
  }
  return sum;
}

const count = (value: number) => formatWon(value, '원');

function rowTotals(table: AuditTable): Finding[] {
  const total = table.columns.findIndex((column) => column.role === 'total');
  const grades = table.columns.flatMap((c, i) => (NOT_GRADES.has(c.role) ? [] : [i]));
  if (total < 0 || grades.length === 0) return [];
  const inferred = columnGuesses(table, [total, ...grades]);
  return table.rows.flatMap((row) => {
    const stated = statedNumber(row.cells[total]);
    const sum = sumColumns(row, grades);
    if (stated === null || sum === null || stated === sum) return [];
    const name = { ko: '직급별 합계', en: 'the sum of the grades' };
    const parts = grades.map((column) => ({
      column,
      name: columnName(table, column),
      value: cellFigure(row.cells[column]) ?? 0,
    }));
    const evidence: Evidence = {
      cells: [
        tableCell(table, row, total, stated),
        ...parts.map((part) => tableCell(table, row, part.column, part.value)),
      ],
      arithmetic: sumArithmetic({ name: columnName(table, total), value: stated }, parts, count),
      inferred,
    };
    const column = columnName(table, total);
    return [mismatch('personnel-total-mismatch', row, column, stated, sum, name, evidence)];
  });
}

/** In a table whose hierarchy was inferred, the same rows must add up exactly in another column. */
function proven(table: AuditTable, row: TableRow, children: TableRow[], column: number): boolean {
  if (table.hierarchy !== 'sums') return true;
  return numericColumns(table).some((other) => {
    if (other === column) return false;
    const stated = statedNumber(row.cells[other]);
    return stated !== null && stated !== 0 && sumColumn(children, other) === stated;
  });
}

function numericColumns(table: AuditTable): number[] {
  return table.columns.flatMap((c, i) => (c.role === 'label' || c.role === 'text' ? [] : [i]));
}

function sumColumn(rows: TableRow[], column: number): number | null {
  return rows.reduce<number | null>((total, row) => {
    const figure = cellFigure(row.cells[column]);
    return total === null || figure === null ? null : total + figure;
  }, 0);
}

/**
 * A 과부족 total that equals its own row's 현원 − 정원 is right: a gap with the rows' 과부족 lies in
 * the rows (each checked on its own), often a row that leaves its 과부족 blank.
 */
function surplusAgrees(table: AuditTable, row: TableRow, column: number, stated: number): boolean {
  if (table.columns[column]?.role !== 'surplus') return false;
  const find = (role: ColumnRole) => table.columns.findIndex((c) => c.role === role);
  const authorized = statedNumber(row.cells[find('authorized')]);
  const current = statedNumber(row.cells[find('current')]);
  return authorized !== null && current !== null && stated === current - authorized;
}

function columnTotals(table: AuditTable): Finding[] {
  const findings: Finding[] = [];
  const childrenOf = childrenByRow(table);
  const columns = numericColumns(table);
  // total rows of one kind share their children: each column of them is summed once
  const sums = new Map<TableRow[], Map<number, number | null>>();
  const sumOf = (children: TableRow[], column: number) => {
    const byColumn = sums.get(children) ?? new Map<number, number | null>();
    sums.set(children, byColumn);
    if (!byColumn.has(column)) byColumn.set(column, sumColumn(children, column));
    return byColumn.get(column) ?? null;
  };
  table.rows.forEach((row, index) => {
    const children = childrenOf(index);
    if (children.length === 0) return;
    for (const column of columns) {
      const stated = statedNumber(row.cells[column]);
      if (stated === null || surplusAgrees(table, row, column, stated)) continue;
      const childSum = sumOf(children, column);
      if (childSum === null || stated === childSum) continue;
      const name = { ko: '부서별 합계', en: 'the sum of the rows' };
      const parts = children.map((child) => ({
        child,
        name: displayName(child),
        value: cellFigure(child.cells[column]) ?? 0,
      }));
      const evidence: Evidence = {
        cells: [
          tableCell(table, row, column, stated),
          ...parts.map((part) => tableCell(table, part.child, column, part.value)),
        ],
        arithmetic: sumArithmetic({ name: displayName(row), value: stated }, parts, count),
        inferred: [
          ...columnGuesses(table, [column]),
          ...(proven(table, row, children, column) ? [] : [HIERARCHY_GUESS]),
        ],
      };
      const label = columnName(table, column);
      findings.push(
        mismatch('personnel-total-mismatch', row, label, stated, childSum, name, evidence),
      );
    }
  });
  return findings;
}

function nearestBefore(rows: TableRow[], index: number, measure: Measure): TableRow | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const row = rows[i];
    if (row && measureOf(row) === measure) return row;
    if (row && measureOf(row) === 'surplus') return undefined;
  }
  return undefined;
}

function surplusRows(table: AuditTable): Finding[] {
  const findings: Finding[] = [];
  table.rows.forEach((row, index) => {
    if (measureOf(row) !== 'surplus') return;
    const authorized = nearestBefore(table.rows, index, 'authorized');
    const current = nearestBefore(table.rows, index, 'current');
    if (!authorized || !current) return;
    for (const column of numericColumns(table)) {
      const stated = statedNumber(row.cells[column]);
      const a = cellFigure(authorized.cells[column]);
      const c = cellFigure(current.cells[column]);
      if (stated === null || a === null || c === null || stated === c - a) continue;
      const name = { ko: '현원 − 정원', en: 'current − authorized' };
      const evidence: Evidence = {
        cells: [
          tableCell(table, row, column, stated),
          tableCell(table, current, column, c),
          tableCell(table, authorized, column, a),
        ],
        arithmetic: differenceArithmetic(
          { name: displayName(row), value: stated },
          { name: displayName(current), value: c },
          { name: displayName(authorized), value: a },
          count,
        ),
        inferred: columnGuesses(table, [column]),
      };
      const label = columnName(table, column);
      findings.push(
        mismatch('personnel-surplus-mismatch', row, label, stated, c - a, name, evidence),
      );
    }
  });
  return findings;
}

function surplusColumns(table: AuditTable): Finding[] {
  const find = (role: ColumnRole) => table.columns.findIndex((c) => c.role === role);
  const [a, c, s] = [find('authorized'), find('current'), find('surplus')];
  if (a < 0 || c < 0 || s < 0) return [];
  return table.rows.flatMap((row) => {
    const stated = statedNumber(row.cells[s]);
    const authorized = cellFigure(row.cells[a]);
    const current = cellFigure(row.cells[c]);
    if (stated === null || authorized === null || current === null) return [];
    if (stated === current - authorized) return [];
    const name = { ko: '현원 − 정원', en: 'current − authorized' };
    const column = columnName(table, s);
    const evidence: Evidence = {
      cells: [
        tableCell(table, row, s, stated),
        tableCell(table, row, c, current),
        tableCell(table, row, a, authorized),
      ],
      arithmetic: differenceArithmetic(
        { name: column, value: stated },
        { name: columnName(table, c), value: current },
        { name: columnName(table, a), value: authorized },
        count,
      ),
      inferred: columnGuesses(table, [s, c, a]),
    };
    const computed = current - authorized;
    return [mismatch('personnel-surplus-mismatch', row, column, stated, computed, name, evidence)];
  });
}

/**
 * A personnel table: grades adding up to the total column (per row), total rows adding up the
 * rows of the same kind (정원 with 정원, 현원 with 현원), and 과부족 = 현원 − 정원.
 */
export function auditPersonnelTable(table: AuditTable): Finding[] {
  if (table.kind !== 'personnel') return [];
  return [
    ...rowTotals(table),
    ...columnTotals(table),
    ...surplusRows(table),
    ...surplusColumns(table),
  ];
}
