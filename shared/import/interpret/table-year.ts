import type { AuditTable } from '../../model/table';
import type { TableBlock } from '../blocks/types';

/** `다. 2024년 단위사업 집행현황`: the year a table's caption names, when its columns name none. */
export function captionYear(table: TableBlock): number | undefined {
  const match = /(?:^|\D)(\d{4})\s*년/.exec(table.caption?.text ?? '');
  const year = match ? Number(match[1]) : undefined;
  return year !== undefined && year >= 1990 && year <= 2100 ? year : undefined;
}

/** The year a money table's columns are about (`2025년 예산`), from its dated columns. */
export function tableYear(
  columns: AuditTable['columns'],
  years: readonly (number | undefined)[],
): number | undefined {
  for (const role of ['budget', 'currentBudget', 'total', 'spent', 'projectedSpend'] as const) {
    const index = columns.findIndex((column) => column.role === role);
    if (index >= 0 && years[index] !== undefined) return years[index];
  }
  return years.find((year) => year !== undefined);
}
