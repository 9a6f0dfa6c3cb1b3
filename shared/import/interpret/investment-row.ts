/**
 * A project's investment plan in one row, under its outline: `사업비(A+B) | 연도별 투자계획 (소계(A) |
 * 기투자 | 2025 | 2026 | …) | 향후투자(B)` over `7,764 | 7,764 | 0 | 356 | 2,469 | …`, with no name
 * column and often no unit line. The row belongs to the work whose whole cost the outline just
 * stated: the cost cell equals that amount in one of the money units, which gives the table its
 * unit and its name. Each year column is that year's budget; the years give the period.
 */
import type { MoneyUnit } from '../../money/types';
import { MONEY_UNITS } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import { parseCell } from '../../money/cell';
import type { TableBlock } from '../blocks/types';
import type { ReadingContext } from './context';
import type { Collected } from './sink';
import { parseTableUnit } from '../../money/parse';

const COST = /^(?:총)?사업비(?:\([^)]*\))?$/;
const YEAR = /(?:^|\/)(\d{4})년?$/;
/** how far above the table the whole cost may be stated */
const NEAR = 6;

function number(text: string): number | null {
  const value = parseCell(text.trim(), { kind: 'money', unit: '원' });
  return value?.kind === 'money' ? value.won : null;
}

/** The whole cost stated just above whose amount the cost cell writes in some unit. */
function statedAbove(
  table: TableBlock,
  cost: number,
  collected: Collected,
  units: readonly MoneyUnit[],
): { line: BudgetLine; unit: MoneyUnit } | null {
  for (let i = collected.lines.length - 1; i >= 0; i--) {
    const line = collected.lines[i]!;
    if (line.source.line < table.line - NEAR) break;
    if (line.totalCost === undefined) continue;
    const unit = units.find((each) => cost * MONEY_UNITS[each] === line.totalCost);
    if (unit) return { line, unit };
  }
  return null;
}

export function readInvestmentRow(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const labels = table.columnLabels;
  if (table.rows.length !== 1 || !COST.test(labels[0] ?? '')) return false;
  const years = labels.map((label) => {
    const match = YEAR.exec(label);
    return match ? Number(match[1]) : undefined;
  });
  const yearColumns = years.flatMap((year, index) => (year === undefined ? [] : [index]));
  if (yearColumns.length < 2) return false;
  const row = table.rows[0]!;
  const cost = number(row.cells[0]?.text ?? '');
  if (cost === null || cost <= 0) return false;
  const stated = parseTableUnit(table.unit?.text ?? '');
  const units: MoneyUnit[] = stated?.kind === 'money' ? [stated.unit] : ['천원', '백만원', '억원'];
  const above = statedAbove(table, cost, collected, units);
  if (!above) return false;
  const { line: whole, unit } = above;
  const found = yearColumns.flatMap((index) => {
    const won = number(row.cells[index]?.text ?? '');
    return won === null || won === 0 ? [] : [{ year: years[index]!, won: won * MONEY_UNITS[unit] }];
  });
  if (found.length === 0) return false;
  for (const { year, won } of found) {
    const key = collected.keys.next({
      fiscalYear: year,
      department: whole.department ?? context.department,
      project: whole.project,
    });
    const line: BudgetLine = {
      key,
      fiscalYear: year,
      project: whole.project,
      budget: won,
      statedUnit: unit,
      source: { line: row.line, text: row.raw },
    };
    if (whole.department) line.department = whole.department;
    if (collected.bureau) line.bureau = collected.bureau;
    collected.lines.push(line);
  }
  if (!whole.period) whole.period = { from: found[0]!.year, to: found[found.length - 1]!.year };
  return true;
}
