/**
 * A project's outline item that lists its particulars and closes with its cost: `□ 업사이클센터 건립`
 * › `ㅇ (현황 및 개요) …` › `- ‘22.~’25, 서구 암남동(950㎡), 연면적 800㎡, 44.5억원(국50%)`. The
 * amount is the project's whole cost (the outline describes the project, not one year of it). Only
 * the last item is read, and only when no other item holds money.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import type { Block } from '../blocks/types';
import { readArrowTail } from './arrow-tail';
import { lastItem } from './last-item';
import { projectName, type ReadingContext } from './context';
import { listRank } from './nested-parts';
import type { Collected } from './sink';
import { readPeriod } from './statement-period';
import { withStatementFunding } from './statement-funding';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** `(현황 및 개요)`, `(사업개요)`: the topic under which items describe the project itself */
const OUTLINE_TOPIC = /^\s*[(（][^()（）]*개요[^()（）]*[)）]/;
/** how far above the item its outline topic and project heading may stand */
const REACH = 8;

/** The heading the item's outline topic sits under: `□ 업사이클센터 건립` › `ㅇ (현황 및 개요)` › item. */
function outlinedProject(blocks: readonly Block[], index: number, rank: number): string | null {
  let outlined = false;
  for (let i = index - 1; i >= 0 && i >= index - REACH; i--) {
    const above = blocks[i]!;
    if (above.kind === 'heading') return outlined ? projectName(above.text) : null;
    if (above.kind !== 'list') continue;
    if (listRank(above) >= rank) continue;
    if (!OUTLINE_TOPIC.test(above.text)) return null;
    outlined = true;
  }
  return null;
}

export function readParticulars(
  blocks: readonly Block[],
  index: number,
  collected: Collected,
  context: ReadingContext,
): boolean {
  const block = blocks[index] as TextBlock;
  if (block.kind !== 'list') return false;
  const name = outlinedProject(blocks, index, listRank(block));
  if (!name || !/[가-힣]{2}/.test(name)) return false;
  const text = block.text;
  const item = lastItem(text);
  const before = text.slice(0, text.length - item.length);
  if (!item || findAmounts(before).some((amount) => amount.value.kind === 'money')) return false;
  const statement = readArrowTail(text);
  if (statement?.main?.kind !== 'money') return false;
  const won = statement.main.won;
  if (collected.lines.some((line) => line.project === name && line.totalCost === won)) return false;
  const fiscalYear = context.fiscalYear;
  const department = context.department;
  const key = collected.keys.next({ fiscalYear, department, project: name, path: [] });
  const line: BudgetLine = {
    key,
    fiscalYear,
    project: name,
    totalCost: won,
    statedUnit: statement.main.unit,
    source: { line: block.line, text: block.raw },
  };
  const period = readPeriod(text);
  if (period) line.period = period.period;
  withStatementFunding(line, statement);
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  collected.lines.push(line);
  return true;
}
