/**
 * `총사업비 : 2,727억원` and, right under it, a table of the projects with a plain `사업비` column:
 * that column holds each project's whole cost, like the total it lists, not a year's budget.
 */
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { ColumnPlan } from './table-columns';
import type { Collected } from './sink';

/** how far above the table the whole cost may be stated (a unit line and a note between) */
const NEAR = 4;

export function wholeCostColumns(plan: ColumnPlan, table: TableBlock, collected: Collected): void {
  if (plan.years.some((year) => year !== undefined)) return;
  const last = collected.lines[collected.lines.length - 1];
  if (
    !last ||
    last.totalCost === undefined ||
    last.requiredBudget !== undefined ||
    last.budget !== undefined ||
    last.source.line >= table.line ||
    table.line - last.source.line > NEAR
  )
    return;
  for (const [index, column] of plan.columns.entries()) {
    if (column.role !== 'budget' || compact(table.columnLabels[index] ?? '') !== '사업비') continue;
    column.role = 'totalCost';
    column.inferred = {
      ko: '바로 위의 총사업비에 이어지는 표의 사업비를 총사업비로',
      en: 'a plain 사업비 column right under a stated 총사업비 taken for each project’s whole cost',
    };
  }
}
