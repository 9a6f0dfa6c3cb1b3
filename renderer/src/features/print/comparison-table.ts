import { rowConclusionLabel } from '@shared/compare/conclusion';
import type { Comparison, ComparisonRow } from '@shared/compare/types';
import { printFigure, unitLine } from '@shared/print/figures';
import type { PrintTable } from './print-spec';

/**
 * note for the 비고 column: what the row lets the reader conclude, as on screen (종료/신규 only
 * with the evidence for it, else 이후/이전 자료에 없음; 명칭 변경), and the number of findings
 */
export function rowNote(row: ComparisonRow): string {
  const parts = [rowConclusionLabel(row)?.ko ?? ''];
  if (row.flags.length > 0) parts.push(`지적 ${row.flags.length}`);
  if (row.ruleFlags?.length) parts.push('기준');
  return parts.filter(Boolean).join(', ');
}

/** A comparison as a print table: names, its figure columns, a note; totals in the foot. */
export function comparisonTable(
  comparison: Comparison,
  options: { withGroup?: boolean } = {},
): PrintTable {
  const withGroup = options.withGroup ?? comparison.kind !== 'departments';
  const figureWidth = comparison.columns.length > 6 ? 9 : 11;
  // 비고 holds a conclusion ('이후 자료에 없음') and counts: wide enough not to break each word
  const noteWidth = comparison.kind === 'departments' ? 8 : 12;
  const nameWidth =
    100 - figureWidth * comparison.columns.length - noteWidth - (withGroup ? 14 : 0);
  const nameLabel = comparison.kind === 'departments' ? '부서' : '사업명';
  return {
    unit: comparison.columns.some((column) => column.kind === 'count')
      ? '(단위: 천원, 명)'
      : unitLine(),
    columns: [
      ...(withGroup ? [{ label: '부서', width: 14 }] : []),
      { label: nameLabel, width: nameWidth },
      ...comparison.columns.map((column) => ({
        label: column.label.ko,
        width: figureWidth,
        numeric: true,
      })),
      { label: '비고', width: noteWidth },
    ],
    rows: comparison.rows.map((row) => ({
      flagged: row.flags.length > 0,
      cells: [
        ...(withGroup ? [row.group ?? ''] : []),
        row.label,
        ...comparison.columns.map((column) => printFigure(row.values[column.id], column.kind)),
        rowNote(row),
      ],
    })),
    foot: [
      ...(withGroup ? [''] : []),
      // a change over the rows found on both sides only must not read as the totals' change
      comparison.changeCoverage === 'matched' ? '합계 (증감은 양쪽에 있는 사업만)' : '합계',
      ...comparison.columns.map((column) => printFigure(comparison.totals[column.id], column.kind)),
      '',
    ],
    empty: '비교할 사업이 없습니다.',
    flagColumn: withGroup ? 1 : 0,
  };
}
