import { compact, tidySpaces } from '../../text/compact';
import type { AuditTable } from '../../model/table';
import type { ReadingContext } from './context';
import { isTotalLabel } from './names';
import type { ReadRow } from './table-rows';

/** `1차`, `2단계`, `3차년도`: a row that is a stage of the project, not a thing of its own. */
const STAGE = /^제?\d{1,2}(?:차|단계|차년도|년차)$/;

/**
 * A row labelled only by a stage or a total (`1차 | 35,000`, `계 | 100,000`, `관광개발사업 |
 * 소계 | 1,585`) names nothing a member could find: it is the stage or total of the project the
 * table sits under, and of the group it closes. Undefined for a row that names itself, or when
 * no project is open or the table is no project's (a department's 계 stays the department's).
 */
export function stageOrTotalName(
  row: ReadRow,
  context: ReadingContext,
  projectTable: boolean,
): string | undefined {
  if (!projectTable) return undefined;
  const label = compact(row.label);
  if (!STAGE.test(label) && !isTotalLabel(label)) return undefined;
  const project = context.nearestHeading();
  if (!project) return undefined;
  const group = tidySpaces(row.group ?? '');
  const groupWord = compact(group);
  const closes =
    group !== '' && groupWord !== label && !isTotalLabel(groupWord) && !STAGE.test(groupWord);
  return [project, closes ? group : '', tidySpaces(row.label)].filter(Boolean).join(' ');
}

/** `2025년 시민나무심기`: the year a project's name opens with, which a row of another year drops */
const OWN_YEAR = /^(?:\d{4}|['‘’]\d{2})\s*년도?\s+(?=\S)/;

/**
 * `2022년 | … | 132`, `2023년 | … | 105` under a project (`최근 3년간 추진현황`): a row labelled only
 * by its year is that year's figure of the project above, named by the project (without a year of
 * its own); undefined when no project is open.
 */
export function yearRowName(context: ReadingContext): string | undefined {
  const project = context.project();
  return project ? project.name.replace(OWN_YEAR, '') : undefined;
}

/**
 * A table that lays out one project's cost: it has a whole-cost column (`총투자`, `총사업비`), or
 * its rows are the project's stages. A department's or a bureau's budget table (세입·세출, 일반회계
 * and 특별회계 beside last year's) is none, even under a heading taken for a project.
 */
export function isProjectCostTable(
  rows: readonly ReadRow[],
  columns: readonly AuditTable['columns'][number][],
): boolean {
  if (columns.some((column) => column.role === 'totalCost')) return true;
  const items = rows.filter((row) => !row.isTotal && row.label !== '');
  return items.length > 0 && items.every((row) => STAGE.test(compact(row.label)));
}
