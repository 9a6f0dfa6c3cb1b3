import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block, ListItemBlock } from '../blocks/types';
import { readListedParts } from './listed-parts';
import { PART_SEPARATOR, placementOf, readPart } from './statement-parts';
import type { Collected } from './sink';

/** Leading spaces of a block's line; a heading statement (`■ 소요예산 : …`) counts as outermost. */
function indentOf(block: Block): number {
  if (block.kind === 'heading' && !/^\s/.test(block.raw)) return -1;
  return 'raw' in block ? /^[ \u3000]*/.exec(block.raw)![0].length : 0;
}

interface NestedPart {
  label: string;
  won: number;
  unit: BudgetLine['statedUnit'];
}

/** `- 주민 설명회: 4,500천원` under a statement: a labelled amount and nothing else. */
function nestedPart(text: string): NestedPart | null {
  const match = /^(.{1,40}?)\s*[:：]\s*(.+)$/.exec(text.trim());
  if (!match) return null;
  const amounts = findAmounts(match[2]!);
  const first = amounts[0];
  if (!first || first.value.kind !== 'money' || first.start > 2) return null;
  return {
    label: tidySpaces(match[1]!.replace(/^[※*]\s*/, '')),
    won: first.value.won,
    unit: first.value.unit,
  };
}

/** `○ 세부내용`, `○ 산출내역`: a label announcing the breakdown on the deeper lines below it. */
const BREAKDOWN_LABEL =
  /^(?:세부\s*내용|세부\s*내역|세부\s*사업|사업별\s*내역|소요\s*내역|산출\s*내역|산출\s*근거|내역|주요\s*내용|사업\s*내용|예산\s*내역)\s*:?$/;

/** `○`, `ㅇ` items hold `-` items, which hold `·` items; `※` notes sit deepest. */
export function listRank(block: ListItemBlock): number {
  const base = /[○ㅇ◦❍●◯◉]/.test(block.marker) ? 2 : /[※*]/.test(block.marker) ? 4 : 3;
  return base + block.depth / 10;
}

/** A list item below the statement: deeper by its indentation, or by its bullet when unindented. */
function isDeeper(next: Block, indent: number, rank: number): next is ListItemBlock {
  if (next.kind !== 'list') return false;
  const nextIndent = indentOf(next);
  if (nextIndent > indent) return true;
  return nextIndent === indent && listRank(next) > rank && rank > 0;
}

export function readNestedParts(
  blocks: readonly Block[],
  index: number,
  parent: BudgetLine,
  collected: Collected,
  rank = 0,
): number {
  const indent = indentOf(blocks[index]!);
  let consumed = 0;
  for (let i = index + 1; i < blocks.length; i++) {
    const next = blocks[i]!;
    const isLabel =
      (next.kind === 'list' || next.kind === 'heading') && BREAKDOWN_LABEL.test(next.text);
    if (consumed === 0 && isLabel && indentOf(next) >= indent) {
      consumed++;
      continue;
    }
    if (!isDeeper(next, indent, rank)) break;
    const part = nestedPart(next.text);
    if (!part) {
      const listed = readListedParts(next.text, parent.totalCost ?? parent.requiredBudget);
      if (listed.length === 0) break;
      consumed++;
      for (const item of listed) addChild(parent, item, next, collected);
      continue;
    }
    consumed++;
    const placement = placementOf(part.label);
    if (placement?.kind === 'funding') {
      parent.funding = {
        ...parent.funding,
        [placement.source]: (parent.funding?.[placement.source] ?? 0) + part.won,
      };
      collected.names.push({
        kind: 'funding',
        name: part.label.replace(/\s+/g, ''),
        source: { line: next.line, text: next.raw },
      });
      continue;
    }
    if (placement?.kind === 'original')
      parent.originalBudget = (parent.originalBudget ?? 0) + part.won;
    else if (placement?.kind === 'supplementary')
      parent.supplementary = (parent.supplementary ?? 0) + part.won;
    else if (placement?.kind === 'carried')
      parent.carriedOver = (parent.carriedOver ?? 0) + part.won;
    if (placement) continue;
    const child = addChild(parent, part, next, collected);
    const funding = readChildFunding(next.text, part.unit);
    if (funding) child.funding = funding;
  }
  return consumed;
}

function addChild(
  parent: BudgetLine,
  part: NestedPart,
  next: ListItemBlock,
  collected: Collected,
): BudgetLine {
  const key = collected.keys.next({
    fiscalYear: parent.fiscalYear,
    department: parent.department,
    project: parent.project,
    path: [part.label],
  });
  const child: BudgetLine = {
    key,
    fiscalYear: parent.fiscalYear,
    project: part.label,
    parentKey: parent.key,
    // the items of a multi-year total are parts of that total, not of a year's budget
    [parent.totalCost !== undefined && parent.requiredBudget === undefined
      ? 'totalCost'
      : 'requiredBudget']: part.won,
    source: { line: next.line, text: next.raw },
  };
  if (part.unit) child.statedUnit = part.unit;
  if (parent.department) child.department = parent.department;
  if (parent.bureau) child.bureau = parent.bureau;
  collected.lines.push(child);
  return child;
}

function readChildFunding(
  text: string,
  unit: BudgetLine['statedUnit'],
): BudgetLine['funding'] | undefined {
  const open = text.indexOf('(');
  if (open < 0 || !unit) return undefined;
  const inner = text.slice(
    open + 1,
    text.lastIndexOf(')') > open ? text.lastIndexOf(')') : undefined,
  );
  const parts = inner.split(PART_SEPARATOR).map((part) => readPart(part, unit));
  const funding: NonNullable<BudgetLine['funding']> = {};
  for (const part of parts) {
    if (!part || part.won === undefined) continue;
    const placement = placementOf(part.label);
    if (placement?.kind === 'funding')
      funding[placement.source] = (funding[placement.source] ?? 0) + part.won;
  }
  return Object.keys(funding).length > 0 ? funding : undefined;
}
