import type { Finding } from '../../model/report';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import { formatPercent } from '../../money/format';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { checkRate, describeRate } from '../rate-check';
import {
  cellFigure,
  columnName,
  decimalsOf,
  figureWriter,
  nearestColumn,
  rowLineKey,
  rowName,
  statedNumber,
} from '../table-view';

const BASE: readonly ColumnRole[] = ['currentBudget', 'budget'];
/** For each stated rate, the column it is a share of and the column(s) of the base. */
const RATE_PARTS: Partial<Record<ColumnRole, { part: ColumnRole; base: readonly ColumnRole[] }>> = {
  executionRate: { part: 'spent', base: BASE },
  obligationRate: { part: 'obligated', base: BASE },
  projectedRate: { part: 'projectedSpend', base: BASE },
  collectionRate: { part: 'collected', base: BASE },
};

interface RateInputs {
  part: number;
  base: number;
  partColumn: number;
  baseColumn: number;
  /** for change rates: the current figure the change was taken from */
  currentColumn?: number;
}

function changeRateInputs(table: AuditTable, row: TableRow, at: number): RateInputs | null {
  const baseColumn = nearestColumn(table, ['previousBudget'], at);
  if (baseColumn === undefined) return null;
  const base = cellFigure(row.cells[baseColumn]);
  const currentColumn = nearestColumn(table, ['currentBudget', 'budget'], at);
  const current = currentColumn === undefined ? null : cellFigure(row.cells[currentColumn]);
  if (current !== null && currentColumn !== undefined && base !== null) {
    return { part: current - base, base, partColumn: currentColumn, baseColumn, currentColumn };
  }
  const changeColumn = nearestColumn(table, ['change'], at);
  const change = changeColumn === undefined ? null : cellFigure(row.cells[changeColumn]);
  if (change === null || changeColumn === undefined || base === null) return null;
  return { part: change, base, partColumn: changeColumn, baseColumn };
}

function rateInputs(table: AuditTable, row: TableRow, at: number): RateInputs | null {
  const role = table.columns[at]?.role;
  if (role === 'changeRate') return changeRateInputs(table, row, at);
  const parts = role ? RATE_PARTS[role] : undefined;
  if (!parts) return null;
  const partColumn = nearestColumn(table, [parts.part], at);
  const baseColumn = nearestColumn(table, parts.base, at);
  if (partColumn === undefined || baseColumn === undefined) return null;
  const part = cellFigure(row.cells[partColumn]);
  const base = cellFigure(row.cells[baseColumn]);
  if (part === null || base === null) return null;
  return { part, base, partColumn, baseColumn };
}

type WriterFor = (column: number) => (value: number) => string;

/** figureWriter per column, made once per table rather than once per finding. */
function writers(table: AuditTable): WriterFor {
  const made = new Map<number, (value: number) => string>();
  return (column) => {
    const known = made.get(column);
    if (known) return known;
    const write = figureWriter(table, column);
    made.set(column, write);
    return write;
  };
}

function describeComputation(
  table: AuditTable,
  row: TableRow,
  inputs: RateInputs,
  writerFor: WriterFor,
): string {
  const writeBase = writerFor(inputs.baseColumn);
  const base = `${columnName(table, inputs.baseColumn)} ${writeBase(inputs.base)}`;
  if (inputs.currentColumn !== undefined) {
    const current = cellFigure(row.cells[inputs.currentColumn]) ?? 0;
    const writeCurrent = writerFor(inputs.currentColumn);
    return `(${columnName(table, inputs.currentColumn)} ${writeCurrent(current)} − ${base}) ÷ ${columnName(table, inputs.baseColumn)}`;
  }
  const writePart = writerFor(inputs.partColumn);
  return `${columnName(table, inputs.partColumn)} ${writePart(inputs.part)} ÷ ${base}`;
}

/**
 * Every stated rate against the one computed from its row: same when rounded to the printed
 * decimals → nothing; same only when truncated → info 'rate-truncated'; else error 'rate-mismatch'.
 * A base of 0 gives no rate to check. A current figure of 0 or '-' makes the change rate △100%.
 */
export function auditRates(table: AuditTable): Finding[] {
  const findings: Finding[] = [];
  const writerFor = writers(table);
  table.columns.forEach((column, at) => {
    if (!['changeRate', ...Object.keys(RATE_PARTS)].includes(column.role)) return;
    for (const row of table.rows) {
      const cell = row.cells[at];
      const stated = statedNumber(cell);
      if (stated === null) continue;
      const inputs = rateInputs(table, row, at);
      if (!inputs || inputs.base === 0) continue;
      const decimals = decimalsOf(cell);
      const verdict = checkRate(stated, inputs.part, inputs.base, decimals);
      if (verdict.kind === 'ok') continue;
      const printed = formatPercent(stated, decimals);
      const exact = describeRate(verdict.computed, decimals);
      const should = formatPercent(verdict.computed, decimals);
      const how = describeComputation(table, row, inputs, writerFor);
      const what = `${quoted(rowName(row))} 행의 ${column.label}`;
      const truncated = verdict.kind === 'truncated';
      findings.push(
        makeFinding({
          severity: truncated ? 'info' : 'error',
          code: truncated ? 'rate-truncated' : 'rate-mismatch',
          ko: truncated
            ? `${what} ${withParticle(printed, '은/는')} ${how} = ${exact}를 반올림하지 않고 버린 값입니다(반올림하면 ${should})`
            : `${what} ${withParticle(printed, '이/가')} ${how} = ${exact}(반올림 ${should})와 다릅니다`,
          en: truncated
            ? `Row ${quoted(rowName(row))}, ${column.label}: ${printed} is ${exact} truncated, not rounded (rounded: ${should}).`
            : `Row ${quoted(rowName(row))}, ${column.label}: stated ${printed}, but ${how} = ${exact} (rounded: ${should}).`,
          stated,
          computed: verdict.computed,
          source: row.source,
          ...rowLineKey(row),
        }),
      );
    }
  });
  return findings;
}
