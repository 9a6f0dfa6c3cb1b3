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
import { withStatementFunding } from './statement-funding';

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

/** `사업기간 : 2026년`: a single year the outline is for */
const ONE_YEAR = /^(\d{4})\s*년(?:\s*\d{1,2}\s*월\s*[~∼]\s*\d{1,2}\s*월)?$/;

function outlineLine(
  text: string,
  row: TableBlock['rows'][number],
  context: ReadingContext,
  collected: Collected,
): BudgetLine | null {
  const fields = fieldsOf(text);
  const name = fields.get('사업명');
  const cost = fields.get('총사업비') ?? fields.get('사업비') ?? fields.get('사업규모');
  if (!name || !cost) return null;
  // `238억(…)`: 억 written without 원
  const statement = readBudgetStatement(
    `사업비 : ${cost.replace(/(\d\s*[천백십]?)\s*억(?!\s*원)/g, '$1억원')}`,
  );
  if (statement?.main?.kind !== 'money') return null;
  const span = fields.get('사업기간') ?? '';
  const period = findPeriod(span);
  const whole = fields.has('총사업비') || (period !== undefined && period.to > period.from);
  const single = ONE_YEAR.exec(span);
  const fiscalYear = !whole && single ? Number(single[1]) : context.fiscalYear;
  const project = tidySpaces(name);
  const key = collected.keys.next({ fiscalYear, department: context.department, project });
  const line: BudgetLine = {
    key,
    fiscalYear,
    project,
    [whole ? 'totalCost' : 'requiredBudget']: statement.main.won,
    statedUnit: statement.main.unit,
    source: { line: row.line, text: row.raw },
  };
  if (whole && period) line.period = period;
  withStatementFunding(line, statement);
  if (context.department) line.department = context.department;
  if (collected.bureau) line.bureau = collected.bureau;
  return line;
}

const NAME_FIELD = /사\s*업\s*명\s*[:：]/;

/**
 * `사업명 : | X` / `사업기간 : | 2026년` / `사업규모 : | 500백만원(…)`: an outline written one field a
 * row; each record runs from its 사업명 row to the next, and takes the line of its cost row.
 */
function outlineRecords(table: TableBlock): { text: string; row: TableBlock['rows'][number] }[] {
  const records: { texts: string[]; row: TableBlock['rows'][number] }[] = [];
  for (const row of table.rows) {
    // the field's label and the cell after it; the record's other columns (연번, 주관부처) stay out
    const at = row.cells.findIndex((cell) => new RegExp(FIELD.source).test(cell.text));
    if (at < 0) continue;
    const label = row.cells[at]!.text;
    const text = /[:：]\s*$/.test(label) ? `${label} ${row.cells[at + 1]?.text ?? ''}` : label;
    if (NAME_FIELD.test(text)) records.push({ texts: [], row });
    const record = records.at(-1);
    if (!record) continue;
    record.texts.push(text);
    if (/사\s*업\s*(?:규\s*모|비)\s*[:：]/.test(text)) record.row = row;
  }
  return records.map((record) => ({ text: record.texts.join(' '), row: record.row }));
}

export function readCellOutlines(
  table: TableBlock,
  context: ReadingContext,
  collected: Collected,
): boolean {
  const lines: BudgetLine[] = [];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const line = outlineLine(cell.text, row, context, collected);
      if (line) lines.push(line);
    }
  }
  if (lines.length === 0)
    for (const { text, row } of outlineRecords(table)) {
      const line = outlineLine(text, row, context, collected);
      if (line) lines.push(line);
    }
  collected.lines.push(...lines);
  return lines.length > 0;
}
