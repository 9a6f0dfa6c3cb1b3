import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock, TableRowBlock } from '../blocks/types';
import type { PersonnelRow } from '../../model/report';
import type { AuditTable, CellValue, TableColumn, TableRow } from '../../model/table';
import { isDepartmentName, isTotalLabel } from './names';

type HeadcountKind = 'authorized' | 'current' | 'surplus';

const KIND_WORDS: Record<string, HeadcountKind> = {
  정원: 'authorized',
  현원: 'current',
  과부족: 'surplus',
  증감: 'surplus',
};

export function isPersonnelTable(table: TableBlock): boolean {
  const inHeader = table.columnLabels.some((label) => /정원|현원/.test(label));
  const inRows = table.rows.some((row) =>
    row.cells.some((cell) => /^(?:정원|현원)$/.test(compact(cell.label))),
  );
  return inHeader || inRows;
}

interface Count {
  value?: number;
  note?: string;
  cell: CellValue;
}

/** `6 (별정1)` → 6 with note `별정1`; `2(1)` → 2 with note `1`; `-` → 0; `` → nothing. */
function readCount(text: string): Count {
  const trimmed = text.trim();
  if (trimmed === '') return { cell: { kind: 'nothing', text } };
  if (/^[-_–—]$/.test(trimmed)) return { value: 0, cell: { kind: 'nothing', text } };
  const match = /^([△-]?)\s*(\d[\d,]*)\s*(?:[(（]([^)）]*)[)）])?\s*(?:명)?$/.exec(trimmed);
  if (!match) return { cell: { kind: 'text', text } };
  const value = Number(match[2]!.replace(/,/g, '')) * (match[1] ? -1 : 1);
  const count: Count = { value, cell: { kind: 'number', value, decimals: 0, text } };
  if (match[3]) count.note = match[3].trim();
  return count;
}

/** `(별정직)`, `()임기제`: what a bare `(1)` note means, from the 비고 column. */
function legendOf(row: TableRowBlock, remarkColumn: number): string | undefined {
  if (remarkColumn < 0) return undefined;
  const remark = row.cells[remarkColumn]?.text ?? '';
  const match = /\(([^)]*)\)\s*([가-힣]*)/.exec(remark);
  if (!match) return undefined;
  return (match[1] || match[2] || '').trim() || undefined;
}

function noteText(note: string | undefined, legend: string | undefined): string | undefined {
  if (!note) return undefined;
  return /^\d+$/.test(note) && legend ? `${legend} ${note}` : note;
}

export interface PersonnelResult {
  rows: PersonnelRow[];
  tables: AuditTable[];
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

/**
 * A headcount table with 정원/현원 as rows (by grade, optionally per department: `합⇥정 원` /
 * `⇥현 원`): one PersonnelRow per department and grade, and one audit table per headcount kind.
 */
function readRowsLayout(
  table: TableBlock,
  layout: Layout,
  department: string | undefined,
): PersonnelResult {
  const byKey = new Map<string, PersonnelRow>();
  const result: PersonnelResult = { rows: [], tables: [] };
  const auditRows: Record<HeadcountKind, TableRow[]> = { authorized: [], current: [], surplus: [] };
  const columns: TableColumn[] = [{ role: 'label', label: table.columnLabels[0] ?? '' }];
  if (layout.totalColumn >= 0)
    columns.push({ role: 'total', label: table.columnLabels[layout.totalColumn] ?? '' });
  for (const c of layout.gradeColumns)
    columns.push({ role: 'count', label: table.columnLabels[c] ?? '' });
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
      const grade = c === layout.totalColumn ? '계' : gradeName(table, c);
      const key = `${rowDepartment ?? ''}|${grade}`;
      let personnel = byKey.get(key);
      if (!personnel) {
        personnel = { grade, source: { line: row.line, text: row.raw } };
        if (rowDepartment) personnel.department = rowDepartment;
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

/** A headcount table with 정원/현원/과부족 as columns and grades or departments as rows. */
function readColumnsLayout(table: TableBlock, department: string | undefined): PersonnelResult {
  const result: PersonnelResult = { rows: [], tables: [] };
  const roles = table.columnLabels.map((label, index): TableColumn => {
    if (index === 0) return { role: 'label', label };
    if (/정원/.test(label)) return { role: 'authorized', label };
    if (/현원/.test(label)) return { role: 'current', label };
    if (/과부족|증감|차이/.test(label)) return { role: 'surplus', label };
    return { role: 'other', label };
  });
  const rows: TableRow[] = [];
  const byDepartment = table.rows.some((row) => isDepartmentName(row.groupLabel));
  for (const row of table.rows) {
    const label = tidySpaces(row.groupLabel);
    const isTotal = isTotalLabel(label);
    const cells: CellValue[] = [];
    const personnel: PersonnelRow = { source: { line: row.line, text: row.raw } };
    const notes: string[] = [];
    roles.forEach((column, index) => {
      const text = row.cells[index]?.text ?? '';
      if (column.role === 'label' || column.role === 'other') {
        cells.push({ kind: 'text', text });
        const remark = /비고/.test(column.label)
          ? text.trim().replace(/^[(（](.*)[)）]$/, '$1')
          : '';
        if (remark !== '') notes.push(remark.trim());
        return;
      }
      const count = readCount(text);
      cells.push(count.cell);
      if (count.value !== undefined) personnel[column.role as HeadcountKind] = count.value;
      if (count.note) notes.push(count.note);
    });
    if (byDepartment) {
      // rows are departments: each row is that department's total, the 계 row the table's
      personnel.grade = '계';
      personnel.department = isTotal ? '합계' : compact(label);
    } else {
      personnel.grade = isTotal ? '계' : compact(label);
      if (department) personnel.department = department;
    }
    if (notes.length > 0) personnel.notes = notes.join('; ');
    result.rows.push(personnel);
    rows.push({ label, isTotal, cells, source: { line: row.line, text: row.raw } });
  }
  const totalIndex = rows.findIndex((row) => row.isTotal);
  if (totalIndex >= 0)
    rows.forEach((row, index) => index !== totalIndex && (row.parentIndex = totalIndex));
  result.tables.push({
    kind: 'personnel',
    caption: table.caption?.text ?? '인력현황',
    columns: roles,
    rows,
    source: { line: table.line },
  });
  return result;
}

export function readPersonnelTable(
  table: TableBlock,
  department: string | undefined,
): PersonnelResult {
  const layout = layoutOf(table);
  return layout ? readRowsLayout(table, layout, department) : readColumnsLayout(table, department);
}
