/**
 * Facilities across the columns, their particulars down the rows: `구분 | 광안대로 | 수정산터널 | …`
 * over `규모`, `운영기간`, `총사업비 (억원)`, `통행료 (원)`, `사업시행자`. Only the cost row is money;
 * each facility's cost is its whole (multi-year) cost.
 */
import type { MoneyUnit } from '../../money/types';
import { MONEY_UNITS } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { figureOf, readCell } from './cells';
import type { ReadingContext } from './context';
import { isTotalLabel } from './names';
import { type Collected } from './sink';
import { unitOf } from './table-unit';

/** `총사업비 (억원)`, `총투자비(백만원)`: the row of whole costs, with its unit when it names one. */
const COST_ROW = /^(?:총사업비|총투자비|총투자액)(?:\((조원|억원|백만원|천원|원)\))?$/;
/** an item heading that is no facility: a year, a money word, a total */
const NOT_AN_ITEM = /^(?:\d{4}|['‘’]\d{2})년?|예산|사업비|국비|시비|도비|구비|군비|기금|합계|비고/;

function costRow(table: TableBlock): { index: number; unit?: MoneyUnit } | undefined {
  const found = table.rows.flatMap((row, index) => {
    const match = COST_ROW.exec(compact(row.cells[0]?.text ?? ''));
    return match ? [{ index, unit: match[1] as MoneyUnit | undefined }] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}

export function readFacilitiesAcross(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const labels = table.columnLabels;
  if (labels.length < 3 || table.rows.length < 2) return false;
  const items = labels.slice(1).map((label) => tidySpaces(label));
  if (items.some((item) => item === '' || isTotalLabel(item) || NOT_AN_ITEM.test(compact(item))))
    return false;
  const cost = costRow(table);
  if (!cost) return false;
  const tableUnit = unitOf(table);
  const unit = cost.unit ?? (tableUnit?.kind === 'money' ? tableUnit.unit : undefined);
  if (!unit || !(unit in MONEY_UNITS)) return false;
  const row = table.rows[cost.index]!;
  const figures = items.map((_, index) => {
    const { value } = readCell(row.cells[index + 1]?.text ?? '', { kind: 'money', unit });
    return value?.kind === 'money' ? figureOf(value) : null;
  });
  if (figures.some((won) => won === null)) return false;
  items.forEach((item, index) => {
    const key = collected.keys.next({
      fiscalYear: context.fiscalYear,
      department: context.department,
      project: item,
    });
    const line: BudgetLine = {
      key,
      fiscalYear: context.fiscalYear,
      project: item,
      totalCost: figures[index]!,
      statedUnit: unit,
      source: { line: row.line, text: row.raw },
    };
    if (context.department) line.department = context.department;
    if (collected.bureau) line.bureau = collected.bureau;
    collected.lines.push(line);
  });
  return true;
}
