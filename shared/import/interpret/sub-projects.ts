import type { SubProjectLink } from '../../model/audit-input';
import type { BudgetLine } from '../../model/report';
import type { TableRow } from '../../model/table';
import type { ProjectRef, ReadingContext } from './context';
import { lineFromRow } from './row-lines';
import type { Collected } from './sink';
import type { ColumnPlan } from './table-columns';
import type { ReadRow } from './table-rows';

export interface SubProjectInput {
  rows: ReadRow[];
  auditRows: TableRow[];
  plan: ColumnPlan;
  project: ProjectRef;
  context: ReadingContext;
  collected: Collected;
  total: ReadRow | undefined;
  /** the table's inferred hierarchy (row index → parent row index), subtotal rows over their items */
  parents?: readonly (number | undefined)[];
  /** why the table was linked: its rows add up to the project's amount, or its layout (주관부서) */
  linkedBy: 'sum' | 'layout';
}

/** The project's own line, made from the table's total when the text gave the project no amount. */
function parentLine(input: SubProjectInput, sum: number): string {
  const { project, collected, total } = input;
  if (project.lineKey) return project.lineKey;
  const key = collected.keys.next({
    fiscalYear: project.fiscalYear,
    department: project.department,
    project: project.name,
  });
  const source = total ? { line: total.line, text: total.raw } : { line: project.line };
  const line: BudgetLine = {
    key,
    fiscalYear: project.fiscalYear,
    project: project.name,
    budget: sum,
    source,
  };
  if (project.department) line.department = project.department;
  if (collected.bureau) line.bureau = collected.bureau;
  collected.lines.push(line);
  project.lineKey = key;
  project.amount = sum;
  return key;
}

function budgetOf(line: BudgetLine): number {
  return line.budget ?? line.currentBudget ?? line.requiredBudget ?? 0;
}

/**
 * A sub-project table (사업 / 예산액 / 주관부서) under a project heading: each row becomes a child line
 * of that project, and the rows must add up to the project's amount.
 */
export function linkSubProjects(input: SubProjectInput): void {
  const { rows, auditRows, plan, project, context, collected } = input;
  const children: BudgetLine[] = [];
  const pending: { index: number; line: BudgetLine; under?: BudgetLine }[] = [];
  const byRow: (BudgetLine | undefined)[] = [];
  rows.forEach((row, index) => {
    if (row.isTotal || row.label === '') return;
    const line = lineFromRow(row, plan.columns, context, collected, project.fiscalYear, undefined, {
      keyProject: project.name,
      path: [row.label],
    });
    if (!line) return;
    if (project.department) line.department = project.department;
    const parentRow = input.parents?.[index];
    // an item under a subtotal row (단위사업 › 세부사업) hangs from that row, not from the project
    const under = parentRow === undefined ? undefined : byRow[parentRow];
    pending.push(under ? { index, line, under } : { index, line });
    byRow[index] = line;
    if (!under) children.push(line);
  });
  const sum = children.reduce((total, line) => total + budgetOf(line), 0);
  const hadAmount = project.lineKey !== undefined && project.amount !== undefined;
  const parentKey = parentLine(input, sum);
  for (const { index, line, under } of pending) {
    line.parentKey = under?.key ?? parentKey;
    auditRows[index]!.lineKey = line.key;
    collected.lines.push(line);
  }
  if (hadAmount && children.length > 0) {
    const source = input.total
      ? { line: input.total.line, text: input.total.raw }
      : { line: rows[0]!.line };
    const link: SubProjectLink = {
      projectKey: parentKey,
      childKeys: children.map((line) => line.key),
      source,
    };
    // a table with a 주관부서 column under the project is its sub-projects by layout, not by sums
    if (input.linkedBy === 'layout')
      link.inferred = {
        ko: '바로 위 사업의 세부사업 표로',
        en: 'the table was taken for the sub-projects of the project above it',
      };
    collected.subProjects.push(link);
  }
}
