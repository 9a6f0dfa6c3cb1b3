/**
 * A project outline that states its years apart from its cost: `□ 사업개요` › `ㅇ 사업기간 : 2022. ~
 * 2029.` › `ㅇ 사업비 : 371억원`, or a heading that carries them (`□ ○○선 건설(2010~2026)`,
 * `○ 사업개요(2019~2025)`). The 사업비 of a project that runs several years is its whole cost.
 */
import { compact } from '../../text/compact';
import type { Block } from '../blocks/types';
import type { BudgetStatement } from './budget-statement';
import { readBudgetStatement } from './budget-statement';
import { numberedTitle } from './headings';
import { isStandardLabel } from './sections';
import { findPeriod, readPeriod, yearFigureAfter, type Period } from './statement-period';

/** `사업기간 : 2025. ~ 2040.`, `기 간 : 2023. 8. ~ 2029. 12.`, `(추진기간) '24.~'27.` */
const PERIOD_ITEM =
  /^[^\p{L}\p{N}(（]*[(（]?\s*(?:사\s*업|추\s*진|공\s*사|조\s*성|건\s*립|설\s*치)?\s*기\s*간\s*[)）]?\s*[:：]?\s*/u;
/** how far an outline reaches from its cost line, in blocks */
const REACH_BACK = 14;
const REACH_AHEAD = 8;
/** a year of its own in the statement (`('25년, 시 300)`, `2025년 사업비`): that year's figure */
const SINGLE_YEAR = /(?:^|[^\d~∼～\-–])(?:\d{4}|['‘’]\d{2})\s*년(?!\s*(?:간|[~∼～\-–]))/;

function multiYear(period: Period | undefined): period is Period {
  return period !== undefined && period.to > period.from;
}

/** `2025. 1. ~ 12.`, `2025년 ~ 계속`: a programme within one year, or running on from it */
const ONE_YEAR =
  /^(?:(\d{4})|['‘’](\d{2}))\s*(?:년도?|\.)?\s*(?:\d{1,2}\s*(?:월|\.)?\s*)?[~∼～\-–]\s*(?:\d{1,2}\s*(?:월|\.)?\s*|계\s*속)\s*$/;

export function periodItem(text: string): Period | undefined {
  const match = PERIOD_ITEM.exec(text);
  if (!match || match[0].length === 0 || !/기\s*간/.test(match[0])) return undefined;
  const rest = text.slice(match[0].length);
  const read = readPeriod(rest);
  if (read) return read.period;
  const one = ONE_YEAR.exec(rest.trim());
  if (!one) return undefined;
  const year = one[1] ? Number(one[1]) : 2000 + Number(one[2]);
  return { from: year, to: year };
}

/** A heading's own years: `도시철도 정관선 건설(2023~2029)`, `사업개요(2010~2029)`. */
export function headingPeriod(text: string): Period | undefined {
  const inside = /[(（]([^()（）]*)[)）]\s*$/.exec(text.trim())?.[1];
  return inside === undefined ? undefined : findPeriod(inside);
}

function headingText(block: Block): string | undefined {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph') return numberedTitle(block)?.text;
  return undefined;
}

/** `사업개요`, `(사업개요) 서부산권 …`: a label inside the project, not the project's own heading. */
function isOutlineLabel(text: string): boolean {
  const lead = /^[(（]\s*([^()（）]{2,20})\s*[)）]/.exec(text.trim())?.[1];
  return isStandardLabel(text) || (lead !== undefined && isStandardLabel(lead));
}

/** The years of the outline the cost line at `index` sits in, when it names several. */
export function outlinePeriod(blocks: readonly Block[], index: number): Period | undefined {
  const { item, heading } = outlineYears(blocks, index);
  if (item) return multiYear(item) ? item : undefined;
  return multiYear(heading) ? heading : undefined;
}

/** The outline's 사업기간 item (`2025. 1. ~ 12.`, `2023. ~ 2029.`), and the years its heading gives. */
function outlineYears(
  blocks: readonly Block[],
  index: number,
): { item?: Period; heading?: Period } {
  let heading: Period | undefined;
  for (let i = index - 1; i >= 0 && i >= index - REACH_BACK; i--) {
    const block = blocks[i]!;
    if (block.kind === 'noise' || block.kind === 'unit') continue;
    if (block.kind === 'table') break;
    const title = headingText(block);
    if (title !== undefined) {
      heading ??= headingPeriod(title);
      if (!isOutlineLabel(title)) break;
      continue;
    }
    const item = periodItem(block.text);
    if (item) return { item };
    if (readBudgetStatement(block.text)) break;
  }
  for (let i = index + 1; i < blocks.length && i <= index + REACH_AHEAD; i++) {
    const block = blocks[i]!;
    if (block.kind === 'noise' || block.kind === 'unit') continue;
    if (block.kind === 'table' || headingText(block) !== undefined) break;
    const item = periodItem(block.text);
    if (item) return { item };
    if (readBudgetStatement(block.text)) break;
  }
  return heading ? { heading } : {};
}

/**
 * A project's 사업비 or 소요예산 in an outline that runs several years is its whole cost
 * (`totalCost` with those years), unless the statement names a year of its own.
 */
export function asOutlineTotal(
  statement: BudgetStatement,
  text: string,
  blocks: readonly Block[],
  index: number,
): void {
  if (statement.field !== 'requiredBudget' || statement.period) return;
  if (statement.main?.kind !== 'money') return;
  // `사업비 : 355억원('25년 30억)`: the whole cost with this year's share beside it
  const year = yearFigureAfter(text);
  if (!year && SINGLE_YEAR.test(compact(text))) return;
  const period = outlinePeriod(blocks, index);
  if (!period) return;
  statement.field = 'totalCost';
  statement.period = period;
  if (year) statement.yearFigure = year;
}

/**
 * `총사업비 : 3,650백만원` in an outline whose 사업기간 is `2025. 1. ~ 12.` (or `2025년 ~ 계속`, a
 * programme that starts this year and runs on): the whole cost is that year's budget.
 */
export function asOneYearCost(
  statement: BudgetStatement,
  blocks: readonly Block[],
  index: number,
  year: number,
): void {
  if (statement.field !== 'totalCost' || statement.period || statement.main?.kind !== 'money')
    return;
  const { item } = outlineYears(blocks, index);
  if (!item || item.from !== item.to || item.from !== year) return;
  statement.field = 'requiredBudget';
  statement.period = item;
}

/** how far above a table its outline's 사업기간 item may stand, in blocks */
const TABLE_REACH = 16;

/**
 * The years of the outline a table sits in (`w 사업기간 : 2023년 ~ 2026년` above `w 총사업비 : □ 연도별
 * 예산 및 집행 현황`): what a `'26년 이후` column of its yearly plan covers.
 */
export function periodAbove(blocks: readonly Block[], index: number): Period | undefined {
  for (let i = index - 1; i >= 0 && i >= index - TABLE_REACH; i--) {
    const block = blocks[i]!;
    if (block.kind === 'table') return undefined;
    if (block.kind === 'noise' || block.kind === 'unit') continue;
    const item = periodItem(block.text);
    if (item) return item;
  }
  return undefined;
}
