/**
 * Headcounts on an organisation chart: a line of department names and, under it, a line of what
 * each has (`(4팀, 30명)`, `5개팀(31명)`, `(4팀 1단, 27명)`). The chart does not say whether it
 * counts 정원 or 현원: the sum decides, when it equals the 정원 or the 현원 total of the document's
 * own headcount table. Without that proof the counts are left out rather than guessed.
 */
import type { PersonnelRow } from '../../model/report';
import { compact } from '../../text/compact';
import type { Block } from '../blocks/types';
import { isDepartmentName } from './names';
import type { PersonnelTableRows } from './personnel-merge';

const UNIT = String.raw`\d+\s*개?\s*(?:팀|과|단|센터|담당)`;
const UNITS = String.raw`${UNIT}(?:\s*[,，·]?\s*${UNIT})*`;
/** `(4팀, 30명)` / `(4팀 1단, 27명)` / `5개팀(31명)` / `(30명)`: the people count is group 1 */
const COUNT = new RegExp(
  String.raw`(?:${UNITS}\s*)?[(（]\s*(?:${UNITS}\s*[,，]?\s*)?(\d[\d,]*)\s*명\s*[)）]`,
  'g',
);
/** how far above the counts the names may be (a list of teams can sit between) */
const LOOK_BACK = 4;

/** The people counts of a line made of nothing else, or null. */
function countsOf(text: string): number[] | null {
  const counts: number[] = [];
  const rest = text.replace(COUNT, (_, people: string) => {
    counts.push(Number(people.replace(/,/g, '')));
    return ' ';
  });
  return counts.length > 0 && rest.trim() === '' ? counts : null;
}

/** Department names on a line, letter-spaced ones joined (`공 원 도 시 과`), or null. */
function namesOf(text: string): string[] | null {
  const names: string[] = [];
  let current = '';
  for (const token of text.split(/\s+/).filter(Boolean)) {
    current += token;
    if (isDepartmentName(current)) {
      names.push(compact(current));
      current = '';
    } else if (current.length > 16) return null;
  }
  return current === '' && names.length > 0 ? names : null;
}

function textOf(block: Block): string | null {
  if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'list')
    return block.text;
  return null;
}

interface ChartCount {
  department: string;
  people: number;
  block: Block;
}

function chartCounts(blocks: readonly Block[]): ChartCount[] {
  const found: ChartCount[] = [];
  blocks.forEach((block, index) => {
    const text = textOf(block);
    const counts = text === null ? null : countsOf(text);
    if (!counts) return;
    for (let back = index - 1; back >= Math.max(0, index - LOOK_BACK); back--) {
      const above = textOf(blocks[back]!);
      const names = above === null ? null : namesOf(above);
      if (!names) continue;
      if (names.length !== counts.length) return;
      names.forEach((department, at) => found.push({ department, people: counts[at]!, block }));
      return;
    }
  });
  return found;
}

/**
 * The line of the table that counts each department on its own terms (its row that repeats no
 * other table): a chart count of that department repeats it.
 */
function ownTables(
  fromTables: readonly PersonnelRow[],
  tables: readonly PersonnelTableRows[],
): Map<string, number> {
  const tableOfRow = new Map<number, number>();
  for (const table of tables)
    for (const row of table.rows) tableOfRow.set(row.source.line, table.line);
  const own = new Map<string, number>();
  for (const row of fromTables) {
    const department = compact(row.department ?? '');
    if (department === '' || row.repeatOf !== undefined || own.has(department)) continue;
    own.set(department, tableOfRow.get(row.source.line) ?? row.source.line);
  }
  return own;
}

/**
 * The chart's counts as 정원 or 현원, by the table total their sum equals; none without proof. A
 * department that also has rows in a headcount table keeps its chart count, marked `repeatOf` that
 * table, so sums count it once and the chart's figure is still shown where it was printed.
 */
export function orgChartHeadcounts(
  blocks: readonly Block[],
  fromTables: readonly PersonnelRow[],
  tables: readonly PersonnelTableRows[] = [],
): PersonnelRow[] {
  const counts = chartCounts(blocks);
  if (counts.length === 0) return [];
  const sum = counts.reduce((total, count) => total + count.people, 0);
  const totals = fromTables.filter((row) => row.grade === '계');
  const authorized = totals.some((row) => row.authorized === sum);
  const current = totals.some((row) => row.current === sum);
  if (!authorized && !current) return [];
  const own = ownTables(fromTables, tables);
  return counts.map((count) => {
    const block = count.block as Block & { line: number; text: string };
    const row: PersonnelRow = {
      department: count.department,
      grade: '계',
      source: { line: block.line, text: block.text },
    };
    if (authorized) row.authorized = count.people;
    if (current) row.current = count.people;
    const table = own.get(count.department);
    if (table !== undefined) row.repeatOf = table;
    return row;
  });
}
