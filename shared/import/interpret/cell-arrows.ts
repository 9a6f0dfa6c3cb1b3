/**
 * A table that lists projects one a row, each cell naming the project and, after an arrow, its
 * cost: `구분 | 공모명 | 추진현황` over `신규 | ① 지역혁신 선도연구센터 (2개 과제) ▹ 총사업비 238억원(국198,
 * 시20, 기타20) | 신청전`. No column holds money; the cost is a statement inside the name's cell,
 * read as the same statement written as a list item would be.
 */
import type { BudgetLine } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { readArrowStatement } from './arrow-statement';
import type { ReadingContext } from './context';
import { rowFigureLine } from './row-figure-line';
import type { Collected } from './sink';
import { wholeCostYear } from './whole-cost-year';
import { withStatementFunding } from './statement-funding';

/** `①`, `1.`, `가.`, `-`: an ordinal or bullet before the name */
const LEADING_MARK = /^(?:[①-⑳❶-❿➀-➉]|\d{1,2}[.)]|[가-하][.)]|[-·•▪○ㅇ])\s*/;
/** `(2개 과제)`, `(3개소)`: how many parts, not part of the name */
const COUNT_NOTE = /\s*[(（]\s*\d+\s*개[^()（）]{0,6}[)）]\s*$/;

function nameOf(before: string): string {
  return tidySpaces(before.replace(LEADING_MARK, '').replace(COUNT_NOTE, ''));
}

function cellLine(
  text: string,
  row: TableBlock['rows'][number],
  context: ReadingContext,
  collected: Collected,
): BudgetLine | null {
  const arrow = readArrowStatement(tidySpaces(text));
  if (!arrow?.keyed || arrow.name === undefined) return null;
  const { statement } = arrow;
  if (statement.main?.kind !== 'money') return null;
  const project = nameOf(arrow.name);
  if (!/[가-힣]{2}/.test(project)) return null;
  const fiscalYear =
    statement.field === 'totalCost'
      ? wholeCostYear(collected, context.fiscalYear)
      : context.fiscalYear;
  const line = rowFigureLine(collected, row, {
    fiscalYear,
    department: context.department,
    project,
    field: statement.field,
    won: statement.main.won,
    unit: statement.main.unit,
  });
  if (statement.period) line.period = statement.period;
  withStatementFunding(line, statement);
  return line;
}

/** Lines from the arrow statements in a table's cells; false when no cell holds one. */
export function readCellArrows(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  // a table with a money column of its own is read by its columns
  if (
    table.columnLabels.some((label) =>
      /예산|사업비|금액|집행|백만원|천원|억원|\d{4}|['‘’]\d{2}/.test(compact(label)),
    )
  )
    return false;
  const lines: BudgetLine[] = [];
  for (const row of table.rows)
    for (const cell of row.cells) {
      const line = cellLine(cell.text, row, context, collected);
      if (line) lines.push(line);
    }
  collected.lines.push(...lines);
  return lines.length > 0;
}
