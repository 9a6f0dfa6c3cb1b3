import type { BudgetLine, Finding, FundingSource } from '../../model/report';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import { formatWonWithUnit } from '../../money/format';
import { MONEY_UNITS, type MoneyUnit } from '../../money/types';
import { makeFinding } from '../finding';
import { FUNDING_LABEL } from '../funding-names';
import { quoted, withParticle } from '../korean';
import {
  cellFigure,
  columnName,
  columnScale,
  type ColumnScale,
  decimalsOf,
  figureWriter,
  rowLineKey,
  rowName,
  statedNumber,
} from '../table-view';

interface Split {
  whole: number;
  wholeName: string;
  /** what the parts are: '재원별 합계' or '본예산·추경 합계' */
  partsName: string;
  parts: { name: string; value: number }[];
  /** won a part may be off by from rounding (0 when figures are exact) */
  partTolerance: number;
}

function splitFinding(
  split: Split,
  subject: string,
  write: (value: number) => string,
  where: { source: BudgetLine['source']; lineKey?: string },
): Finding | null {
  const sum = split.parts.reduce((total, part) => total + part.value, 0);
  const difference = split.whole - sum;
  if (difference === 0) return null;
  const rounding = Math.abs(difference) <= (split.parts.length / 2) * split.partTolerance;
  const listed = split.parts.map((part) => `${part.name} ${write(part.value)}`).join(' + ');
  const head = `${subject} ${split.wholeName} ${withParticle(write(split.whole), '이/가')}`;
  return makeFinding({
    severity: rounding ? 'info' : 'error',
    code: rounding ? 'funding-rounding' : 'funding-mismatch',
    ko: rounding
      ? `${head} ${split.partsName}(${listed}) ${withParticle(write(sum), '과/와')} ${write(Math.abs(difference))} 다르지만, 반올림 차이로 보입니다`
      : `${head} ${split.partsName}(${listed}) ${withParticle(write(sum), '과/와')} ${write(Math.abs(difference))} 다릅니다`,
    en: rounding
      ? `${subject}: ${split.wholeName} ${write(split.whole)} vs. its parts (${listed}) = ${write(sum)} — within rounding.`
      : `${subject}: ${split.wholeName} ${write(split.whole)} does not equal its parts (${listed}) = ${write(sum)} (off by ${write(Math.abs(difference))}).`,
    stated: split.whole,
    computed: sum,
    source: where.source,
    ...(where.lineKey === undefined ? {} : { lineKey: where.lineKey }),
  });
}

function lineSplits(line: BudgetLine): Split[] {
  const unit: MoneyUnit = line.statedUnit ?? '원';
  const partTolerance = MONEY_UNITS[unit] >= 1_000_000 ? MONEY_UNITS[unit] : 0;
  const splits: Split[] = [];
  const parts = (Object.entries(line.funding ?? {}) as [FundingSource, number | undefined][])
    .filter((entry): entry is [FundingSource, number] => typeof entry[1] === 'number')
    .map(([source, value]) => ({ name: FUNDING_LABEL[source], value }));
  const whole = line.requiredBudget ?? line.budget ?? line.currentBudget;
  if (parts.length > 0 && whole !== undefined) {
    splits.push({ whole, wholeName: '사업비', partsName: '재원별 합계', parts, partTolerance });
  }
  const inForce = line.currentBudget ?? line.requiredBudget ?? line.budget;
  if (
    line.originalBudget !== undefined &&
    line.supplementary !== undefined &&
    inForce !== undefined
  ) {
    const pieces = [
      { name: '본예산', value: line.originalBudget },
      { name: '추경', value: line.supplementary },
      ...(line.carriedOver === undefined ? [] : [{ name: '이월', value: line.carriedOver }]),
    ];
    splits.push({
      whole: inForce,
      wholeName: '예산',
      partsName: '본예산·추경 합계',
      parts: pieces,
      partTolerance,
    });
  }
  return splits;
}

/** Funding parts of a line (국비/시비/구비/기금/특교금; 본예산 + 추경 + 이월) against its whole. */
export function auditLineFunding(line: BudgetLine): Finding[] {
  const unit: MoneyUnit = line.statedUnit ?? '천원';
  const write = (won: number) =>
    formatWonWithUnit(won, unit, { decimals: won % MONEY_UNITS[unit] === 0 ? 0 : 3 });
  const subject = quoted(line.project);
  return lineSplits(line).flatMap((split) => {
    const finding = splitFinding(split, subject, write, {
      source: line.source,
      lineKey: line.key,
    });
    return finding ? [finding] : [];
  });
}

const PART_ROLES: readonly (readonly ColumnRole[])[] = [
  ['originalBudget', 'supplementary', 'carriedOver'],
];
const WHOLE_FOR_FUNDING: readonly ColumnRole[] = ['total', 'budget', 'currentBudget'];

function tableSplit(
  table: AuditTable,
  row: TableRow,
  partColumns: number[],
  wholeColumn: number,
  scale: ColumnScale,
): Split | null {
  const whole = statedNumber(row.cells[wholeColumn]);
  if (whole === null) return null;
  const parts: Split['parts'] = [];
  for (const column of partColumns) {
    const value = cellFigure(row.cells[column]);
    if (value === null) return null;
    parts.push({ name: columnName(table, column), value });
  }
  const decimals = Math.max(...[wholeColumn, ...partColumns].map((c) => decimalsOf(row.cells[c])));
  const partTolerance = scale.isRounded(decimals) ? scale.step(decimals) : 0;
  const partsName = partColumns.some((c) => table.columns[c]?.role.startsWith('funding:'))
    ? '재원별 합계'
    : '본예산·추경 합계';
  return { whole, wholeName: columnName(table, wholeColumn), partsName, parts, partTolerance };
}

function findColumn(table: AuditTable, roles: readonly ColumnRole[]): number | undefined {
  for (const role of roles) {
    const index = table.columns.findIndex((column) => column.role === role);
    if (index >= 0) return index;
  }
  return undefined;
}

/** Funding columns (국비, 시비 …) and 본예산/추경/이월 columns against the whole, row by row. */
export function auditTableFunding(table: AuditTable): Finding[] {
  const groups: { parts: number[]; whole: number | undefined }[] = [];
  const funding = table.columns.flatMap((c, i) => (c.role.startsWith('funding:') ? [i] : []));
  if (funding.length > 0)
    groups.push({ parts: funding, whole: findColumn(table, WHOLE_FOR_FUNDING) });
  for (const roles of PART_ROLES) {
    const parts = table.columns.flatMap((c, i) => (roles.includes(c.role) ? [i] : []));
    if (parts.length >= 2)
      groups.push({ parts, whole: findColumn(table, ['currentBudget', 'total']) });
  }
  const findings: Finding[] = [];
  for (const group of groups) {
    if (group.whole === undefined) continue;
    const write = figureWriter(table, group.whole);
    const scale = columnScale(table, group.whole);
    for (const row of table.rows) {
      const split = tableSplit(table, row, group.parts, group.whole, scale);
      const finding =
        split &&
        splitFinding(split, `${quoted(rowName(row))} 행의`, write, {
          source: row.source,
          ...rowLineKey(row),
        });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
