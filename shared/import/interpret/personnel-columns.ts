/**
 * A headcount table with 정원/현원/과부족 as columns and grades or departments as rows. Grades may
 * sit under group rows (`일반직` › `4급` … `9급`, `관리운영직`, `별정직·임기제`): in a second label
 * column (explicit), or one after the other with the group's own figures (proven by the sums).
 */
import type { PersonnelRow } from '../../model/report';
import type { AuditTable, CellValue, TableColumn, TableRow } from '../../model/table';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock, TableRowBlock } from '../blocks/types';
import { inferHierarchy } from './hierarchy';
import { isTotalLabel } from './names';
import {
  isDepartmentNotGrade,
  readCount,
  type HeadcountKind,
  type PersonnelResult,
} from './personnel-counts';

/** Group names a grade table lists grades under, so a flat 계 over them is not to be trusted. */
const GROUP_NAME =
  /^(?:일반직|관리운영직|별정직|임기제|별정직·임기제|기능직|연구직|지도직|전문경력관|정무직|특정직|공무직|청원경찰|기간제|계약직|소방직|경찰직|교육직)/;

function roleOf(label: string, index: number, labelColumns: number): TableColumn {
  if (index < labelColumns) return { role: 'label', label };
  if (/정원/.test(label)) return { role: 'authorized', label };
  if (/현원/.test(label)) return { role: 'current', label };
  if (/과부족|증감|차이/.test(label)) return { role: 'surplus', label };
  return { role: 'other', label };
}

/** Leading columns holding only words: one names each row, two name a group and its grade. */
function labelColumnsOf(table: TableBlock): number {
  const first = table.columnLabels.findIndex((label) => /정원|현원/.test(label));
  if (first <= 0) return 1;
  return Math.min(first, 2);
}

interface RowName {
  label: string;
  grade: string;
  group?: string;
  isTotal: boolean;
}

function nameOf(row: TableRowBlock, labelColumns: number): RowName {
  const carried = tidySpaces(row.groupLabel);
  if (labelColumns < 2)
    return { label: carried, grade: compact(carried), isTotal: isTotalLabel(carried) };
  const own = tidySpaces(row.cells[1]?.label ?? '');
  const first = tidySpaces(row.cells[0]?.label ?? '');
  if (isTotalLabel(carried) && first !== '' && own === '')
    return { label: carried, grade: '계', isTotal: true };
  // `일반직 | 소계`: the group's own row; `관리운영직 |`: a row with no grades under it
  if (own === '' || isTotalLabel(own))
    return { label: carried, grade: compact(carried), isTotal: false };
  const group = first === '' ? carried : first;
  return { label: own, grade: compact(own), group: compact(group), isTotal: false };
}

export function readColumnsLayout(
  table: TableBlock,
  department: string | undefined,
  shifted: readonly number[],
): PersonnelResult {
  const result: PersonnelResult = { rows: [], tables: [] };
  const labelColumns = labelColumnsOf(table);
  const roles = table.columnLabels.map((label, index) => {
    const column = roleOf(label, index, labelColumns);
    if (shifted.includes(index))
      column.inferred = {
        ko: `머리글 '${label}'을(를) 한 칸 옮겨 읽은 열`,
        en: `header '${label}' moved one column over its figures`,
      };
    return column;
  });
  const rows: TableRow[] = [];
  const names: RowName[] = [];
  const byDepartment = table.rows.some((row) => isDepartmentNotGrade(row.groupLabel));
  const kindColumns = roles.flatMap((column, index) =>
    ['authorized', 'current'].includes(column.role) ? [index] : [],
  );
  const figures: (number | null)[][] = [];
  for (const row of table.rows) {
    const name = nameOf(row, labelColumns);
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
    figures.push(
      kindColumns.map((index) => personnel[roles[index]!.role as HeadcountKind] ?? null),
    );
    if (byDepartment) {
      // rows are departments: each row is that department's total, the 계 row the table's
      personnel.grade = '계';
      personnel.department = name.isTotal ? '합계' : compact(name.label);
    } else {
      personnel.grade = name.isTotal ? '계' : name.grade;
      if (name.group) personnel.group = name.group;
      if (department) personnel.department = department;
    }
    if (notes.length > 0) personnel.notes = notes.join('; ');
    result.rows.push(personnel);
    names.push(name);
    rows.push({
      label: name.label,
      isTotal: name.isTotal,
      cells,
      source: { line: row.line, text: row.raw },
    });
  }
  const table_ = structure(rows, names, figures, result.rows, byDepartment);
  result.tables.push({
    kind: 'personnel',
    caption: table.caption?.text ?? '인력현황',
    columns: roles,
    rows,
    source: { line: table.line },
    ...table_,
  });
  return result;
}

/**
 * Which rows add up into which: grades in a second label column hang from their group's row;
 * otherwise the sums decide (a group row followed by grades adding up to it), and a table that
 * lists group names without the sums proving how is read as a guess.
 */
function structure(
  rows: TableRow[],
  names: readonly RowName[],
  figures: (number | null)[][],
  personnel: PersonnelRow[],
  byDepartment: boolean,
): Pick<AuditTable, 'hierarchy'> {
  const totalIndex = rows.findIndex((row) => row.isTotal);
  const groupRow = new Map<string, number>();
  names.forEach((name, index) => {
    if (!name.group && !name.isTotal) groupRow.set(name.grade, index);
  });
  if (names.some((name) => name.group !== undefined)) {
    names.forEach((name, index) => {
      const parent = name.group !== undefined ? groupRow.get(name.group) : undefined;
      if (parent !== undefined) rows[index]!.parentIndex = parent;
      else if (totalIndex >= 0 && index !== totalIndex) rows[index]!.parentIndex = totalIndex;
    });
    return { hierarchy: 'explicit' };
  }
  const parents = inferHierarchy(figures, totalIndex >= 0 ? { totalIndex } : {});
  let grouped = false;
  parents.forEach((parent, index) => {
    if (parent === undefined) return;
    rows[index]!.parentIndex = parent;
    if (parent !== totalIndex && !byDepartment) {
      grouped = true;
      personnel[index]!.group = names[parent]!.grade;
    }
  });
  if (grouped) return { hierarchy: 'sums' };
  // 계 over every row: explicit, unless group names show the rows may not all be of one level
  const namedGroups = names.some((name) => GROUP_NAME.test(name.grade));
  return { hierarchy: namedGroups ? 'sums' : 'explicit' };
}
