import { firstStated } from '../figures/totals';
import { meaningOfLine } from '../figures/sum';
import { normalizeName } from '../model/line-key';
import { FIGURE_FIELDS, emptyFigures } from './figures';
import type { HierarchyLine, TreeNode } from './tree';

/** `계`, `합계`, `총계`: a table's row of stated sums, read as a line named so */
const TOTAL_NAME = /^(?:계|합계|총계|총합계|합|총)$/;

/**
 * The group's total lines: lines named like the group, or — when the group holds exactly one — a
 * line named 계/합계, the total row of the one table the group was read from.
 */
function totalLinesOf<L extends HierarchyLine>(node: TreeNode<L>): TreeNode<L>[] {
  const name = normalizeName(node.label);
  const lines = node.children.filter((child) => child.kind === 'line' && child.line);
  const named = lines.filter((child) => normalizeName(child.line!.project) === name);
  if (named.length > 0) return named;
  const sums = lines.filter((child) => TOTAL_NAME.test(normalizeName(child.line!.project)));
  return sums.length === 1 && lines.length > 1 ? sums : [];
}

/**
 * A department's (or bureau's) own total lines — lines named like their group, e.g. 복지정책과 in
 * the 세출 총괄 table and again in an execution table — become the group row's stated figures
 * instead of children, so the department's total is not counted twice. Each figure comes from the
 * first total line that states it; their sub-lines become the group's children. Their ids stay
 * reachable in byId (they lead to the group row). A group's one 계 line is its total the same way.
 */
export function adoptTotalLines<L extends HierarchyLine>(
  roots: TreeNode<L>[],
  byId: Map<string, TreeNode<L>>,
): void {
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as TreeNode<L>;
    if (node.kind === 'line') continue;
    for (const child of node.children) stack.push(child);
    if (node.kind !== 'department' && node.kind !== 'bureau') continue;
    const totals = totalLinesOf(node);
    if (totals.length === 0) continue;
    const children: TreeNode<L>[] = [];
    for (const child of node.children) {
      if (!totals.includes(child)) children.push(child);
      else
        for (const part of child.children) {
          part.parentId = node.id;
          children.push(part);
        }
    }
    node.children = children;
    node.line = totals[0]!.line;
    node.stated = totals.length === 1 ? totals[0]!.stated : mergeStated(totals);
    node.statedMeaning = firstStated(totals.map((total) => meaningOfLine(total.line!)));
    for (const total of totals) byId.set(total.id, node);
  }
}

function mergeStated<L extends HierarchyLine>(totals: readonly TreeNode<L>[]) {
  const merged = emptyFigures();
  for (const field of FIGURE_FIELDS)
    for (const total of totals) {
      const value = total.stated[field];
      if (value !== undefined) {
        merged[field] = value;
        break;
      }
    }
  return merged;
}
