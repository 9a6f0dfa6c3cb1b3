import type { Accounts, BudgetLine, Finding, Funding, FundingSource } from '../../model/report';
import type { LocalizedText } from '../../model/localized-text';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import { formatWonWithUnit } from '../../money/format';
import { MONEY_UNITS, type MoneyUnit } from '../../money/types';
import { columnGuesses } from '../certainty';
import { lineCell, sumArithmetic, tableCell } from '../evidence';
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

type SplitKind = 'funding' | 'account' | 'revision';

const SPLIT_WORDS: Record<SplitKind, { ko: string; en: string; codes: [string, string] }> = {
  funding: {
    ko: '재원별 합계',
    en: 'its funding parts',
    codes: ['funding-mismatch', 'funding-rounding'],
  },
  account: {
    ko: '회계별 합계',
    en: 'its accounts',
    codes: ['account-mismatch', 'account-rounding'],
  },
  revision: {
    ko: '본예산·추경 합계',
    en: 'original budget and supplements',
    codes: ['funding-mismatch', 'funding-rounding'],
  },
};

interface Part {
  name: string;
  value: number;
  cell: NonNullable<Finding['cells']>[number];
}

interface Split {
  kind: SplitKind;
  whole: Part;
  parts: Part[];
  /** won a part may be off by from rounding (0 when figures are exact) */
  partTolerance: number;
  inferred: LocalizedText[];
}

function splitFinding(
  split: Split,
  subject: string,
  write: (value: number) => string,
  where: { source: BudgetLine['source']; lineKey?: string },
): Finding | null {
  const sum = split.parts.reduce((total, part) => total + part.value, 0);
  const difference = split.whole.value - sum;
  if (difference === 0) return null;
  const rounding = Math.abs(difference) <= (split.parts.length / 2) * split.partTolerance;
  const words = SPLIT_WORDS[split.kind];
  const listed = split.parts.map((part) => `${part.name} ${write(part.value)}`).join(' + ');
  const head = `${subject} ${split.whole.name} ${withParticle(write(split.whole.value), '이/가')}`;
  return makeFinding({
    severity: rounding ? 'info' : 'error',
    code: rounding ? words.codes[1] : words.codes[0],
    ko: rounding
      ? `${head} ${words.ko}(${listed}) ${withParticle(write(sum), '과/와')} ${write(Math.abs(difference))} 다르지만, 반올림 차이로 보입니다`
      : `${head} ${words.ko}(${listed}) ${withParticle(write(sum), '과/와')} ${write(Math.abs(difference))} 다릅니다`,
    en: rounding
      ? `${subject}: ${split.whole.name} ${write(split.whole.value)} vs. ${words.en} (${listed}) = ${write(sum)} — within rounding.`
      : `${subject}: ${split.whole.name} ${write(split.whole.value)} does not equal ${words.en} (${listed}) = ${write(sum)} (off by ${write(Math.abs(difference))}).`,
    stated: split.whole.value,
    computed: sum,
    source: where.source,
    ...(where.lineKey === undefined ? {} : { lineKey: where.lineKey }),
    cells: [split.whole.cell, ...split.parts.map((part) => part.cell)],
    arithmetic: sumArithmetic(split.whole, split.parts, write),
    inferred: split.inferred,
  });
}

const ACCOUNT_LABEL: Record<keyof Accounts, string> = {
  general: '일반회계',
  special: '특별회계',
  fund: '기금',
};

function lineSplits(line: BudgetLine): Split[] {
  const unit: MoneyUnit = line.statedUnit ?? '원';
  const partTolerance = MONEY_UNITS[unit] >= 1_000_000 ? MONEY_UNITS[unit] : 0;
  const splits: Split[] = [];
  const part = (name: string, value: number): Part => ({
    name,
    value,
    cell: lineCell(line, name, value),
  });
  // the parts a statement names are of its main figure: a multi-year project's 총사업비 included
  const whole = line.requiredBudget ?? line.budget ?? line.currentBudget ?? line.totalCost;
  const sources = (funding: Funding | undefined) =>
    (Object.entries(funding ?? {}) as [FundingSource, number | undefined][])
      .filter((entry): entry is [FundingSource, number] => typeof entry[1] === 'number')
      .map(([source, value]) => part(FUNDING_LABEL[source], value));
  // a partial split (`196백만원(국비 50%)`) names some of the payers only: no split of the whole
  const funding = line.fundingPartial ? [] : sources(line.funding);
  if (funding.length > 0 && whole !== undefined) {
    const parts = funding;
    splits.push({
      kind: 'funding',
      whole: part('사업비', whole),
      parts,
      partTolerance,
      inferred: [],
    });
  }
  // the spent figure's own payers (a yearly table's 집행 column over 국비/시비 rows)
  const spentFunding = sources(line.spentFunding);
  if (spentFunding.length > 0 && line.spent !== undefined)
    splits.push({
      kind: 'funding',
      whole: part('집행액', line.spent),
      parts: spentFunding,
      partTolerance,
      inferred: [],
    });
  const accounts = (Object.entries(line.accounts ?? {}) as [keyof Accounts, number | undefined][])
    .filter((entry): entry is [keyof Accounts, number] => typeof entry[1] === 'number')
    .map(([account, value]) => part(ACCOUNT_LABEL[account], value));
  if (accounts.length > 1 && whole !== undefined) {
    const parts = accounts;
    splits.push({
      kind: 'account',
      whole: part('예산', whole),
      parts,
      partTolerance,
      inferred: [],
    });
  }
  const inForce = line.currentBudget ?? line.requiredBudget ?? line.budget;
  if (
    line.originalBudget !== undefined &&
    line.supplementary !== undefined &&
    inForce !== undefined
  ) {
    const parts = [
      part('본예산', line.originalBudget),
      part('추경', line.supplementary),
      ...(line.carriedOver === undefined ? [] : [part('이월', line.carriedOver)]),
    ];
    splits.push({
      kind: 'revision',
      whole: part('예산', inForce),
      parts,
      partTolerance,
      inferred: [],
    });
  }
  return splits;
}

/** Funding parts of a line (국비/시비/구비/기금/특교금), its accounts, 본예산 + 추경 + 이월, against its whole. */
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

const WHOLE: readonly ColumnRole[] = ['total', 'budget', 'currentBudget'];

interface Group {
  kind: SplitKind;
  parts: number[];
  wholes: readonly ColumnRole[];
}

function tableSplit(
  table: AuditTable,
  row: TableRow,
  group: Group,
  wholeColumn: number,
  scale: ColumnScale,
  inferred: LocalizedText[],
): Split | null {
  const whole = statedNumber(row.cells[wholeColumn]);
  if (whole === null) return null;
  const parts: Part[] = [];
  for (const column of group.parts) {
    const value = cellFigure(row.cells[column]);
    if (value === null) return null;
    parts.push({
      name: columnName(table, column),
      value,
      cell: tableCell(table, row, column, value),
    });
  }
  const columns = [wholeColumn, ...group.parts];
  const decimals = Math.max(...columns.map((c) => decimalsOf(row.cells[c])));
  const partTolerance = scale.isRounded(decimals) ? scale.step(decimals) : 0;
  const name = columnName(table, wholeColumn);
  return {
    kind: group.kind,
    whole: { name, value: whole, cell: tableCell(table, row, wholeColumn, whole) },
    parts,
    partTolerance,
    inferred,
  };
}

/** The whole a split's parts add up to: the nearest total/budget column before the parts. */
function wholeOf(
  table: AuditTable,
  group: Group,
): { column: number; certain: boolean } | undefined {
  const first = Math.min(...group.parts);
  for (const role of group.wholes) {
    const candidates = table.columns.flatMap((c, i) => (c.role === role ? [i] : []));
    if (candidates.length === 0) continue;
    const before = candidates.filter((index) => index < first);
    const column = before.at(-1) ?? candidates[0]!;
    return { column, certain: candidates.length === 1 };
  }
  return undefined;
}

function groupsOf(table: AuditTable): Group[] {
  const withRole = (test: (role: ColumnRole) => boolean) =>
    table.columns.flatMap((c, i) => (test(c.role) ? [i] : []));
  const groups: Group[] = [];
  const funding = withRole((role) => role.startsWith('funding:'));
  if (funding.length > 0) groups.push({ kind: 'funding', parts: funding, wholes: WHOLE });
  const accounts = withRole((role) => role.startsWith('account:'));
  if (accounts.length > 1) groups.push({ kind: 'account', parts: accounts, wholes: WHOLE });
  const revisions = withRole((role) =>
    ['originalBudget', 'supplementary', 'carriedOver'].includes(role),
  );
  if (revisions.length >= 2)
    groups.push({ kind: 'revision', parts: revisions, wholes: ['currentBudget', 'total'] });
  return groups;
}

/**
 * Funding columns (국비, 시비 …), account columns (일반회계, 특별회계, 기금) and 본예산/추경/이월
 * columns against the whole, row by row.
 */
export function auditTableFunding(table: AuditTable): Finding[] {
  const findings: Finding[] = [];
  for (const group of groupsOf(table)) {
    const whole = wholeOf(table, group);
    if (!whole) continue;
    const inferred = columnGuesses(table, [whole.column, ...group.parts]);
    if (!whole.certain) {
      const name = columnName(table, whole.column);
      inferred.push({
        ko: `'${name}' 열을 나뉜 금액의 합계로`,
        en: `column '${name}' taken as the whole the parts add up to`,
      });
    }
    const write = figureWriter(table, whole.column);
    const scale = columnScale(table, whole.column);
    for (const row of table.rows) {
      const split = tableSplit(table, row, group, whole.column, scale, inferred);
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
