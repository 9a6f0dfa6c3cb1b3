import type { ComparisonRow, RowStatus } from './types';

export type SortDirection = 'asc' | 'desc';
/** a value column id, or 'label' / 'group' for the names */
export interface SortSpec {
  column: string;
  direction: SortDirection;
}

export interface RowFilter {
  /** part of the project, department or bureau name (spacing ignored) */
  text?: string;
  /** rows with findings or broken rules */
  flaggedOnly?: boolean;
  statuses?: readonly RowStatus[];
  /** rows whose |difference column| is at least this */
  minAbsoluteDifference?: { column: string; value: number };
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();
const collator = new Intl.Collator('ko');

/** Sorted copy; rows without a value sort last in either direction. */
export function sortRows(rows: readonly ComparisonRow[], sort: SortSpec): ComparisonRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  if (sort.column === 'label' || sort.column === 'group') {
    const name = (row: ComparisonRow) => (sort.column === 'label' ? row.label : (row.group ?? ''));
    return [...rows].sort((a, b) => sign * collator.compare(name(a), name(b)));
  }
  return [...rows].sort((a, b) => {
    const left = a.values[sort.column] ?? null;
    const right = b.values[sort.column] ?? null;
    if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0);
    return sign * (left - right);
  });
}

export function filterRows(rows: readonly ComparisonRow[], filter: RowFilter): ComparisonRow[] {
  const needle = filter.text ? squash(filter.text) : '';
  return rows.filter((row) => {
    if (needle && !squash(`${row.label} ${row.group ?? ''}`).includes(needle)) return false;
    if (filter.flaggedOnly && row.flags.length === 0 && !row.ruleFlags?.length) return false;
    if (filter.statuses && !filter.statuses.includes(row.status)) return false;
    const min = filter.minAbsoluteDifference;
    if (min) {
      const value = row.values[min.column];
      if (value === null || value === undefined || Math.abs(value) < min.value) return false;
    }
    return true;
  });
}
