import type { TableUnit } from '../../money/types';
import type { AuditTable, ColumnRole, TableRow } from '../../model/table';
import type { TableBlock } from '../blocks/types';
import { warn, type Collected } from './sink';
import { planColumns } from './table-columns';
import { readRows } from './table-rows';

const MONEY_IN_TEXT = /\d\s*(?:천원|백만원|억원|십억원|조원|만원|억)(?![가-힣])/;

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The unit the audit reads figures in: the declared one, with every unit the line lists
 * (`(단위: 개, 조원, %)` keeps `개,조원,%`, so the audit knows some column is in rounded 조원).
 */
function declaredUnit(table: TableBlock, unit: TableUnit | null): TableUnit | undefined {
  if (unit?.kind !== 'count') return undefined;
  const list = /단\s*위\s*[:：]\s*([^)\]）]*)/.exec(table.unit?.text ?? '')?.[1];
  return list ? { kind: 'count', label: list.replace(/\s+/g, '') } : unit;
}

/** A table of counts (명, 건, 권…) or with no money in it: kept for the audit's row totals, no lines. */
export function readCountTable(
  table: TableBlock,
  unit: TableUnit | null,
  collected: Collected,
): void {
  const plan = planColumns(table, unit);
  const columns = plan.columns.map((column) => ({
    ...column,
    role: (column.role === 'label' || column.role === 'text' ? column.role : 'count') as ColumnRole,
  }));
  const rows = readRows(table, unit, columns, plan.nameColumn, collected);
  const mentionsMoney = table.rows.some((row) =>
    row.cells.some((cell) => MONEY_IN_TEXT.test(cell.text)),
  );
  if (mentionsMoney) {
    const about = table.caption?.text ?? table.columnLabels.filter(Boolean).join(', ');
    warn(collected, table.line, {
      ko: `금액이 적힌 표를 예산 항목으로 읽지 못했습니다: ${shorten(about)}`,
      en: `a table with amounts was not read as budget lines: ${shorten(about)}`,
    });
  }
  if (!rows.some((row) => row.values.some((value) => value !== null))) return;
  const auditRows: TableRow[] = rows.map((row) => ({
    label: row.label,
    isTotal: row.isTotal,
    cells: row.cells,
    source: { line: row.line, text: row.raw },
  }));
  const audit: AuditTable = {
    kind: 'count',
    columns,
    rows: auditRows,
    source: { line: table.line },
  };
  if (table.caption) audit.caption = table.caption.text;
  const declared = declaredUnit(table, unit);
  if (declared) audit.unit = declared;
  collected.tables.push(audit);
}
