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
  const parentKey = parentLine(input, sum);
  for (const { index, line, under } of pending) {
    line.parentKey = under?.key ?? parentKey;
    auditRows[index]!.lineKey = line.key;
    collected.lines.push(line);
  }
  if (project.amount !== undefined && children.length > 0 && project.amount !== sum) {
    const source = input.total
      ? { line: input.total.line, text: input.total.raw }
      : { line: rows[0]!.line };
    collected.findings.push({
      severity: 'error',
      code: 'subproject-total-mismatch',
      message: {
        ko: `세부사업 합계(${sum.toLocaleString('ko-KR')}원)가 사업 "${project.name}"의 금액(${project.amount.toLocaleString('ko-KR')}원)과 다릅니다`,
        en: `Sub-projects add up to ${sum.toLocaleString('en-US')} won, but project "${project.name}" states ${project.amount.toLocaleString('en-US')} won`,
      },
      stated: project.amount,
      computed: sum,
      difference: sum - project.amount,
      lineKey: parentKey,
      source,
    });
  }
}
