import type { Finding } from '../../model/report';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import { formatPercent } from '../../money/format';
import { makeFinding } from '../finding';
import { quoted, withParticle } from '../korean';
import { checkRate, describeRate } from '../rate-check';
import { columnGuesses } from '../certainty';
import { rateArithmetic, tableCell } from '../evidence';
import type { LocalizedText } from '../../model/localized-text';
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

/**
 * The column a rate's part or base is in: the one the importer linked it to (`집행률(10.31기준)` →
 * the `10.31기준` column), else the nearest with the role. `certain` when linked or the only one.
 */
function pick(
  table: AuditTable,
  roles: readonly ColumnRole[],
  at: number,
  linked: number | undefined,
): { column: number; certain: boolean } | undefined {
  if (linked !== undefined && table.columns[linked]) return { column: linked, certain: true };
  const column = nearestColumn(table, roles, at);
  if (column === undefined) return undefined;
  const candidates = table.columns.filter((c) => roles.includes(c.role)).length;
  return { column, certain: candidates === 1 };
}

/** Which columns a rate column is computed from, and what was guessed in choosing them. */
function rateColumns(
  table: AuditTable,
  at: number,
): {
  part?: number;
  base: number;
  current?: number;
  change?: number;
  guesses: LocalizedText[];
} | null {
  const spec = table.columns[at];
  if (!spec) return null;
  const guesses: LocalizedText[] = [];
  const guess = (chosen: { column: number; certain: boolean }) => {
    if (!chosen.certain) {
      const name = columnName(table, chosen.column);
      guesses.push({
        ko: `'${spec.label}'의 계산에 '${name}' 열을 쓴다고`,
        en: `'${spec.label}' taken as computed from column '${name}'`,
      });
    }
    return chosen.column;
  };
  if (spec.role === 'changeRate') {
    const base = pick(table, ['previousBudget'], at, spec.baseColumn);
    if (!base) return null;
    const current = pick(table, ['currentBudget', 'budget'], at, spec.partColumn);
    const change = current ? undefined : pick(table, ['change'], at, undefined);
    if (!current && !change) return null;
    const result = { base: guess(base), guesses };
    return current ? { ...result, current: guess(current) } : { ...result, change: guess(change!) };
  }
  const parts = RATE_PARTS[spec.role];
  if (!parts) return null;
  const part = pick(table, [parts.part], at, spec.partColumn);
  const base = pick(table, parts.base, at, spec.baseColumn);
  if (!part || !base) return null;
  return { part: guess(part), base: guess(base), guesses };
}

type Chosen = NonNullable<ReturnType<typeof rateColumns>>;

function rateInputs(row: TableRow, chosen: Chosen): RateInputs | null {
  const base = cellFigure(row.cells[chosen.base]);
  if (base === null) return null;
  if (chosen.current !== undefined) {
    const current = cellFigure(row.cells[chosen.current]);
    if (current === null) return null;
    const partColumn = chosen.current;
    return {
      part: current - base,
      base,
      partColumn,
      baseColumn: chosen.base,
      currentColumn: partColumn,
    };
  }
  const partColumn = chosen.part ?? chosen.change;
  if (partColumn === undefined) return null;
  const part = cellFigure(row.cells[partColumn]);
  if (part === null) return null;
  return { part, base, partColumn, baseColumn: chosen.base };
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
    const chosen = rateColumns(table, at);
    if (!chosen) return;
    const inferred = [...columnGuesses(table, [at]), ...chosen.guesses];
    for (const row of table.rows) {
      const cell = row.cells[at];
      const stated = statedNumber(cell);
      if (stated === null) continue;
      const inputs = rateInputs(row, chosen);
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
          cells: [
            tableCell(table, row, at, stated),
            ...(inputs.currentColumn === undefined
              ? [tableCell(table, row, inputs.partColumn, inputs.part)]
              : [tableCell(table, row, inputs.currentColumn, inputs.part + inputs.base)]),
            tableCell(table, row, inputs.baseColumn, inputs.base),
          ],
          arithmetic: rateArithmetic(how, exact, { name: column.label, value: stated }, printed),
          inferred,
        }),
      );
    }
  });
  return findings;
}
