/**
 * Facilities across the columns, their particulars down the rows: `구분 | 광안대로 | 수정산터널 | …`
 * over `규모`, `운영기간`, `총사업비 (억원)`, `통행료 (원)`, `사업시행자`. Only the cost row is money;
 * each facility's cost is its whole (multi-year) cost.
 */
import type { MoneyUnit } from '../../money/types';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { figureOf, readCell } from './cells';
import type { ReadingContext } from './context';
import { isTotalLabel } from './names';
import { rowFigureLine } from './row-figure-line';
import { type Collected } from './sink';
import { unitOf } from './table-unit';

/**
 * `총사업비 (억원)`, `총투자비(백만원)`: the row of whole costs, with its unit when it names one;
 * `사업비 | 3억원 | 10억원`: each item's budget.
 */
const COST_ROW =
  /^(총사업비|총투자비|총투자액|사업비|소요예산|예산액?)(?:\((조원|십억원|억원|백만원|천원|원)\))?$/;
/** an item heading that is no facility: a year, a money word, a total */
const NOT_AN_ITEM = /^(?:\d{4}|['‘’]\d{2})년?|예산|사업비|국비|시비|도비|구비|군비|기금|합계|비고/;

interface CostRow {
  index: number;
  whole: boolean;
  unit?: MoneyUnit;
}

function costRow(rows: TableBlock['rows']): CostRow | undefined {
  const found = rows.flatMap((row, index) => {
    const match = COST_ROW.exec(compact(row.cells[0]?.text ?? ''));
    if (!match) return [];
    const cost: CostRow = { index, whole: /^총/.test(match[1]!) };
    if (match[2]) cost.unit = match[2] as MoneyUnit;
    return [cost];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The items' names and the rows below them; a header the reader left in the body (`구분 | …`) too. */
function layoutOf(table: TableBlock): { labels: string[]; rows: TableBlock['rows'] } {
  const stated = table.columnLabels.slice(1).some((label) => /[가-힣A-Za-z]/.test(label));
  const first = table.rows[0];
  if (stated || !first || !/^구분$/.test(compact(first.cells[0]?.text ?? ''))) {
    // the names as printed (the column labels have their spaces taken out)
    const header = table.header.length === 1 ? table.header[0]!.cells : undefined;
    const labels = table.columnLabels.map((label, index) =>
      header && compact(header[index]?.text ?? '') === label ? header[index]!.text : label,
    );
    return { labels, rows: table.rows };
  }
  return { labels: first.cells.map((cell) => cell.text), rows: table.rows.slice(1) };
}

export function readFacilitiesAcross(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const { labels, rows } = layoutOf(table);
  if (labels.length < 3 || rows.length < 2) return false;
  const items = labels.slice(1).map((label) => tidySpaces(label));
  if (items.some((item) => item === '' || isTotalLabel(item) || NOT_AN_ITEM.test(compact(item))))
    return false;
  const cost = costRow(rows);
  if (!cost) return false;
  const tableUnit = unitOf(table);
  const unit = cost.unit ?? (tableUnit?.kind === 'money' ? tableUnit.unit : undefined);
  const row = rows[cost.index]!;
  // without a unit over the table, each cell must write its own (`3억원`)
  const figures = items.map((_, index) => {
    const { value } = readCell(
      row.cells[index + 1]?.text ?? '',
      unit ? { kind: 'money', unit } : null,
    );
    return value?.kind === 'money' ? { won: figureOf(value), unit: value.unit } : null;
  });
  if (figures.some((figure) => figure === null || figure.won === null)) return false;
  items.forEach((item, index) => {
    const figure = figures[index]!;
    const line = rowFigureLine(collected, row, {
      fiscalYear: context.fiscalYear,
      department: context.department,
      project: item,
      field: cost.whole ? 'totalCost' : 'budget',
      won: figure.won!,
      unit: figure.unit,
    });
    collected.lines.push(line);
  });
  return true;
}
