import { findAmounts } from '../../money/amounts';
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { Block } from '../blocks/types';
import {
  PART_SEPARATOR,
  readBudgetStatement,
  readPart,
  placementOf,
  type BudgetStatement,
} from './budget-statement';
import type { ReadingContext } from './context';
import { warn, type Collected } from './sink';

const UNKNOWN_BULLET = /^[^\p{L}\p{N}\s(（[［'‘’"“]+\s*/u;

type TextBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'list' }>;

/** Leading spaces of a block's line; a heading statement (`■ 소요예산 : …`) counts as outermost. */
function indentOf(block: Block): number {
  if (block.kind === 'heading' && !/^\s/.test(block.raw)) return -1;
  return 'raw' in block ? /^[ \u3000]*/.exec(block.raw)![0].length : 0;
}

function applyStatement(line: BudgetLine, statement: BudgetStatement): void {
  const main = statement.main;
  if (statement.noBudget) line.noBudget = true;
  if (main?.kind === 'money') {
    line[statement.field] = main.won;
    line.statedUnit = main.unit;
    if (main.approximate) line.approximate = true;
  } else if (main?.kind === 'range') {
    line.range = { min: main.min, max: main.max };
    line.statedUnit = main.unit;
    if (main.approximate) line.approximate = true;
  }
  if (Object.keys(statement.funding).length > 0) line.funding = { ...statement.funding };
  if (statement.originalBudget !== undefined) line.originalBudget = statement.originalBudget;
  if (statement.supplementary !== undefined) line.supplementary = statement.supplementary;
  if (statement.carriedOver !== undefined) line.carriedOver = statement.carriedOver;
}

function observe(collected: Collected, statement: BudgetStatement, block: TextBlock): void {
  for (const name of statement.sourceNames) {
    collected.names.push({ kind: 'funding', name, source: { line: block.line, text: block.raw } });
  }
  for (const part of statement.unplaced) {
    warn(collected, block.line, {
      ko: `괄호 안의 "${part}"을(를) 재원으로 읽지 못했습니다`,
      en: `"${part}" in parentheses was not read as a funding source`,
    });
  }
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

/**
 * A budget statement (`사업비: …`, `■ 소요예산 : …`) becomes the current project's line; labelled
 * amounts on the deeper lines right after it become its funding (`- 시비: 60,000천원`) or its child
 * lines (`- 주민 설명회: 4,500천원`). Returns how many following blocks it consumed.
 */
export function readStatement(
  blocks: readonly Block[],
  index: number,
  context: ReadingContext,
  collected: Collected,
): number {
  const block = blocks[index] as TextBlock;
  // a paragraph may still start with a bullet the block reader does not know (`◘ 사업비: …`)
  const text = block.kind === 'paragraph' ? block.text.replace(UNKNOWN_BULLET, '') : block.text;
  const statement = readBudgetStatement(text);
  if (!statement) return 0;
  observe(collected, statement, block);
  if (!statement.main && !statement.noBudget) {
    warn(collected, block.line, {
      ko: `예산 금액을 읽지 못했습니다: ${tidySpaces(block.text)}`,
      en: `could not read the budget amount: ${tidySpaces(block.text)}`,
    });
    return 0;
  }
  const project = context.project();
  if (!project)
    warn(collected, block.line, {
      ko: `어느 사업의 예산인지 알 수 없습니다: ${tidySpaces(block.text)}`,
      en: `cannot tell which project this budget belongs to: ${tidySpaces(block.text)}`,
    });
  // 사업비/소요예산 are the project's own figure; 연구비, 예산… on the side get their own path
  const primary = /^(?:사업비|총사업비|소요예산|소요사업비|사업예산|소요재원|소요액)$/.test(
    statement.keyword,
  );
  const sub =
    primary && project?.lineKey ? context.subProjectAfter(project.statementLine ?? 0) : undefined;
  const projectName = project?.name ?? `${context.department ?? '부서'} ${block.line}행 사업`;
  const department = project?.department ?? context.department;
  const fiscalYear = project?.fiscalYear ?? context.fiscalYear;
  const path = sub ? [sub.name] : primary ? [] : [statement.keyword];
  const key = collected.keys.next({ fiscalYear, department, project: projectName, path });
  const line: BudgetLine = {
    key,
    fiscalYear,
    project: sub?.name ?? projectName,
    source: { line: block.line, text: block.raw },
  };
  if ((sub || !primary) && project?.lineKey) line.parentKey = project.lineKey;
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  applyStatement(line, statement);
  collected.lines.push(line);
  if (project && !project.lineKey && primary) {
    project.lineKey = key;
    project.statementLine = block.line;
    if (statement.main?.kind === 'money') project.amount = statement.main.won;
  }
  return readNestedParts(blocks, index, line, collected);
}

/** `6. 로컬푸드 직매장 운영(비예산)`: the heading just opened a project that has no budget. */
export function addNoBudgetProject(
  block: TextBlock,
  context: ReadingContext,
  collected: Collected,
): void {
  const project = context.project();
  if (!project || project.lineKey) return;
  const key = collected.keys.next({
    fiscalYear: project.fiscalYear,
    department: project.department,
    project: project.name,
    path: [],
  });
  const line: BudgetLine = {
    key,
    fiscalYear: project.fiscalYear,
    project: project.name,
    noBudget: true,
    source: { line: block.line, text: block.raw },
  };
  if (project.department) line.department = project.department;
  if (collected.bureau) line.bureau = collected.bureau;
  collected.lines.push(line);
  project.lineKey = key;
  project.statementLine = block.line;
}

/** `○ 세부내용`, `○ 산출내역`: a label announcing the breakdown on the deeper lines below it. */
const BREAKDOWN_LABEL =
  /^(?:세부\s*내용|세부\s*내역|세부\s*사업|사업별\s*내역|소요\s*내역|산출\s*내역|산출\s*근거|내역|주요\s*내용|사업\s*내용|예산\s*내역)\s*:?$/;

function readNestedParts(
  blocks: readonly Block[],
  index: number,
  parent: BudgetLine,
  collected: Collected,
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
    if (next.kind !== 'list' || indentOf(next) <= indent) break;
    const part = nestedPart(next.text);
    if (!part) break;
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
      requiredBudget: part.won,
      source: { line: next.line, text: next.raw },
    };
    if (part.unit) child.statedUnit = part.unit;
    if (parent.department) child.department = parent.department;
    if (parent.bureau) child.bureau = parent.bureau;
    const funding = readChildFunding(next.text, part.unit);
    if (funding) child.funding = funding;
    collected.lines.push(child);
  }
  return consumed;
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
