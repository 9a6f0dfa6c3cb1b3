import { hasCountWord } from '../../money/cell';
import { joinCellLines } from '../../text/wrapped-words';
import type { TableUnit } from '../../money/types';
import type { AuditTable, CellValue } from '../../model/table';
import type { SourcePosition } from '../../model/source';
import { compact, tidySpaces } from '../../text/compact';
import type { TableBlock } from '../blocks/types';
import { figureOf, isDitto, readCell } from './cells';
import type { Figures } from './hierarchy';
import { isDepartmentName, isTotalLabel, joinSpacedSyllables } from './names';
import { observeDepartment, warn, type Collected } from './sink';
import { MONEY_ROLES, RATE_ROLES } from './table-columns';

export const LEAD_DEPARTMENT = /주관부서|소관부서|담당부서|주관|소관/;
/** a column naming each row's own department (`부서`, `부서명`, `과명`), not a lead department */
const DEPARTMENT_COLUMN = /^(?:부서|부서명|과명|실국|실과|담당과)$/;

export interface ReadRow {
  label: string;
  /** the department named in a 부서 column of the row, if the table has one */
  department?: string;
  isTotal: boolean;
  cells: CellValue[];
  figures: Figures;
  values: (number | null)[];
  /** where each cell sits in the original, when the reader says */
  sources: (SourcePosition | undefined)[];
  line: number;
  raw: string;
  leadDepartment?: string;
  /** the label of the merged first cell the row sits in (`1단계`, `관광개발사업`), if any */
  group?: string;
  /** 세입 or 세출, from a name column that sorts the rows above the item names (관·항·목) */
  side?: 'revenue' | 'expenditure';
}

/** Budget-code levels written after the name column (`과목/관 | 과목/항 | 과목/목`). */
const LEVEL_LABEL = /(?:^|\/)(?:관|항|목|세항|세목|세세목)$/;

function levelColumns(table: TableBlock, columns: AuditTable['columns'], nameColumn: number) {
  const levels: number[] = [];
  for (let index = nameColumn + 1; index < columns.length; index += 1) {
    if (columns[index]?.role !== 'text' || !LEVEL_LABEL.test(table.columnLabels[index] ?? ''))
      break;
    levels.push(index);
  }
  return levels;
}

/** `과목/항` → `항`: the level a column holds, as its header names it. */
function levelName(columnLabel: string): string {
  return columnLabel.split('/').at(-1) ?? columnLabel;
}

/**
 * `구 분` over two columns: a group in the first (`통합재정수입 (A)`), its items in the second
 * (`경상수입`, `자본수입`), the second column's header left blank by the span. The item's own words
 * name its row; the group stays its parent.
 */
function spannedItemName(table: TableBlock, cells: readonly CellValue[], nameColumn: number) {
  const next = nameColumn + 1;
  if ((table.columnLabels[next] ?? '').trim() !== '') return '';
  const cell = cells[next];
  if (cell?.kind !== 'text' || !/[가-힣]/.test(cell.text)) return '';
  return joinSpacedSyllables(tidySpaces(cell.text));
}

/** `통합재정수입 (A)`, `경상수입`, `세외수입`: money coming in, never a spending budget */
function isRevenueName(label: string): boolean {
  return /수입$/.test(compact(label).replace(/\([^()]*\)$/, ''));
}

export function readRows(
  table: TableBlock,
  unit: TableUnit | null,
  columns: AuditTable['columns'],
  nameColumn: number,
  collected: Collected,
): ReadRow[] {
  const above: string[] = [];
  const leadIndex = columns.findIndex(
    (column, index) =>
      column.role === 'text' && LEAD_DEPARTMENT.test(table.columnLabels[index] ?? ''),
  );
  const departmentIndex = columns.findIndex(
    (column, index) =>
      column.role === 'text' && DEPARTMENT_COLUMN.test(table.columnLabels[index] ?? ''),
  );
  let department: string | undefined;
  const levels = levelColumns(table, columns, nameColumn);
  let side: ReadRow['side'];
  return table.rows.map((row) => {
    const cells: CellValue[] = [];
    const values: (number | null)[] = [];
    row.cells.forEach((cell, index) => {
      const role = columns[index]?.role ?? 'other';
      let text = cell.text;
      if (isDitto(text) && (role === 'text' || role === 'label')) text = above[index] ?? text;
      above[index] = text;
      if (role === 'label' || role === 'text') {
        cells.push({ kind: 'text', text });
        values.push(null);
        return;
      }
      if (MONEY_ROLES.has(role) && hasCountWord(text)) {
        cells.push({ kind: 'text', text });
        values.push(null);
        return;
      }
      // a rate column holds percents even under `(단위: 백만원)`
      const { value, cell: parsed } = readCell(text, RATE_ROLES.has(role) ? null : unit);
      cells.push(parsed);
      values.push(figureOf(value));
      if (
        parsed.kind === 'text' &&
        text.trim() !== '' &&
        (MONEY_ROLES.has(role) || RATE_ROLES.has(role))
      ) {
        warn(collected, row.line, {
          ko: `숫자로 읽을 수 없는 칸 "${text.trim()}" (${columns[index]?.label ?? ''})`,
          en: `a cell that is not a number: "${text.trim()}" (${columns[index]?.label ?? ''})`,
        });
      }
    });
    const nameCell = row.cells[nameColumn];
    let label = joinSpacedSyllables(tidySpaces(nameCell?.label ?? ''));
    if (isDitto(label)) label = '';
    if (levels.length > 0) {
      // `세입 | 보조금수입 | 보조금수입 | 국고보조금`: the row is its most specific level, 세입 its side
      const named = compact(label);
      if (named === '세입' || named === '세출') side = named === '세입' ? 'revenue' : 'expenditure';
      const at = [...levels].reverse().find((index) => {
        const cell = cells[index];
        return cell?.kind === 'text' && cell.text.trim() !== '';
      });
      const level = at === undefined ? undefined : cells[at];
      if (level?.kind === 'text')
        label = joinSpacedSyllables(tidySpaces(joinCellLines(level.text.split('\n'))));
      // `보조금수입 소계` closes the 항 and again the 관: each subtotal says which level it sums
      if (at !== undefined && /소계$/.test(compact(label)))
        label = `${label}(${levelName(table.columnLabels[at] ?? '')})`;
    }
    const group = tidySpaces(row.groupLabel);
    // `도시재생 활성화 | 소계 | 2,000`: the subtotal row is the group's own line (단위사업 › 세부사업)
    if (nameColumn !== 0 && compact(label) === '소계' && group !== '' && !isTotalLabel(group))
      label = group;
    // `관광개발사업(6개 사업) | (spanned) | 소계 | 1,585`: the group's cell spans the name
    // column, and the total's word stands in the next text column
    if (label === '' && nameColumn !== 0 && group !== '') {
      const word = cells
        .slice(nameColumn + 1)
        .find((cell) => cell.kind === 'text' && cell.text.trim() !== '');
      if (word?.kind === 'text' && isTotalLabel(word.text)) label = tidySpaces(word.text);
    }
    const isTotal =
      isTotalLabel(label) || (label === '' && nameColumn !== 0 && isTotalLabel(group));
    if (label === '' && !isTotal) label = spannedItemName(table, cells, nameColumn);
    if (label === '' && nameColumn === 0) label = group;
    const read: ReadRow = {
      label,
      isTotal,
      cells,
      figures: values,
      values,
      sources: row.cells.map((cell) => cell.source),
      line: row.line,
      raw: row.raw,
    };
    if (group !== '') read.group = group;
    if (levels.length > 0 && side) read.side = side;
    else if (isRevenueName(label) || isRevenueName(group)) read.side = 'revenue';
    if (leadIndex >= 0) {
      const leadText = cells[leadIndex];
      if (leadText?.kind === 'text' && leadText.text.trim() !== '')
        read.leadDepartment = compact(leadText.text.split('\n')[0]!);
    }
    const departmentCell = departmentIndex >= 0 ? cells[departmentIndex] : undefined;
    if (departmentCell?.kind === 'text' && departmentCell.text.trim() !== '') {
      department = compact(departmentCell.text.split('\n')[0]!);
    }
    if (department && departmentIndex >= 0) read.department = department;
    if (isDepartmentName(label)) observeDepartment(collected, compact(label), row.line, row.raw);
    if (read.department && isDepartmentName(read.department)) {
      observeDepartment(collected, read.department, row.line, row.raw);
    }
    if (read.leadDepartment && isDepartmentName(read.leadDepartment))
      observeDepartment(collected, read.leadDepartment, row.line, row.raw);
    return read;
  });
}
