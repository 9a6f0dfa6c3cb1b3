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

const ROW_YEAR = /^(?:(\d{4})|['‘’](\d{2}))\s*년?\s*도?$/;

/**
 * `2022년 | … | 132`, `2023년 | … | 105`: a table whose rows are years (a project's last few
 * years) files each row under its own year. Undefined per row unless every named row is a year.
 */
export function rowYears(
  labels: readonly string[],
  isTotal: readonly boolean[],
): (number | undefined)[] | undefined {
  const years = labels.map((label) => {
    const match = ROW_YEAR.exec(label.replace(/\s+/g, ''));
    if (!match) return undefined;
    const year = match[1] ? Number(match[1]) : 2000 + Number(match[2]);
    return year >= 1990 && year <= 2100 ? year : undefined;
  });
  const named = labels.flatMap((label, index) => (label !== '' && !isTotal[index] ? [index] : []));
  if (named.length < 2 || named.some((index) => years[index] === undefined)) return undefined;
  return years;
}
