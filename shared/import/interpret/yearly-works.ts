/**
 * Years across the columns, each cell the year's works and their cost: `구분 | 추진실적 (계 | 2022년 |
 * 2023년 | 2024년) | 향후계획 (2025년 | 2026년)` over `도시 바람길숲 | 12개소 10.3ha (54억원) | …`.
 * Only the amount in parentheses is money; a year under 실적 (or before the plan's year) is what was
 * spent, a year under 계획 (or from the plan's year on) that year's budget. A 계 column and a
 * carried-over column (`2024년 (이월사업)`) add no year of their own.
 */
import { findAmounts } from '../../money/amounts';
import type { MoneyUnit } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { ReadingContext } from './context';
import { isTotalLabel } from './names';
import type { Collected } from './sink';

/** `12개소 10.3ha`, `3개소, 2.5km`, `1식`: quantities with their counters or measures */
const QUANTITY =
  /\d[\d,]*(?:\.\d+)?\s*(?:개소|개|곳|건|식|동|대|주|본|명|회|ha|천㎡|㎡|m²|㎢|km|㎞|m)(?![가-힣A-Za-z])/g;
const WORKS_CELL = /^([^()]*\d[^()]*?)\s*\(\s*([^()]*)\s*\)$/;
const NOTHING = /^[-–—―·]*$/;
const YEAR = /(?:^|\/)(\d{4})년?(?:\(([^)]*)\))?$/;

interface WorksCell {
  won: number;
  unit: MoneyUnit;
}

/** `8개소 13.14ha (123억원)` → 123억원; null when the cell is anything else. */
export function readWorksCell(text: string): WorksCell | null {
  const match = WORKS_CELL.exec(tidySpaces(text));
  if (!match) return null;
  const [, outside, inside] = match as unknown as [string, string, string];
  if (outside.replace(QUANTITY, '').replace(/[\s,·]/g, '') !== '') return null;
  const amounts = findAmounts(inside);
  const only = amounts[0];
  if (amounts.length !== 1 || !only || only.value.kind !== 'money') return null;
  if (only.start !== 0 || only.end !== inside.length) return null;
  return { won: only.value.won, unit: only.value.unit };
}

interface YearColumn {
  index: number;
  year: number;
  field: 'spent' | 'budget';
}

export function yearColumns(labels: readonly string[], fiscalYear: number): YearColumn[] {
  return labels.flatMap((label, index) => {
    const match = YEAR.exec(label);
    if (!match || /이월/.test(match[2] ?? '')) return [];
    const year = Number(match[1]);
    const group = label.includes('/') ? label.slice(0, label.lastIndexOf('/')) : '';
    const spent = /실적|집행|결과/.test(group) || (!/계획|예정/.test(group) && year < fiscalYear);
    return [{ index, year, field: spent ? 'spent' : 'budget' } as YearColumn];
  });
}

export function readYearlyWorks(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const columns = yearColumns(table.columnLabels, context.fiscalYear);
  if (columns.length < 2 || table.rows.length < 2) return false;
  let works = 0;
  for (const row of table.rows) {
    for (const column of columns) {
      const text = row.cells[column.index]?.text ?? '';
      if (NOTHING.test(text.trim())) continue;
      if (!readWorksCell(text)) return false;
      works++;
    }
  }
  if (works < 2) return false;
  for (const row of table.rows) {
    const name = tidySpaces(row.cells[0]?.text ?? '');
    if (name === '') continue;
    for (const column of columns) {
      const cell = readWorksCell(row.cells[column.index]?.text ?? '');
      if (!cell) continue;
      const key = collected.keys.next({
        fiscalYear: column.year,
        department: context.department,
        project: name,
        path: isTotalLabel(name) ? [`${table.line}행 표`] : [],
      });
      const line: BudgetLine = {
        key,
        fiscalYear: column.year,
        project: name,
        [column.field]: cell.won,
        statedUnit: cell.unit,
        source: { line: row.line, text: row.raw },
      };
      if (isTotalLabel(compact(name))) line.category = 'summary';
      if (context.department) line.department = context.department;
      if (collected.bureau) line.bureau = collected.bureau;
      collected.lines.push(line);
    }
  }
  return true;
}
