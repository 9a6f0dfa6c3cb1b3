/**
 * The outline of a report's text, for the audit: which amount-stating heading or item heads which
 * items (`1. …(57억원)` › `□ …(3,180백만원)`), and the multiplications printed in the text
 * (`2명*3.5백만원 = 70백만원`). Only what the markers make certain is handed on: a scope with an
 * amount the items do not account for, an item without its own amount or with two readings is left
 * out, so the audit never adds up a guessed list.
 */
import type { OutlineGroup, PrintedFigure, StatedFormula } from '../../model/audit-input';
import type { BudgetLine } from '../../model/report';
import { findAmounts } from '../../money/amounts';
import { budgetInForce } from '../../variance/line-variance';
import type { Block } from '../blocks/types';

/** Markers that rank an outline (`Ⅰ.`, `1.`, `가.`, `□`, `○`, `-`); notes and captions do not. */
function rankOf(block: Block): string | undefined {
  if (block.kind === 'heading') {
    if (block.marker === 'plain' || block.marker === 'bracket' || block.marker === 'bold')
      return undefined;
    return block.marker;
  }
  if (block.kind !== 'list') return undefined;
  if (/^[※*]$/.test(block.marker)) return undefined;
  if (/^[ㅇ○◦◯❍●◎]$/.test(block.marker)) return 'circle';
  if (/^[-–]$/.test(block.marker)) return 'dash';
  if (/^[·•∙ㆍ]$/.test(block.marker)) return 'dot';
  return `list:${block.marker}`;
}

interface Node {
  index: number;
  rank: string;
  /** the enclosing outline block, by index */
  parent: number | undefined;
  /** one past the last block of its scope */
  end: number;
}

/** Each outline block with its parent and scope (up to a sibling, an ancestor's rank or a part). */
function outline(blocks: readonly Block[]): Map<number, Node> {
  const nodes = new Map<number, Node>();
  const stack: Node[] = [];
  const close = (node: Node, at: number) => {
    node.end = at;
  };
  blocks.forEach((block, index) => {
    const rank = rankOf(block);
    if (rank === undefined) return;
    // a heading ends every list item, and every heading of its level or deeper
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const topBlock = blocks[top.index]!;
      const ranked = stack.some((node) => node.rank === rank);
      const outranks =
        block.kind === 'heading' &&
        (topBlock.kind === 'list' ||
          (topBlock.kind === 'heading' && block.level <= topBlock.level));
      if (!ranked && !outranks) break;
      close(stack.pop()!, index);
      if (top.rank === rank) break;
    }
    const node: Node = { index, rank, parent: stack.at(-1)?.index, end: blocks.length };
    nodes.set(index, node);
    stack.push(node);
  });
  return nodes;
}

/** The lines by the source line they were read from, and those line numbers in order. */
class LineIndex {
  private readonly byLine = new Map<number, BudgetLine[]>();
  private readonly numbers: number[];

  constructor(lines: readonly BudgetLine[]) {
    for (const line of lines) {
      const here = this.byLine.get(line.source.line) ?? [];
      here.push(line);
      this.byLine.set(line.source.line, here);
    }
    this.numbers = [...this.byLine.keys()].sort((a, b) => a - b);
  }

  at(line: number): readonly BudgetLine[] {
    return this.byLine.get(line) ?? [];
  }

  /** Whether a line was read strictly between two source lines. */
  anyBetween(after: number, before: number): boolean {
    let low = 0;
    let high = this.numbers.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.numbers[middle]! <= after) low = middle + 1;
      else high = middle;
    }
    return low < this.numbers.length && this.numbers[low]! < before;
  }
}

/** The one line a block states its amount in (its sub-parts, on the same line, aside). */
function ownLine(lines: LineIndex, line: number): BudgetLine | undefined {
  const here = lines.at(line);
  const keys = new Set(here.map((candidate) => candidate.key));
  const top = here.filter((candidate) => !candidate.parentKey || !keys.has(candidate.parentKey));
  return top.length === 1 ? top[0] : undefined;
}

/** The block's amount as printed, when its text states exactly that one as its largest. */
/** A funding source right before an amount: the figure is that source's part, not the whole. */
const PART_BEFORE = /(?:국비|국고|시비|도비|구비|군비|기금|민자|자부담|지방비)\s*[:：]?\s*$/;
/** A whole cost or a running total: not one year's amount its items could add up to. */
const NOT_A_YEAR = /총\s*사업비|누계|누적|[~∼]\s*['’‘]?\d{2}/;

/** The block's amount as printed, when its text states exactly that one as its largest. */
function printed(block: Block, line: BudgetLine | undefined): PrintedFigure | undefined {
  if (!line || block.kind === 'table' || line.noBudget) return undefined;
  const figure = budgetInForce(line);
  if (figure === undefined || figure <= 0 || NOT_A_YEAR.test(block.text)) return undefined;
  const found = findAmounts(block.text);
  if (found.some(({ value }) => value.kind !== 'money' || value.approximate)) return undefined;
  const won = (value: (typeof found)[number]['value']) => (value.kind === 'money' ? value.won : 0);
  const largest = Math.max(...found.map(({ value }) => won(value)));
  const own = found.find(({ value }) => won(value) === figure);
  if (!own || own.value.kind !== 'money' || largest !== figure) return undefined;
  if (PART_BEFORE.test(block.text.slice(0, own.start))) return undefined;
  return { key: line.key, unit: own.value.unit, decimals: own.value.decimals ?? 0 };
}

interface Scope {
  node: Node;
  figure: PrintedFigure;
  line: BudgetLine;
  /** the outline blocks directly under it */
  items: Node[];
}

/** A block's scope, when it states an amount and nothing in it before its first item does. */
function scopeOf(
  node: Node,
  nodes: ReadonlyMap<number, Node>,
  blocks: readonly Block[],
  lines: LineIndex,
): Scope | undefined {
  const block = blocks[node.index]!;
  const line = ownLine(lines, block.line);
  const figure = printed(block, line);
  if (!figure || !line) return undefined;
  const items: Node[] = [];
  for (let index = node.index + 1; index < node.end; index++) {
    const inner = nodes.get(index);
    if (inner?.parent === node.index) items.push(inner);
  }
  const first = items[0] ? blocks[items[0].index]!.line : Infinity;
  const stray = lines.anyBetween(block.line, Math.min(first, endLine(blocks, node)));
  if (stray || items.some((item) => item.rank !== items[0]!.rank)) return undefined;
  return { node, figure, line, items };
}

/** Amount-stating blocks over two or more items that each state their own amount. */
export function outlineGroups(
  blocks: readonly Block[],
  read: readonly BudgetLine[],
): OutlineGroup[] {
  const nodes = outline(blocks);
  const lines = new LineIndex(read);
  const groups: OutlineGroup[] = [];
  for (const node of nodes.values()) {
    const scope = scopeOf(node, nodes, blocks, lines);
    if (!scope || scope.items.length < 2) continue;
    const children: PrintedFigure[] = [];
    for (const item of scope.items) {
      const block = blocks[item.index]!;
      const line = ownLine(lines, block.line);
      const figure = printed(block, line);
      // a sub-line already linked to a parent is added up there (or belongs elsewhere)
      if (!figure || !line || line.parentKey !== undefined) break;
      if (line.fiscalYear !== scope.line.fiscalYear) break;
      if (line.totalCost !== undefined || scope.line.totalCost !== undefined) break;
      children.push(figure);
    }
    if (children.length !== scope.items.length) continue;
    groups.push({ parent: scope.figure, children, source: scope.line.source });
  }
  return groups;
}

/**
 * The items of each group become sub-lines of the heading over them, so a department's total counts
 * the heading once, not the heading and its items; the outline sums rule checks them.
 */
export function nestOutlineItems(groups: readonly OutlineGroup[], lines: BudgetLine[]): void {
  const byKey = new Map(lines.map((line) => [line.key, line]));
  for (const group of groups) {
    for (const child of group.children) {
      const line = byKey.get(child.key);
      if (line && line.parentKey === undefined && child.key !== group.parent.key)
        line.parentKey = group.parent.key;
    }
  }
}

/** `2명*3.5백만원`, `20만원×3,000명`: a number, an operator, a number. */
const MULTIPLIED = /\d[^\d×*✕=]{0,8}[×*✕]\s*\d/;

/**
 * Text blocks that print a multiplication. One that is the only item under an amount-stating
 * block (`ㅇ 공무직 인건비 : 100백만원` › `- 3명*12.8백만원*12개월`) carries that amount as its whole.
 */
export function statedFormulas(
  blocks: readonly Block[],
  read: readonly BudgetLine[],
): StatedFormula[] {
  const nodes = outline(blocks);
  const lines = new LineIndex(read);
  const formulas: StatedFormula[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'table' || block.kind === 'noise' || block.kind === 'unit') return;
    if (!MULTIPLIED.test(block.text)) return;
    const formula: StatedFormula = {
      text: block.text,
      source: { line: block.line, text: block.raw },
    };
    const parent = nodes.get(index)?.parent;
    const scope = parent === undefined ? undefined : nodes.get(parent);
    const whole = scope && scopeOf(scope, nodes, blocks, lines);
    const alone =
      whole?.items.length === 1 &&
      whole.items[0]!.index === index &&
      !lines.anyBetween(block.line, endLine(blocks, scope!));
    if (whole && alone) formula.whole = whole.figure;
    formulas.push(formula);
  });
  return formulas;
}

function endLine(blocks: readonly Block[], node: Node): number {
  return node.end < blocks.length ? blocks[node.end]!.line : Infinity;
}
