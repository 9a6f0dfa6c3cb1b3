import type { LocalizedText } from '../../model/localized-text';
import { tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { TableReading } from './table-corrections';
import { planColumns } from './table-columns';
import { withHeaderRows } from './table-header';
import { unitOf } from './table-unit';

const LAID_OUT: LocalizedText = {
  ko: '줄이 아닌 배치로 읽은 표(부서가 열에 놓인 표, 기금 표, 한 줄의 수치, 재원 줄): 열의 뜻을 고치면 줄 단위 표로 다시 읽습니다',
  en: 'read by its layout, not row by row (offices across the columns, a fund table, one row of named figures, funding rows): correcting a column re-reads it as a table of rows',
};

/**
 * The reading of a table that gave lines through one of the layouts read across rather than down
 * (`readSpecialTable`): no audit table stands behind it, so its columns are described as a
 * correction would read them (a correction re-reads the table row by row), each marked as a
 * guess, so the clerk sees the table in the preview and can correct it like any other.
 */
export function laidOutReading(
  signature: string,
  block: TableBlock,
  fiscalYear: number,
): TableReading {
  const table = withHeaderRows(block, undefined);
  const unit = unitOf(table);
  const plan = planColumns(table, unit, fiscalYear);
  const reading: TableReading = {
    signature,
    line: block.line,
    kind: 'money',
    headerRows: table.header.length,
    columns: plan.columns.map((column) => ({
      label: column.label,
      role: column.role,
      inferred: column.inferred ?? LAID_OUT,
    })),
    hierarchy: 'flat',
    parents: table.rows.map(() => null),
    rowLabels: table.rows.map((row) => tidySpaces(row.cells[plan.nameColumn]?.text ?? '')),
    corrected: false,
    laidOut: LAID_OUT,
  };
  if (block.source?.page !== undefined) reading.page = block.source.page;
  if (table.caption) reading.caption = tidySpaces(table.caption.text);
  if (unit?.kind === 'money') reading.unit = unit.unit;
  return reading;
}
