/** What kind of personnel figure a table row holds, and which rows a total row adds up. */
import type { AuditTable, TableRow } from '../../model/table';
import { groupBy } from '../collections';

export type Measure = 'authorized' | 'current' | 'surplus';
export const MEASURE_WORDS: [Measure, string][] = [
  ['surplus', '과부족'],
  ['authorized', '정원'],
  ['current', '현원'],
];
const TOTAL_LABEL = /^(총계|합계|계|합|소계|총)$/;

export function measureOf(row: TableRow): Measure | undefined {
  const words = [row.label, ...row.cells.filter((c) => c.kind === 'text').map((c) => c.text)]
    .join(' ')
    .replace(/\s+/g, '');
  return MEASURE_WORDS.find(([, word]) => words.includes(word))?.[0];
}

export function isTotalRow(row: TableRow): boolean {
  const first = row.label.replace(/\s+/g, '').replace(/(정원|현원|과부족)$/, '');
  return row.isTotal || TOTAL_LABEL.test(first);
}

/** For each row, the rows it should be the sum of: its children, or the non-total rows of its kind. */
export function childrenByRow(table: AuditTable): (index: number) => TableRow[] {
  const rows = table.rows;
  if (rows.some((row) => row.parentIndex !== undefined)) {
    const children = groupBy(rows, (row) => row.parentIndex);
    return (index) => children.get(index) ?? [];
  }
  const totals = rows.map(isTotalRow);
  const measures = rows.map(measureOf);
  const ofKind = new Map<Measure | undefined, TableRow[]>();
  rows.forEach((row, index) => {
    if (totals[index]) return;
    const kind = ofKind.get(measures[index]) ?? [];
    kind.push(row);
    ofKind.set(measures[index], kind);
  });
  return (index) => (totals[index] ? (ofKind.get(measures[index]) ?? []) : []);
}
