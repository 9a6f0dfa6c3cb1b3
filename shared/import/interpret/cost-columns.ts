/**
 * `총사업비 : 2,727억원` and, right under it, a table of the projects with a plain `사업비` column:
 * that column holds each project's whole cost, like the total it lists, not a year's budget.
 */
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { ColumnPlan } from './table-columns';
import type { Collected } from './sink';
import { findPeriod } from './statement-period';

/** how far above the table the whole cost may be stated (a unit line and a note between) */
const NEAR = 4;

/** `1단계 (’24.~’27.)` | `2단계 (’28.~’30.)`: rows that each run over several years */
function stagedRows(table: TableBlock): boolean {
  const spans = table.rows.filter((row) => {
    const period = findPeriod(row.cells[0]?.text ?? '');
    return period !== undefined && period.to > period.from;
  });
  return spans.length >= 2;
}

export function wholeCostColumns(plan: ColumnPlan, table: TableBlock, collected: Collected): void {
  // `사업비 (‘25년 국비)` beside stages that run several years: each stage's whole cost (the year
  // in the header names the figure in parentheses within the cells)
  if (stagedRows(table)) {
    for (const [index, column] of plan.columns.entries()) {
      if (column.role !== 'budget' || !/^사업비/.test(compact(table.columnLabels[index] ?? '')))
        continue;
      column.role = 'totalCost';
      column.inferred = {
        ko: '여러 해에 걸친 단계별 행의 사업비를 총사업비로',
        en: 'the 사업비 of rows that each span several years taken for their whole cost',
      };
    }
    return;
  }
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
