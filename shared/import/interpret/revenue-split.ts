/**
 * `□ 예산 : 세입 1,782억원, 세출 10,816억원`, `ㅇ 일반회계 : 세입 161억원, 세출 758억원`: a statement
 * that gives money coming in and money going out side by side. Neither is a project's budget: the
 * 세입 is the owner's revenue, the 세출 its spending (a summary, as the 세입/세출 rows of a table).
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { compact, tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import type { ReadingContext } from './context';
import { isDepartmentName } from './names';
import type { Collected } from './sink';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

const SPLIT = /^([^:：]{1,30}?)\s*[:：]\s*세\s*입\s*(\S.*?)\s*[,，]\s*세\s*출\s*(\S.*?)\s*$/;
/** `미래교육과 ○○ 특별회계 세입 및 세출 : 21,450백만원`: one sum both taken in and spent. */
const BOTH_WAYS = /^(.{2,40}?)\s*세\s*입\s*(?:및|[·ㆍ/]|과)?\s*세\s*출\s*[:：]\s*(\S.*?)\s*$/;
/** Labels that name nothing but the money itself: the lines are plain 세입 and 세출. */
const GENERIC = /^(?:총?예산|예산규모|예산현황|재정규모)$/;

function wonOf(text: string): Money | null {
  const amounts = findAmounts(text);
  const amount = amounts[0];
  if (amounts.length !== 1 || !amount || amount.value.kind !== 'money') return null;
  if (text.slice(amount.end).trim() !== '' || amount.value.won <= 0) return null;
  return { won: amount.value.won, unit: amount.value.unit };
}

interface Split {
  revenue: Money;
  spending: Money;
  /** the names of the two lines */
  names: [string, string];
  /** `미래교육과 ○○ 특별회계`: the office the statement names first */
  department?: string;
}

type Money = { won: number; unit: BudgetLine['statedUnit'] };

function splitOf(text: string): Split | null {
  const split = SPLIT.exec(text);
  if (split) {
    const revenue = wonOf(split[2]!);
    const spending = wonOf(split[3]!);
    if (!revenue || !spending) return null;
    const label = tidySpaces(split[1]!);
    const names: [string, string] = GENERIC.test(compact(label))
      ? ['세입', '세출']
      : [`${label} 세입`, `${label} 세출`];
    return { revenue, spending, names };
  }
  const both = BOTH_WAYS.exec(text);
  const won = both ? wonOf(both[2]!) : null;
  if (!both || !won) return null;
  const label = tidySpaces(both[1]!);
  const office = /^(\S+)\s+(\S.*)$/.exec(label);
  const department = office && isDepartmentName(office[1]!) ? office[1]! : undefined;
  const name = department ? office![2]! : label;
  const found: Split = { revenue: won, spending: won, names: [name, name] };
  if (department) found.department = department;
  return found;
}

/** Reads the statement into a revenue and a spending line; false when the block is not one. */
export function readRevenueSplit(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const split = splitOf(block.text.replace(/^[^\p{L}\p{N}]+/u, ''));
  if (!split) return false;
  const owner = split.department ?? context.department ?? collected.bureau;
  for (const [figure, isRevenue, project] of [
    [split.revenue, true, split.names[0]],
    [split.spending, false, split.names[1]],
  ] as const) {
    const fiscalYear = context.fiscalYear;
    const key = collected.keys.next({
      fiscalYear,
      department: owner,
      project,
      path: [isRevenue ? '세입' : '세출'],
    });
    const line: BudgetLine = {
      key,
      fiscalYear,
      project,
      budget: figure.won,
      category: isRevenue ? 'revenue' : 'summary',
      source: { line: block.line, text: block.raw },
    };
    if (figure.unit) line.statedUnit = figure.unit;
    if (owner) line.department = owner;
    if (collected.bureau) line.bureau = collected.bureau;
    collected.lines.push(line);
  }
  return true;
}
