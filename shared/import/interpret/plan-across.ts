/**
 * A yearly plan laid across the columns: `2023 | 2024 | 2025 | 2026~2027` over a row of what each
 * year does and a row of what it costs, each cell with its own unit (`2,000백만 원`). The row of
 * amounts is the plan's budget by year; the name is the item the table stands under (`ㅇ … 진단체계
 * 개발 : 80억원`). A span of years (`2026~2027`) is no one year's budget and is left out.
 */
import { findAmounts } from '../../money/amounts';
import type { MoneyUnit } from '../../money/types';
import { tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { ReadingContext } from './context';
import { rowFigureLine } from './row-figure-line';
import type { Collected } from './sink';

const YEAR = /^(\d{4})\s*년?$/;
const SPAN = /^\d{4}\s*년?\s*[~∼～-]\s*(?:\d{2}|\d{4})\s*년?$/;
const FILLER = /^[·ㆍ\s-]*$/;

/** `2,000백만 원` and nothing else: an amount that writes its own unit */
function ownAmount(text: string): { won: number; unit: MoneyUnit } | null {
  const cell = tidySpaces(text);
  const amounts = findAmounts(cell);
  const only = amounts[0];
  if (amounts.length !== 1 || only?.value.kind !== 'money') return null;
  if (only.start !== 0 || only.end !== cell.length) return null;
  return { won: only.value.won, unit: only.value.unit };
}

/** `ㅇ 인공지능 … 진단체계 개발 : 80억원` → the item's name, without its bullet and total */
function captionName(table: TableBlock): string | null {
  const text = table.caption?.text ?? '';
  const name = tidySpaces(
    text
      .replace(/^(?:[^\p{L}\p{N}(（]+|[ㅇㆍ]\s+)+/u, '')
      .replace(/\s*[:：]\s*(?:총\s*)?[\d,.]+\s*\S*원\s*$/, ''),
  );
  return /[가-힣]{2}/.test(name) && name.length <= 80 ? name : null;
}

export function readPlanAcross(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const labels = table.columnLabels;
  const years = labels.map((label) => {
    const match = YEAR.exec(label);
    return match ? Number(match[1]) : undefined;
  });
  const columns = labels.flatMap((label, index) =>
    years[index] !== undefined || SPAN.test(label) ? [index] : [],
  );
  const fillers = labels.every((label, index) => columns.includes(index) || FILLER.test(label));
  if (!fillers || years.filter((year) => year !== undefined).length < 2) return false;
  const moneyRows = table.rows.filter((row) =>
    columns.every((index) => ownAmount(row.cells[index]?.text ?? '') !== null),
  );
  if (moneyRows.length !== 1) return false;
  const name = captionName(table);
  if (!name) return false;
  const row = moneyRows[0]!;
  for (const index of columns) {
    const year = years[index];
    const amount = ownAmount(row.cells[index]?.text ?? '');
    if (year === undefined || !amount) continue;
    const line = rowFigureLine(collected, row, {
      fiscalYear: year,
      department: context.department,
      project: name,
      field: 'budget',
      won: amount.won,
      unit: amount.unit,
    });
    collected.lines.push(line);
  }
  return true;
}
