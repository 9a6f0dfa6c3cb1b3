/**
 * A project's yearly plan with its funding down the rows: `구분 | 총사업비 | 기투자 | 2025 | 2026 |
 * 2028년이후` over `계 | 국비 | 시비 | 기타`. Turned round into the project's lines: the total cost
 * with its funding, and each year's budget (and spending, under `예산 | 집행`) with its funding —
 * the spending's own split kept apart as `spentFunding`.
 */
import type { TableUnit } from '../../money/types';
import type { BudgetLine, Funding, FundingSource } from '../../model/report';
import type { AuditTable, TableColumn, TableRow } from '../../model/table';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { figureOf, readCell } from './cells';
import type { ProjectRef, ReadingContext } from './context';
import { fundingSourceOf, isTotalLabel } from './names';
import type { Collected } from './sink';
import type { Period } from './statement-period';
import { unitOf } from './table-unit';
import { wholeCostYear } from './whole-cost-year';

function sourceOfRow(label: string): FundingSource | undefined {
  const word = compact(label).replace(/[()（）].*$/, '');
  if (/^(?:기타|민자|민간|자부담|기타재원)$/.test(word)) return 'other';
  const named = fundingSourceOf(word.replace(/[·ㆍ]/g, '·'));
  return named && !named.guessed ? named.source : undefined;
}

function isTotalRow(label: string): boolean {
  const word = compact(label).replace(/[(（].*$/, '');
  return isTotalLabel(word);
}

type ColumnKind = { kind: 'total' } | { kind: 'year'; year: number; spent: boolean } | null;

function columnKind(label: string, period: Period | undefined): ColumnKind {
  if (/총사업비|총투자/.test(label)) return { kind: 'total' };
  // `'23년 이전` is read as that year (the plan's first); 기투자 names no year
  if (/기투자|까지/.test(label)) return null;
  // `’24년/집행` (a year over 예산 | 집행) or `2024년 집행` in one header cell
  const year =
    /(?:^|\/)(?:(\d{4})|['‘’](\d{2}))\s*년?도?\s*(이전|이후)?\s*(?:예산|집행액?|지출액?)?(?:\/|$)/.exec(
      label,
    );
  if (!year) return null;
  const value = year[1] ? Number(year[1]) : 2000 + Number(year[2]);
  // `'26년 이후` is the rest of a project running past 2026: that year's only when it ends then
  if (year[3] === '이후' && period?.to !== value) return null;
  return { kind: 'year', year: value, spent: /집행|지출/.test(label) };
}

function valueAt(text: string, unit: TableUnit): number | undefined {
  const { value } = readCell(text, unit);
  if (value?.kind !== 'money') return undefined;
  return figureOf(value) ?? undefined;
}

interface Group {
  /** the 계 row, and the funding rows under it up to the next 계 */
  total: number;
  sources: { index: number; source: FundingSource }[];
  /** `계(부경대)`: which part of the project the group is */
  part?: string;
}

function groupsOf(labels: readonly string[]): Group[] {
  const groups: Group[] = [];
  labels.forEach((label, index) => {
    if (isTotalRow(label)) {
      const part = /[(（]\s*([^)）]+?)\s*[)）]/.exec(label)?.[1];
      groups.push(part ? { total: index, sources: [], part } : { total: index, sources: [] });
      return;
    }
    const source = sourceOfRow(label);
    const group = groups[groups.length - 1];
    if (source && group) group.sources.push({ index, source });
  });
  return groups.filter((group) => group.sources.length >= 2);
}

/**
 * `계(부경대)` and `계(부산대)` groups while the open project is `② (부산대) …`, one of the parts
 * the outline lists: the table lays out the whole project named by the outline's 사업명, part by part.
 */
function wholeOfParts(
  current: ProjectRef,
  groups: readonly Group[],
  context: ReadingContext,
): ProjectRef | undefined {
  const lead = /^[(（]\s*([^()（）]+?)\s*[)）]/.exec(current.name)?.[1];
  if (!lead || !groups.some((group) => group.part === lead)) return undefined;
  const whole = context.outlineProject();
  return whole && whole.line < current.line ? whole : undefined;
}

export function readFundingRows(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const labels = table.rows.map((row) => tidySpaces(row.cells[0]?.text ?? ''));
  const groups = groupsOf(labels);
  const years = table.columnLabels.map((label) => columnKind(label, undefined));
  if (groups.length === 0 || !years.some((kind) => kind !== null)) return false;
  const unit = unitOf(table);
  if (unit?.kind !== 'money') return false;
  const current = context.takeQueued(table.source) ?? context.project();
  if (!current) return false;
  const project = wholeOfParts(current, groups, context) ?? current;
  const period = current.period ?? context.tablePeriod;
  const kinds = table.columnLabels.map((label) => columnKind(label, period));
  let made = 0;
  for (const group of groups) {
    const name = group.part ? `${project.name} (${group.part})` : project.name;
    // the total cost is a line of its own; each year's budget another
    const lines = new Map<number | 'total', BudgetLine>();
    const lineFor = (slot: number | 'total'): BudgetLine => {
      const known = lines.get(slot);
      if (known) return known;
      const year = slot === 'total' ? wholeCostYear(collected, project.fiscalYear) : slot;
      const key = collected.keys.next({
        fiscalYear: year,
        department: project.department,
        project: name,
        path: slot === 'total' ? ['총사업비'] : ['연차별'],
      });
      const row = table.rows[group.total]!;
      const line: BudgetLine = {
        key,
        fiscalYear: year,
        project: name,
        source: { line: row.line, text: row.raw },
      };
      line.statedUnit = unit.unit;
      if (project.department) line.department = project.department;
      if (collected.bureau) line.bureau = collected.bureau;
      lines.set(slot, line);
      return line;
    };
    kinds.forEach((kind, column) => {
      if (!kind) return;
      const whole = valueAt(table.rows[group.total]!.cells[column]?.text ?? '', unit);
      if (whole === undefined) return;
      const line = lineFor(kind.kind === 'total' ? 'total' : kind.year);
      const field = kind.kind === 'total' ? 'totalCost' : kind.spent ? 'spent' : 'budget';
      line[field] = whole;
      const funding: Funding = {};
      for (const { index, source } of group.sources) {
        const part = valueAt(table.rows[index]!.cells[column]?.text ?? '', unit);
        if (part !== undefined && part !== 0) funding[source] = (funding[source] ?? 0) + part;
      }
      if (Object.keys(funding).length === 0) return;
      // the 집행 column's own payers, beside the budget's (a line holds one figure of each kind)
      if (field === 'spent') line.spentFunding = funding;
      else line.funding = funding;
    });
    collected.lines.push(...lines.values());
    made += lines.size;
  }
  collected.tables.push(auditTableOf(table, unit, groups, kinds));
  return made > 0;
}

/** The table as printed, its 계 row checked against the funding rows column by column. */
function auditTableOf(
  table: TableBlock,
  unit: TableUnit,
  groups: readonly Group[],
  kinds: readonly ColumnKind[],
): AuditTable {
  const parentOf = new Map<number, number>();
  for (const group of groups)
    for (const { index } of group.sources) parentOf.set(index, group.total);
  const columns: TableColumn[] = table.columnLabels.map((label, index) => ({
    label,
    role: index === 0 ? 'label' : kinds[index]?.kind === 'total' ? 'totalCost' : 'otherYear',
  }));
  const totals = new Set(groups.map((group) => group.total));
  const rows: TableRow[] = table.rows.map((row, index) => {
    const auditRow: TableRow = {
      label: tidySpaces(row.cells[0]?.text ?? ''),
      isTotal: totals.has(index),
      cells: row.cells.map((cell, column) =>
        column === 0 ? { kind: 'text', text: cell.text } : readCell(cell.text, unit).cell,
      ),
      source: { line: row.line, text: row.raw },
    };
    const parent = parentOf.get(index);
    if (parent !== undefined) auditRow.parentIndex = parent;
    return auditRow;
  });
  const audit: AuditTable = {
    kind: 'money',
    unit,
    columns,
    rows,
    source: { line: table.line },
    hierarchy: 'explicit',
  };
  if (table.caption) audit.caption = table.caption.text;
  return audit;
}
