/**
 * One column of a table about something else counts people as a pair its header names the order
 * of: `기관명 | 설립일 | 조직 (정원/현원) | 자본금` with cells such as `2본부 6팀 (45명/37명)`. Each
 * row's pair is that row's 정원 and 현원 (grade 계), named by the row's first cell; what else the
 * cell says (the units of the organisation) is kept as a note. The other columns are not counts.
 */
import type { PersonnelRow } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { isTotalLabel } from './names';
import type { PersonnelResult } from './personnel-counts';

/** `정원/현원`, `정원·현원`, `현원/정원` in a header: which comes first */
const PAIR_HEADER = /(정원|현원)\s*[/／·,]\s*(정원|현원)/;
/** the pair at the end of a cell: `45/37`, `(45명/37명)`, `45명 / 37명` */
const PAIR_AT_END = /(?:^|[\s(（])(\d[\d,]*)\s*명?\s*[/／]\s*(\d[\d,]*)\s*명?\s*[)）]?\s*$/;

function pairColumnOf(table: TableBlock): { column: number; currentFirst: boolean } | null {
  const found: { column: number; currentFirst: boolean }[] = [];
  table.columnLabels.forEach((label, column) => {
    const match = PAIR_HEADER.exec(compact(label));
    if (column > 0 && match && match[1] !== match[2])
      found.push({ column, currentFirst: match[1] === '현원' });
  });
  // two pair columns (years, kinds of staff) say more than one pair per row: not this layout
  return found.length === 1 ? found[0]! : null;
}

const number = (text: string) => Number(text.replace(/,/g, ''));

/** The table's pair column read as one headcount per row, or null when it is not that layout. */
export function readPairColumnLayout(
  table: TableBlock,
  department: string | undefined,
): PersonnelResult | null {
  const pairColumn = pairColumnOf(table);
  if (!pairColumn) return null;
  const rows: PersonnelRow[] = [];
  for (const row of table.rows) {
    const text = tidySpaces(row.cells[pairColumn.column]?.text ?? '');
    const match = PAIR_AT_END.exec(text);
    if (!match) continue;
    const [first, second] = [number(match[1]!), number(match[2]!)];
    const name = tidySpaces(row.groupLabel || row.cells[0]?.text || '');
    const personnel: PersonnelRow = {
      grade: '계',
      authorized: pairColumn.currentFirst ? second : first,
      current: pairColumn.currentFirst ? first : second,
      source: { line: row.line, text: row.raw },
    };
    const named = isTotalLabel(name) ? '합계' : compact(name) || department;
    if (named) personnel.department = named;
    const note = text.slice(0, match.index).trim();
    if (note) personnel.notes = note;
    rows.push(personnel);
  }
  return rows.length > 0 ? { rows, tables: [] } : null;
}
