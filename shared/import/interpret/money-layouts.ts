/**
 * Money tables laid out across rather than down: departments across the columns (`구분 | 계 |
 * 관광정책과 | …` over `세입` and `세출` rows), a single row of named figures (`일반회계/세입 |
 * 일반회계/세출 | …`), and a fund's year (`기금명 | …말조성액 | 수입 | 지출 | …`).
 */
import type { TableUnit } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import type { AuditTable, CellValue, TableRow } from '../../model/table';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { readCell, figureOf } from './cells';
import type { ReadingContext } from './context';
import { readCellArrows } from './cell-arrows';
import { readCellOutlines } from './cell-outlines';
import { readFacilitiesAcross } from './facilities-across';
import { readFundingRows } from './funding-rows';
import { isBureauName, isDepartmentName, isTotalLabel, joinSpacedSyllables } from './names';
import { observeDepartment, type Collected } from './sink';
import { unitOf } from './table-unit';
import { readPlanAcross } from './plan-across';
import { readYearlyWorks } from './yearly-works';

/** `공원관리부`, `낙동강하구에코센터`, `청년정책과`: an office heading a column. */
function isOffice(label: string): boolean {
  const name = compact(joinSpacedSyllables(label));
  return (
    isDepartmentName(name) ||
    isBureauName(name) ||
    /^[가-힣]{2,12}(?:부|센터|사업소|원)$/.test(name)
  );
}

/** What a row of money by office is: 세입 (revenue), 세출 or 예산 (spending), a year. */
function rowKind(
  label: string,
  caption: string,
): { project: string; revenue: boolean; year?: number } | null {
  const word = compact(label);
  const year = /^(\d{4})년?도?$/.exec(word);
  const captioned = /세입/.test(caption) ? '세입' : /세출/.test(caption) ? '세출' : undefined;
  if (year && captioned)
    return { project: captioned, revenue: captioned === '세입', year: Number(year[1]) };
  if (/^세입/.test(word)) return { project: '세입', revenue: true };
  if (/^(?:세출|예산|총예산|사업비)/.test(word))
    return { project: word.startsWith('세출') ? '세출' : word, revenue: false };
  return null;
}

interface Money {
  won: number;
  cell: CellValue;
}

function money(text: string, unit: TableUnit | null): Money | null {
  const { value, cell } = readCell(text, unit);
  const won = figureOf(value);
  return won === null || value?.kind !== 'money' ? null : { won, cell };
}

function lineOf(
  collected: Collected,
  fields: {
    fiscalYear: number;
    project: string;
    department?: string;
    won: number;
    revenue: boolean;
  },
  source: { line: number; text: string },
): BudgetLine {
  const key = collected.keys.next({
    fiscalYear: fields.fiscalYear,
    department: fields.department,
    project: fields.project,
  });
  const line: BudgetLine = {
    key,
    fiscalYear: fields.fiscalYear,
    project: fields.project,
    budget: fields.won,
    category: fields.revenue ? 'revenue' : 'summary',
    source,
  };
  if (fields.department) line.department = fields.department;
  if (collected.bureau) line.bureau = collected.bureau;
  return line;
}

/**
 * `구분 | 계 | 관광정책과 | 관광마이스산업과` over `세입 | …` and `세출 | …`: each office's 세입 and
 * 세출 as its own line, the 계 column as the bureau's. The audit sees it turned round: offices as
 * rows under a 계 row, so the 계 column is checked against the offices.
 */
function readOfficesAcross(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const labels = table.columnLabels;
  const recognised = labels.filter((label, index) => index > 0 && isOffice(label)).length;
  if (recognised < 2) return false;
  const totalColumn = labels.findIndex((label, index) => index > 0 && isTotalLabel(label));
  // every other column is an office too, even one whose name the reader split (`지산학협력`)
  const offices = labels.flatMap((label, index) =>
    index > 0 && index !== totalColumn && !/비고/.test(label) ? [index] : [],
  );
  const unsure = offices.some((index) => !isOffice(labels[index] ?? ''));
  const caption = compact(`${table.caption?.text ?? ''}`);
  const kinds = table.rows.map((row) => rowKind(row.cells[0]?.text ?? '', caption));
  if (kinds.some((kind) => kind === null)) return false;
  const unit = unitOf(table);
  if (unit?.kind !== 'money') return false;
  const owner = collected.bureau ?? context.department;
  const columns: AuditTable['columns'] = [{ role: 'label', label: labels[0] ?? '' }];
  const rowsByColumn = new Map<number, CellValue[]>();
  table.rows.forEach((row, r) => {
    const kind = kinds[r]!;
    const column: AuditTable['columns'][number] = {
      role: 'budget',
      label: tidySpaces(row.cells[0]?.text ?? ''),
    };
    if (unsure)
      column.inferred = {
        ko: '이름을 온전히 읽지 못한 열도 부서로',
        en: 'a column whose name was not read whole taken for an office',
      };
    columns.push(column);
    for (const index of [...(totalColumn >= 0 ? [totalColumn] : []), ...offices]) {
      const figure = money(row.cells[index]?.text ?? '', unit);
      const cells = rowsByColumn.get(index) ?? [{ kind: 'text', text: labels[index] ?? '' }];
      cells.push(figure?.cell ?? { kind: 'nothing', text: row.cells[index]?.text ?? '' });
      rowsByColumn.set(index, cells);
      if (!figure) continue;
      const department =
        index === totalColumn ? owner : compact(joinSpacedSyllables(labels[index] ?? ''));
      if (index !== totalColumn && department && isDepartmentName(department))
        observeDepartment(collected, department, row.line, row.raw);
      const fields = {
        fiscalYear: kind.year ?? context.fiscalYear,
        project: kind.project,
        won: figure.won,
        revenue: kind.revenue,
        ...(department ? { department } : {}),
      };
      collected.lines.push(lineOf(collected, fields, { line: row.line, text: row.raw }));
    }
  });
  const auditRows: TableRow[] = [...rowsByColumn.entries()].map(([index, cells]) => ({
    label: compact(joinSpacedSyllables(labels[index] ?? '')),
    isTotal: index === totalColumn,
    cells,
    source: { line: table.line },
  }));
  const audit: AuditTable = {
    kind: 'money',
    unit,
    columns,
    rows: auditRows,
    source: { line: table.line },
  };
  if (table.caption) audit.caption = table.caption.text;
  collected.tables.push(audit);
  return true;
}

/** `일반회계/세입 | 일반회계/세출 | 하수도사업특별회계/세입 | …` over one row of figures. */
function readNamedFigures(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const row = table.rows[0];
  if (table.rows.length !== 1 || !row) return false;
  const unit = unitOf(table);
  if (unit?.kind !== 'money') return false;
  const figures = table.columnLabels.map((label, index) =>
    /세입|세출|수입|지출|예산/.test(label) ? money(row.cells[index]?.text ?? '', unit) : null,
  );
  if (
    figures.filter(Boolean).length < 2 ||
    figures.some((figure, index) => !figure && /\d/.test(row.cells[index]?.text ?? ''))
  )
    return false;
  table.columnLabels.forEach((label, index) => {
    const figure = figures[index];
    if (!figure) return;
    const parts = label.split('/');
    const revenue = /세입|수입/.test(parts[parts.length - 1] ?? '');
    const fields = {
      fiscalYear: context.fiscalYear,
      project: parts.length > 1 ? parts.slice(0, -1).join(' ') : label,
      won: figure.won,
      revenue,
      ...(context.department ? { department: context.department } : {}),
    };
    collected.lines.push(lineOf(collected, fields, { line: row.line, text: row.raw }));
  });
  return true;
}

/** `기금명 | 2024년도말조성액 | 2025년도 조성계획/수입 | /지출 | /증감 | 2025년도말`: a fund's year. */
function readFundTable(table: TableBlock, context: ReadingContext, collected: Collected): boolean {
  const labels = table.columnLabels;
  const income = labels.findIndex((label) => /수입$/.test(label));
  const spending = labels.findIndex((label) => /지출$/.test(label));
  if (income < 1 || spending < 1 || !/기금/.test(`${labels[0]}${table.caption?.text ?? ''}`))
    return false;
  const unit = unitOf(table);
  if (unit?.kind !== 'money') return false;
  const year = /(\d{4})\s*년/.exec(labels[income] ?? '');
  const fiscalYear = year ? Number(year[1]) : context.fiscalYear;
  for (const row of table.rows) {
    const name = tidySpaces(row.cells[0]?.text ?? '').replace(/\s*\*+$/, '');
    if (name === '' || isTotalLabel(name)) continue;
    for (const [index, revenue] of [
      [income, true],
      [spending, false],
    ] as const) {
      const figure = money(row.cells[index]?.text ?? '', unit);
      if (!figure) continue;
      const fields = { fiscalYear, project: name, won: figure.won, revenue };
      collected.lines.push(lineOf(collected, fields, { line: row.line, text: row.raw }));
    }
  }
  return true;
}

/** Tables that are not a list of rows with money columns; true when one was read here. */
export function readSpecialTable(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  return (
    readYearlyWorks(table, context, collected) ||
    readPlanAcross(table, context, collected) ||
    readOfficesAcross(table, context, collected) ||
    readFacilitiesAcross(table, context, collected) ||
    readFundTable(table, context, collected) ||
    readNamedFigures(table, context, collected) ||
    readFundingRows(table, context, collected) ||
    readCellOutlines(table, context, collected) ||
    readCellArrows(table, context, collected)
  );
}
