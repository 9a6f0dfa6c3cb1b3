/**
 * `ㅇ (기장도예촌 관광지 조성사업) ▸장안읍 기룡리 일원 918천㎡(990억원)`, `ㅇ (수상워크웨이 건설)
 * ▸강서구 명지동~신호동(L=1.0㎞ B=3.0m), 442억원`: a project named in parentheses, then after the
 * arrow its site (where, how large) and what it costs — the outline of a construction project, whose
 * figure is the whole project's cost, not a year's budget or spending.
 */
import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import type { ReadingContext } from './context';
import type { Collected } from './sink';
import { wholeCostYear } from './whole-cost-year';

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

const OUTLINE = /^[^\p{L}\p{N}(（]*[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*[▸▹]\s*(.+)$/u;
/** `일원`, `918천㎡`, `L=1.0㎞`, `A=2,465㎡`: the words that describe a site */
const SITE = /일원|[㎡㎢㎞]|\b[LAB]\s*=/;

export function readSiteOutline(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const match = OUTLINE.exec(block.text.trim());
  if (!match || !/[가-힣]{2}/.test(match[1]!) || !SITE.test(match[2]!)) return false;
  const money = findAmounts(match[2]!.replace(/(\d\s*[천백십]?)\s*억(?![원\d])/g, '$1억원')).filter(
    (amount) => amount.value.kind === 'money' && amount.value.won > 0,
  );
  const amount = money.length === 1 ? money[0]!.value : undefined;
  if (amount?.kind !== 'money') return false;
  const project = tidySpaces(match[1]!);
  const department = context.project()?.department ?? context.department;
  const fiscalYear = wholeCostYear(collected, context.fiscalYear);
  const key = collected.keys.next({ fiscalYear, department, project });
  const line: BudgetLine = {
    key,
    fiscalYear,
    project,
    totalCost: amount.won,
    fromSentence: true,
    source: { line: block.line, text: block.raw },
  };
  if (amount.unit) line.statedUnit = amount.unit;
  if (amount.approximate) line.approximate = true;
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  collected.lines.push(line);
  return true;
}
