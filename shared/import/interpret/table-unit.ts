import { parseTableUnit } from '../../money/parse';
import type { MoneyUnit, TableUnit } from '../../money/types';
import type { BudgetLine } from '../../model/report';
import { compact } from '../../text/compact';
import type { TableBlock } from '../blocks/types';

/** `예산액(백만원)`, `금액 (천원)`: a unit written in the column headers instead of a unit line. */
function headerUnit(table: TableBlock): TableUnit | null {
  for (const label of table.columnLabels) {
    const match = /[(（](조원|억원|백만원|천원|원)[)）]/.exec(label);
    if (match) return { kind: 'money', unit: match[1] as MoneyUnit };
  }
  return null;
}

export function unitOf(table: TableBlock): TableUnit | null {
  return (
    parseTableUnit(table.unit?.text ?? '') ??
    parseTableUnit(table.caption?.text ?? '') ??
    headerUnit(table)
  );
}

export function hasExplicitMoney(table: TableBlock): boolean {
  return table.rows.some((row) =>
    row.cells.some((cell) => /^[△-]?\s*[\d,.]+\s*(?:천원|백만원|억원|원)$/.test(cell.text.trim())),
  );
}

export function categoryOf(table: TableBlock, labels: readonly string[]): BudgetLine['category'] {
  const caption = compact(table.caption?.text ?? '');
  if (/세입/.test(caption) || labels.some((label) => /세외수입|지방세|세입|교부금$/.test(label)))
    return 'revenue';
  if (labels.some((label) => /^(?:일반회계|특별회계|기금|총계|재원)$/.test(label)))
    return 'summary';
  return 'expenditure';
}
