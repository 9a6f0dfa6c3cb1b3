/**
 * The line for one figure a table row states in a cell of its own (a plan's year, a facility's
 * cost, an arrow statement in a cell): keyed, placed at the row, with the department and bureau.
 */
import type { MoneyUnit } from '../../money/types';
import type { LineMoneyField } from '../../model/line-fields';
import type { BudgetLine } from '../../model/report';
import type { TableBlock } from '../blocks/types';
import type { Collected } from './sink';

export interface RowFigure {
  fiscalYear: number;
  department: string | undefined;
  project: string;
  /** a year's figure, or the whole cost over the years */
  field: LineMoneyField | 'totalCost';
  won: number;
  unit: MoneyUnit;
}

export function rowFigureLine(
  collected: Collected,
  row: TableBlock['rows'][number],
  figure: RowFigure,
): BudgetLine {
  const { fiscalYear, department, project } = figure;
  const line: BudgetLine = {
    key: collected.keys.next({ fiscalYear, department, project }),
    fiscalYear,
    project,
    [figure.field]: figure.won,
    statedUnit: figure.unit,
    source: { line: row.line, text: row.raw },
  };
  if (department) line.department = department;
  if (collected.bureau) line.bureau = collected.bureau;
  return line;
}
