import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import type { PersonnelRow } from '../../model/report';
import type { CellValue, TableColumn, TableRow } from '../../model/table';
import { isTotalLabel } from './names';
import {
  isDepartmentNotGrade,
  KIND_WORDS,
  legendOf,
  noteText,
  readCount,
  type HeadcountKind,
  type PersonnelResult,
} from './personnel-counts';
import { readColumnsLayout } from './personnel-columns';
import { unfoldHalves } from './personnel-halves';
import { readPairColumnLayout } from './personnel-pair-column';
import { isPairsTable, readPairsLayout } from './personnel-pairs';
import { alignHeader, withHeaderRows } from './table-header';

export function isPersonnelTable(table: TableBlock): boolean {
  const inHeader = [
    ...table.columnLabels,
    ...table.header.flatMap((row) => row.cells.map((c) => c.label)),
  ].some((label) => /정\s*원|현\s*원/.test(label));
  const inRows = table.rows.some((row) =>
    row.cells.some((cell) => /^(?:정원|현원)$/.test(compact(cell.label))),
  );
  return inHeader || inRows || isPairsTable(table);
}

interface Layout {
  kindColumn: number;
  gradeColumns: number[];
  totalColumn: number;
  remarkColumn: number;
}

function layoutOf(table: TableBlock): Layout | null {
  const width = table.columnLabels.length;
  let kindColumn = -1;
  for (let c = 0; c < Math.min(width, 3) && kindColumn < 0; c++) {
    if (table.rows.some((row) => KIND_WORDS[compact(row.cells[c]?.label ?? '')] !== undefined))
      kindColumn = c;
  }
  if (kindColumn < 0) return null;
  const remarkColumn = table.columnLabels.findIndex((label) => /비고/.test(label));
  let totalColumn = -1;
  const gradeColumns: number[] = [];
  for (let c = kindColumn + 1; c < width; c++) {
    const label = table.columnLabels[c] ?? '';
    if (c === remarkColumn || /직급/.test(label)) continue;
    const hasCount = table.rows.some(
      (row) => readCount(row.cells[c]?.text ?? '').value !== undefined,
    );
    if (!hasCount && label === '') continue;
    if (totalColumn < 0 && /^(?:계|합계|총계|합)$/.test(label)) totalColumn = c;
    else gradeColumns.push(c);
  }
  return { kindColumn, gradeColumns, totalColumn, remarkColumn };
}

/** Grade names without spaces, so `기 록 연구사` in one table matches `기록 연구사` in another. */
function gradeName(table: TableBlock, column: number): string {
  const header =
    table.header[table.header.length - 1]?.cells[column]?.label ||
    table.header[0]?.cells[column]?.label;
  return compact(header || table.columnLabels[column] || `${column + 1}열`);
}

/** Words a grade or job-group column is named with (`5급`, `연구직`, `임기제`, `전문경력관`). */
const GRADE_WORD = /급|직|연구|지도|경력|계약|기능|별정|임기|공무|정무|청경|소방|간호|의무|계$/;

function isDepartmentColumn(table: TableBlock, column: number): boolean {
  return isDepartmentNotGrade(gradeName(table, column));
}

/**
 * A headcount table with 정원/현원 as rows (by grade, optionally per department: `합⇥정 원` /
 * `⇥현 원`): one PersonnelRow per department and grade, and one audit table per headcount kind.
 */
function readRowsLayout(
  table: TableBlock,
  layout: Layout,
  department: string | undefined,
  bureau: string | undefined,
): PersonnelResult {
  const byKey = new Map<string, PersonnelRow>();
  const result: PersonnelResult = { rows: [], tables: [] };
  const auditRows: Record<HeadcountKind, TableRow[]> = { authorized: [], current: [], surplus: [] };
  const columns: TableColumn[] = [{ role: 'label', label: table.columnLabels[0] ?? '' }];
  if (layout.totalColumn >= 0)
    columns.push({ role: 'total', label: table.columnLabels[layout.totalColumn] ?? '' });
  for (const c of layout.gradeColumns)
    columns.push({ role: 'count', label: table.columnLabels[c] ?? '' });
  const departmentsAcross =
    layout.gradeColumns.filter((c) => isDepartmentColumn(table, c)).length >= 2;
  // with departments across, a column that names no grade is one more unit (`부산도서관`)
  const isUnitColumn = (c: number) =>
    departmentsAcross && (isDepartmentColumn(table, c) || !GRADE_WORD.test(gradeName(table, c)));
  // their total is the whole bureau's, named after it where the document names it
  const totalName = departmentsAcross && bureau ? bureau : '합계';
  for (const row of table.rows) {
    const kind = KIND_WORDS[compact(row.cells[layout.kindColumn]?.label ?? '')];
    if (!kind) continue;
    const group = layout.kindColumn > 0 ? tidySpaces(row.groupLabel) : '';
    const isTotal = layout.kindColumn > 0 && isTotalLabel(group);
    const rowDepartment =
      layout.kindColumn > 0 ? (isTotal ? '합계' : compact(group) || department) : department;
    const legend = legendOf(row, layout.remarkColumn);
    const cells: CellValue[] = [{ kind: 'text', text: group || (department ?? '') }];
    const columnsInOrder =
      layout.totalColumn >= 0 ? [layout.totalColumn, ...layout.gradeColumns] : layout.gradeColumns;
    for (const c of columnsInOrder) {
      const count = readCount(row.cells[c]?.text ?? '');
      cells.push(count.cell);
      if (count.value === undefined && count.note === undefined) continue;
      // `구분 | 계 | 청년정책과 | 지산학협력과`: departments across the columns, each its own total
      const across = c !== layout.totalColumn && isUnitColumn(c);
      const grade = c === layout.totalColumn || across ? '계' : gradeName(table, c);
      const cellDepartment = across
        ? gradeName(table, c)
        : c === layout.totalColumn && departmentsAcross
          ? totalName
          : rowDepartment;
      const key = `${cellDepartment ?? ''}|${grade}`;
      let personnel = byKey.get(key);
      if (!personnel) {
        personnel = { grade, source: { line: row.line, text: row.raw } };
        if (cellDepartment) personnel.department = cellDepartment;
        byKey.set(key, personnel);
        result.rows.push(personnel);
      }
      if (count.value !== undefined) personnel[kind] = count.value;
      const note = noteText(count.note, legend);
      if (note) {
        const label = kind === 'authorized' ? '정원' : kind === 'current' ? '현원' : '과부족';
        personnel.notes = personnel.notes
          ? `${personnel.notes}; ${label} ${note}`
          : `${label} ${note}`;
      }
    }
    const measure = kind === 'authorized' ? '정원' : kind === 'current' ? '현원' : '과부족';
    auditRows[kind].push({
      label: group ? `${group} ${measure}` : measure,
      isTotal,
      cells,
      source: { line: row.line, text: row.raw },
    });
  }
  for (const kind of ['authorized', 'current'] as const) {
    const rows = auditRows[kind];
    if (rows.length === 0) continue;
    const totalIndex = rows.findIndex((row) => row.isTotal);
    if (totalIndex >= 0)
      rows.forEach((row, index) => index !== totalIndex && (row.parentIndex = totalIndex));
    const caption = `${table.caption?.text ?? '인력현황'} (${kind === 'authorized' ? '정원' : '현원'})`;
    result.tables.push({ kind: 'personnel', caption, columns, rows, source: { line: table.line } });
  }
  return result;
}

export function readPersonnelTable(
  block: TableBlock,
  department: string | undefined,
  headerRows?: number,
  bureau?: string,
): PersonnelResult {
  const reheaded = withHeaderRows(block, headerRows);
  const aligned =
    headerRows === undefined ? alignHeader(reheaded) : { table: reheaded, shifted: [] };
  const unfolded = unfoldHalves(aligned.table);
  const table = unfolded ?? aligned.table;
  const shifted = unfolded ? [] : aligned.shifted;
  const pairs = readPairsLayout(table, department);
  if (pairs) return pairs;
  const pairColumn = readPairColumnLayout(table, department);
  if (pairColumn) return pairColumn;
  const layout = layoutOf(table);
  if (layout) return readRowsLayout(table, layout, department, bureau);
  return readColumnsLayout(table, department, shifted);
}
