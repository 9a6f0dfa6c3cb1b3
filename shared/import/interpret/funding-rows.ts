/**
 * A project's yearly plan with its funding down the rows: `구분 | 총사업비 | 기투자 | 2025 | 2026 |
 * 2028년이후` over `계 | 국비 | 시비 | 기타`. Turned round into the project's lines: the total cost
 * with its funding, and each year's budget (and spending, under `예산 | 집행`) with its funding.
 */
import type { TableUnit } from '../../money/types';
import type { BudgetLine, Funding, FundingSource } from '../../model/report';
import type { AuditTable, TableColumn, TableRow } from '../../model/table';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { figureOf, readCell } from './cells';
import type { ReadingContext } from './context';
import { fundingSourceOf, isTotalLabel } from './names';
import type { Collected } from './sink';
import { unitOf } from './table-unit';

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

function columnKind(label: string): ColumnKind {
  if (/총사업비/.test(label)) return { kind: 'total' };
  if (/이전|이후|기투자|까지/.test(label)) return null;
  const year = /(?:^|\/)(?:(\d{4})|['‘’](\d{2}))\s*년?도?(?:\/|$)/.exec(label);
  if (!year) return null;
  const value = year[1] ? Number(year[1]) : 2000 + Number(year[2]);
  return { kind: 'year', year: value, spent: /집행|지출/.test(label) };
}

function valueAt(text: string, unit: TableUnit): number | undefined {
  const { value } = readCell(text, unit);
  if (value?.kind !== 'money') return undefined;
  return figureOf(value) ?? undefined;
}

export function readFundingRows(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const labels = table.rows.map((row) => tidySpaces(row.cells[0]?.text ?? ''));
  const totalRow = labels.findIndex(isTotalRow);
  const sourceRows = labels.flatMap((label, index) => {
    const source = sourceOfRow(label);
    return source ? [{ index, source }] : [];
  });
  const kinds = table.columnLabels.map(columnKind);
  if (totalRow < 0 || sourceRows.length < 2 || !kinds.some((kind) => kind !== null)) return false;
  const unit = unitOf(table);
  const project = context.project();
  if (unit?.kind !== 'money' || !project) return false;
  const lines = new Map<number, BudgetLine>();
  const lineFor = (year: number): BudgetLine => {
    const known = lines.get(year);
    if (known) return known;
    const key = collected.keys.next({
      fiscalYear: year,
      department: project.department,
      project: project.name,
      path: ['연차별'],
    });
    const row = table.rows[totalRow]!;
    const line: BudgetLine = {
      key,
      fiscalYear: year,
      project: project.name,
      source: { line: row.line, text: row.raw },
    };
    line.statedUnit = unit.unit;
    if (project.department) line.department = project.department;
    if (collected.bureau) line.bureau = collected.bureau;
    lines.set(year, line);
    return line;
  };
  kinds.forEach((kind, column) => {
    if (!kind) return;
    const whole = valueAt(table.rows[totalRow]!.cells[column]?.text ?? '', unit);
    if (whole === undefined) return;
    const line = lineFor(kind.kind === 'total' ? project.fiscalYear : kind.year);
    const field = kind.kind === 'total' ? 'totalCost' : kind.spent ? 'spent' : 'budget';
    line[field] = whole;
    if (field === 'spent') return;
    const funding: Funding = {};
    for (const { index, source } of sourceRows) {
      const part = valueAt(table.rows[index]!.cells[column]?.text ?? '', unit);
      if (part !== undefined && part !== 0) funding[source] = (funding[source] ?? 0) + part;
    }
    // the funding of the total cost and of the year's budget are told apart by the line's year
    if (Object.keys(funding).length > 0 && (field === 'budget' || !line.funding))
      line.funding = funding;
  });
  collected.lines.push(...lines.values());
  collected.tables.push(auditTableOf(table, unit, totalRow, kinds));
  return lines.size > 0;
}

/** The table as printed, its 계 row checked against the funding rows column by column. */
function auditTableOf(
  table: TableBlock,
  unit: TableUnit,
  totalRow: number,
  kinds: readonly ColumnKind[],
): AuditTable {
  const columns: TableColumn[] = table.columnLabels.map((label, index) => ({
    label,
    role: index === 0 ? 'label' : kinds[index]?.kind === 'total' ? 'totalCost' : 'otherYear',
  }));
  const rows: TableRow[] = table.rows.map((row, index) => ({
    label: tidySpaces(row.cells[0]?.text ?? ''),
    isTotal: index === totalRow,
    cells: row.cells.map((cell, column) =>
      column === 0 ? { kind: 'text', text: cell.text } : readCell(cell.text, unit).cell,
    ),
    source: { line: row.line, text: row.raw },
  }));
  const audit: AuditTable = { kind: 'money', unit, columns, rows, source: { line: table.line } };
  if (table.caption) audit.caption = table.caption.text;
  return audit;
}
