/**
 * `사업비 : 약 2.5조 원 예상 * 당초 17,613억원(국비 5,284, 기타 12,329)`: a revised figure with the
 * original one in a note after it. The original is a line of its own (`… (당초)`), with the funding
 * its parenthesis gives, so both estimates stand in the grid; it is no part of the revised figure.
 */
import type { BudgetLine } from '../../model/report';
import { emptyStatement, readAmountAndParts } from './budget-statement';
import type { Collected } from './sink';
import { withStatementFunding } from './statement-funding';

const NOTE = /[*※]\s*(?:당\s*초|변\s*경\s*전)\s*[:：]?\s*(.+)$/;
const FIGURES = ['budget', 'requiredBudget', 'totalCost'] as const;

export function addOriginalEstimate(line: BudgetLine, text: string, collected: Collected): void {
  const field = FIGURES.find((name) => line[name] !== undefined);
  const note = NOTE.exec(text);
  if (!field || !note) return;
  const statement = readAmountAndParts(emptyStatement('당초', field), note[1]!);
  const main = statement.main;
  // the amount must open the note: `* 당초 계획 대비 …`, a date or a count is no estimate
  if (main?.kind !== 'money' || main.won <= 0 || main.won === line[field]) return;
  if (!/^(?:약\s*)?\d/.test(note[1]!.trim())) return;
  const project = `${line.project} (당초)`;
  const original: BudgetLine = {
    key: collected.keys.next({
      fiscalYear: line.fiscalYear,
      department: line.department,
      project,
    }),
    fiscalYear: line.fiscalYear,
    project,
    [field]: main.won,
    source: line.source,
  };
  if (main.unit) original.statedUnit = main.unit;
  if (line.period) original.period = line.period;
  withStatementFunding(original, statement);
  if (line.department) original.department = line.department;
  if (line.bureau) original.bureau = line.bureau;
  collected.lines.push(original);
}
