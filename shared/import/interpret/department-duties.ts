/**
 * A report that lists each department with its duties (`부서별 주요기능`: 부서 | 담당업무 | 예산)
 * and then its projects under policy goals, naming no department above them: each project goes
 * to the department whose duties it matches, so a department's stated total is not added to its
 * own projects again as if they were other money.
 */
import type { BudgetLine } from '../../model/report';
import { compact } from '../../text/compact';
import { editDistance } from '../../text/similarity';
import type { TableBlock } from '../blocks/types';
import { isDepartmentName } from './names';
import { isStandardLabel } from './sections';
import { warn, type Collected } from './sink';

export interface DutyTable {
  line: number;
  /** each department's duty items and its own name, as compact text without generic words */
  duties: Map<string, string[]>;
}

export interface SeenHeading {
  line: number;
  text: string;
}

const DUTY_COLUMN = /업무|기능|분장|사무/;
const ITEM_SPLIT = /\n|[○ㅇ◦•▪❍◎□■-]\s/;
/** Words every duty and project shares: they say nothing about whose it is. */
const GENERIC =
  /\d+년?|운영|추진|지원|사업|활성화|강화|조성|구축|계획|수립|관리|기획|확대|개최|실시|시행|관한|사항/g;
/** How much of a heading's own words one duty must hold, and by how much it must beat the next department's. */
const ENOUGH = 0.45;
const MARGIN = 0.2;

/** `부서 | 담당업무 | 예산`: departments down the first column, their duties in a column of their own. */
export function readDutyTable(table: TableBlock): DutyTable | null {
  const column = table.columnLabels.findIndex(
    (label, index) => index > 0 && DUTY_COLUMN.test(label),
  );
  if (column < 0) return null;
  const duties = new Map<string, string[]>();
  for (const row of table.rows) {
    const name = compact(row.cells[0]?.text ?? '');
    const text = row.cells[column]?.text ?? '';
    if (!isDepartmentName(name) || text.trim() === '') continue;
    const items = text
      .split(ITEM_SPLIT)
      .map((item) => words(item))
      .filter((item) => item.length >= 4);
    if (items.length > 0)
      duties.set(name, [words(name.replace(/(?:담당관|과|팀|단)$/, '')), ...items]);
  }
  return duties.size >= 2 ? { line: table.line, duties } : null;
}

function words(text: string): string {
  return compact(text)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(GENERIC, '');
}

function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return pairs;
}

/** The share of the heading's word pairs that the department's duties hold. */
function score(heading: Set<string>, items: readonly string[]): number {
  const pairs = new Set(items.flatMap((item) => [...bigrams(item)]));
  let shared = 0;
  for (const pair of heading) if (pairs.has(pair)) shared++;
  return shared / heading.size;
}

/** The department whose duties a heading names, when one clearly does. */
export function departmentOfHeading(table: DutyTable, text: string): string | undefined {
  const own = bigrams(words(text));
  if (own.size < 4 || isStandardLabel(text)) return undefined;
  if (own.size > SHORT) return departmentOfDescription(table, own);
  const ranked = [...table.duties]
    .map(([department, items]) => ({ department, score: score(own, items) }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first || first.score < ENOUGH) return undefined;
  if (second && first.score - second.score < MARGIN) return undefined;
  return first.department;
}

/** A title is short; a goal written as a sentence (`◆ 주민이 함께하는 마을활력소를 조성하여…`) is not. */
const SHORT = 24;

/**
 * A goal sentence names its department by the duty words only that department has: the one with
 * at least three of them, and twice as many as any other.
 */
function departmentOfDescription(table: DutyTable, own: Set<string>): string | undefined {
  const pairsOf = new Map(
    [...table.duties].map(([department, items]) => [
      department,
      new Set(items.flatMap((item) => [...bigrams(item)])),
    ]),
  );
  const counts = [...pairsOf].map(([department, pairs]) => {
    let unique = 0;
    for (const pair of own) {
      if (!pairs.has(pair)) continue;
      const elsewhere = [...pairsOf].some(([other, set]) => other !== department && set.has(pair));
      if (!elsewhere) unique++;
    }
    return { department, unique };
  });
  counts.sort((a, b) => b.unique - a.unique);
  const [first, second] = counts;
  if (!first || first.unique < 3 || (second && first.unique < 2 * second.unique)) return undefined;
  return first.department;
}

/** `시민속의예산담당관` in one table for the `시민숙의예산담당관` the duty table lists: one syllable off. */
function listedName(table: DutyTable, name: string): string | undefined {
  if (table.duties.has(name) || name.length < 5) return undefined;
  const near = [...table.duties.keys()].filter((listed) => editDistance(listed, name) === 1);
  return near.length === 1 ? near[0] : undefined;
}

function projectLike(text: string): boolean {
  return !isStandardLabel(text);
}

function spendsMoney(line: BudgetLine): boolean {
  return line.category !== 'revenue' && line.category !== 'summary';
}

type Matched = SeenHeading & { department: string | undefined };

/**
 * The department of the heading a line sits under: its own match, else the match of the headings
 * around it when the one before and the one after agree (or nothing follows).
 */
function ownerOf(headings: readonly Matched[], line: number): string | undefined {
  const at = headings.findLastIndex((heading) => heading.line <= line);
  if (at < 0) return undefined;
  if (headings[at]!.department) return headings[at]!.department;
  const before = headings.slice(0, at).findLast((heading) => heading.department)?.department;
  const after = headings.slice(at + 1).find((heading) => heading.department)?.department;
  return after === undefined || after === before ? before : undefined;
}

/**
 * Gives the lines after the duty table that name no department the department of the nearest
 * heading above them that matches one department's duties (a heading that matches none takes the
 * department its neighbours agree on). A department name one syllable off a listed one is read as the
 * listed one (the audit still shows the spelling). Warns once with how many lines were placed.
 */
export function placeByDuties(
  collected: Collected,
  table: DutyTable | undefined,
  headings: readonly SeenHeading[],
): void {
  if (!table) return;
  for (const line of collected.lines) {
    const listed = line.department ? listedName(table, line.department) : undefined;
    if (listed) line.department = listed;
  }
  const matched = headings
    // 사업개요, 추진실적 sit inside a project: they name no one
    .filter((heading) => heading.line > table.line && projectLike(heading.text))
    .map((heading) => ({ ...heading, department: departmentOfHeading(table, heading.text) }));
  let placed = 0;
  for (const line of collected.lines) {
    if (line.department || !spendsMoney(line) || line.source.line <= table.line) continue;
    const department = ownerOf(matched, line.source.line);
    if (!department) continue;
    line.department = department;
    placed++;
  }
  if (placed > 0)
    warn(collected, table.line, {
      ko: `부서가 적히지 않은 사업 ${placed}개의 부서를 부서별 주요기능(담당업무)과 사업명을 견주어 정했습니다`,
      en: `${placed} projects that name no department were placed by matching their headings to the departments' listed duties`,
    });
}
