/**
 * A table whose cells each hold a project's outline: `사업명 : X 사업내용 : … 사업기간 : ’25년 ~ ’32년
 * 사업규모 : 238억원(국비198, 시비20, 기타20) 추진상황 : …`. Each such cell is a project's line,
 * its 사업규모 (or 사업비) read like a budget statement, a whole cost when its period runs years.
 */
import type { BudgetLine } from '../../model/report';
import { tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { readBudgetStatement } from './budget-statement';
import type { ReadingContext } from './context';
import type { Collected } from './sink';
import { findPeriod } from './statement-period';

const FIELD =
  /(사\s*업\s*명|사\s*업\s*내\s*용|사\s*업\s*기\s*간|사\s*업\s*규\s*모|총\s*사\s*업\s*비|사\s*업\s*비|추\s*진\s*상\s*황)\s*[:：]/g;

function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  const marks = [...text.matchAll(FIELD)];
  marks.forEach((mark, index) => {
    const end = marks[index + 1]?.index ?? text.length;
    const name = mark[1]!.replace(/\s+/g, '');
    if (!fields.has(name))
      fields.set(name, tidySpaces(text.slice(mark.index + mark[0].length, end)));
  });
  return fields;
}

export function readCellOutlines(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const lines: BudgetLine[] = [];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const fields = fieldsOf(cell.text);
      const name = fields.get('사업명');
      const cost = fields.get('총사업비') ?? fields.get('사업비') ?? fields.get('사업규모');
      if (!name || !cost) continue;
      // `238억(…)`: 억 written without 원
      const statement = readBudgetStatement(
        `사업비 : ${cost.replace(/(\d)\s*억(?!\s*원)/g, '$1억원')}`,
      );
      if (statement?.main?.kind !== 'money') continue;
      const period = findPeriod(fields.get('사업기간') ?? '');
      const whole = fields.has('총사업비') || (period !== undefined && period.to > period.from);
      const project = tidySpaces(name);
      const key = collected.keys.next({
        fiscalYear: context.fiscalYear,
        department: context.department,
        project,
      });
      const line: BudgetLine = {
        key,
        fiscalYear: context.fiscalYear,
        project,
        [whole ? 'totalCost' : 'requiredBudget']: statement.main.won,
        statedUnit: statement.main.unit,
        source: { line: row.line, text: row.raw },
      };
      if (whole && period) line.period = period;
      if (Object.keys(statement.funding).length > 0) line.funding = { ...statement.funding };
      if (context.department) line.department = context.department;
      if (collected.bureau) line.bureau = collected.bureau;
      lines.push(line);
    }
  }
  collected.lines.push(...lines);
  return lines.length > 0;
}
