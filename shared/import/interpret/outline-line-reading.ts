/**
 * The line an undertaking's one-line outline (outline-line.ts) makes, named by what the outline
 * describes: the item right above it (`ㅇ ’24.11. : ○○ 타당성 검토 용역 착수` › `- (용역기간) … (용역비)
 * 10억원`), else the outline's own heading (`〈○○ 수립 용역 개요(’24.~’25.)〉` › `✔ (기본사항) …`),
 * else the open project.
 */
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import type { ReadingContext } from './context';
import { listRank } from './nested-parts';
import { readOutlineLine } from './outline-line';
import { isStandardLabel } from './sections';
import type { Collected } from './sink';
import { wholeCostYear } from './whole-cost-year';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** how many sibling items may stand between an outline line and the item it belongs to */
const SIBLINGS = 4;

/** `’24.11. :`, `’24. 6.~‘24.12. :`: the date a schedule item opens with */
const SCHEDULE_DATE =
  /^['‘’`]?\d{2}\s*\.(?:\s*\d{1,2}\s*\.?)?(?:\s*[~∼]\s*['‘’`]?[\d.\s]+)?\s*[:：]\s*/;
/** a closing verb and the date after it: `착수`, `준공(’24.9.)`, `추진` */
const CLOSING_VERB =
  /\s*(?:추진|착수|발주|시행|실시|완료|준공|계약|체결)?\s*(?:[(（][^()（）]*[)）])?\s*$/;

/** What an item or a heading names, without its date, its closing verb or its `개요`. */
function subjectOf(text: string): string | undefined {
  const name = tidySpaces(
    text
      .replace(/^[^\p{L}\p{N}'‘’`]+|[^\p{L}\p{N})）]+$/gu, '')
      .replace(SCHEDULE_DATE, '')
      .replace(CLOSING_VERB, '')
      .replace(/\s*개\s*요$/, ''),
  );
  if (!/[가-힣]{2}/.test(name) || isStandardLabel(name) || /[:：]/.test(name)) return undefined;
  return name;
}

/** `〈 ○○ 수립 용역 〉` › `ㅇ 용역개요 : …`: the title right above the outline line. */
function headingAbove(blocks: readonly Block[], index: number): string | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const above = blocks[i]!;
    if (above.kind === 'noise') continue;
    return above.kind === 'heading' ? subjectOf(above.text) : undefined;
  }
  return undefined;
}

/** The shallower list item right above a deeper one (past its own sibling items). */
function itemAbove(blocks: readonly Block[], index: number): string | undefined {
  const block = blocks[index]!;
  if (block.kind !== 'list') return undefined;
  const rank = listRank(block);
  for (let i = index - 1; i >= 0 && i >= index - SIBLINGS; i--) {
    const above = blocks[i]!;
    if (above.kind === 'noise') continue;
    if (above.kind !== 'list') return undefined;
    if (listRank(above) < rank) return subjectOf(above.text);
  }
  return undefined;
}

export function readOutlineLineBlock(
  blocks: readonly Block[],
  index: number,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const block = blocks[index] as TextBlock;
  const outline = readOutlineLine(block.text);
  if (!outline) return false;
  const project = context.project();
  const heading = context.nearestHeading();
  const name =
    itemAbove(blocks, index) ??
    headingAbove(blocks, index) ??
    (heading === undefined ? undefined : subjectOf(heading)) ??
    project?.name;
  if (!name) return false;
  const department = project?.department ?? context.department;
  const sectionYear = context.labelYear ?? project?.fiscalYear ?? context.fiscalYear;
  const { period, statement } = outline;
  const whole = period.to > period.from;
  const fiscalYear = whole ? wholeCostYear(collected, sectionYear) : period.from;
  const made = (year: number, path: string[]): BudgetLine => {
    const line: BudgetLine = {
      key: collected.keys.next({ fiscalYear: year, department, project: name, path }),
      fiscalYear: year,
      project: name,
      source: { line: block.line, text: block.raw },
    };
    if (statement.main?.kind === 'money') line.statedUnit = statement.main.unit;
    if (department) line.department = department;
    if (collected.bureau) line.bureau = collected.bureau;
    return line;
  };
  const line = made(fiscalYear, []);
  const won = statement.main?.kind === 'money' ? statement.main.won : 0;
  if (whole) line.totalCost = won;
  else line.requiredBudget = won;
  line.period = period;
  if (Object.keys(statement.funding).length > 0) line.funding = { ...statement.funding };
  collected.lines.push(line);
  // `* 2024년도 5억원`: that year's own share of the cost
  if (outline.yearFigure && whole) {
    const year = made(outline.yearFigure.year, [`${outline.yearFigure.year}년`]);
    year.budget = outline.yearFigure.won;
    collected.lines.push(year);
  }
  for (const name of statement.sourceNames)
    collected.names.push({ kind: 'funding', name, source: { line: block.line, text: block.raw } });
  return true;
}
