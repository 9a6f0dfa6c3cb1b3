import type { LocalizedText } from '../../model/localized-text';
import { isTotalLabel } from '../interpret/names';
import { cellText, readAmount } from './cells';
import { headerSignature, type ColumnMapping } from './mapping';
import { auditColumns, readRow, type RowNames, type RowRead } from './read-row';
import type { SheetCell, SheetGrid } from './types';

/** A row the preview lists: its 0-based sheet row, its line in the text, and what is wrong. */
export interface BadRow {
  row: number;
  line: number;
  reason: LocalizedText;
  /** the row was left out (misaligned); otherwise it was read without the bad cells */
  skipped: boolean;
}

/** A data row kept for interpretation. */
export interface SheetEntry {
  row: number;
  read: RowRead;
  /** names carried down from the rows above where this row leaves them blank */
  carried: RowNames;
  label: string;
  totalWord?: 'subtotal' | 'total';
}

export interface CollectedRows {
  entries: SheetEntry[];
  badRows: BadRow[];
  emptyRows: number;
  /** rows with text but no figures and no name: notes, sources, a repeated header */
  noteRows: number;
}

/**
 * Group names a row may leave blank under the row that gave them (a CSV saved from merged cells).
 * Not the programme: a blank there marks a project of its own, not a 세부사업 of the one above.
 */
const CARRIED = ['region', 'government', 'bureau', 'department'] as const;

function isEmpty(row: readonly SheetCell[]): boolean {
  for (const cell of row) if (cellText(cell) !== '') return false;
  return true;
}

/** One text cell and nothing else: a footnote (`※ 자료: …`), a source, a section title. */
function isNoteRow(row: readonly SheetCell[]): boolean {
  let text: string | undefined;
  for (const cell of row) {
    const own = cellText(cell);
    if (own === '') continue;
    if (text !== undefined) return false;
    text = own;
  }
  return text !== undefined && readAmount(text, '원').kind !== 'won';
}

function carryDown(names: RowNames, above: RowNames): RowNames {
  const carried: RowNames = {};
  let reset = false;
  for (const role of CARRIED) {
    const own = names[role];
    // a row that names an outer group starts it afresh: inner names are not carried into it
    if (own !== undefined) {
      carried[role] = own;
      reset = true;
    } else if (!reset && above[role] !== undefined) carried[role] = above[role];
  }
  if (names.program !== undefined) carried.program = names.program;
  if (names.project !== undefined) carried.project = names.project;
  if (names.level !== undefined) carried.level = names.level;
  return carried;
}

function labelOf(names: RowNames): string {
  const name =
    names.project ??
    names.program ??
    names.department ??
    names.bureau ??
    names.government ??
    names.region ??
    '';
  return names.level && name !== '' ? `${name} (${names.level})` : name;
}

function totalWord(label: string): SheetEntry['totalWord'] {
  // the total words are short (`합계`, `총 합 계`): longer names need no pattern
  if (label.length > 8 || !isTotalLabel(label)) return undefined;
  return /^소계$/.test(label.replace(/\s/g, '')) ? 'subtotal' : 'total';
}

/** A CSV row with fewer or more cells than the header cannot be trusted to line up. */
function misaligned(
  row: readonly SheetCell[],
  width: number,
  lastUsed: number,
): LocalizedText | null {
  if (row.length === width) return null;
  if (row.length < width && lastUsed >= row.length)
    return {
      ko: `칸이 머리행보다 적습니다 (${row.length}/${width}칸)`,
      en: `fewer cells than the header (${row.length} of ${width})`,
    };
  if (row.length > width && row.slice(width).some((cell) => cellText(cell) !== ''))
    return {
      ko: `칸이 머리행보다 많습니다 (${row.length}/${width}칸): 따옴표 없이 쉼표가 든 금액일 수 있습니다`,
      en: `more cells than the header (${row.length} of ${width}): perhaps an unquoted amount with commas`,
    };
  return null;
}

/**
 * Pass one over the data rows: empty rows, notes and repeated headers set aside, misaligned rows
 * listed and left out, each other row read under the mapping with its group names carried down.
 */
export function collectRows(grid: SheetGrid, mapping: ColumnMapping): CollectedRows {
  const collected: CollectedRows = { entries: [], badRows: [], emptyRows: 0, noteRows: 0 };
  const audited = auditColumns(mapping);
  const start = mapping.headerRow + mapping.headerRows;
  const width = mapping.columns.length;
  const lastUsed = Math.max(
    -1,
    ...mapping.columns.filter((c) => c.role !== 'ignore').map((c) => c.index),
  );
  const isCsv = grid.delimiter !== undefined;
  let above: RowNames = {};
  for (let index = start; index < grid.rows.length; index++) {
    const row = grid.rows.at(index) ?? [];
    if (isEmpty(row)) {
      collected.emptyRows++;
      continue;
    }
    const line = grid.firstLine + index;
    if (isNoteRow(row)) {
      collected.noteRows++;
      continue;
    }
    const wrong = isCsv ? misaligned(row, width, lastUsed) : null;
    if (wrong) {
      collected.badRows.push({ row: index, line, reason: wrong, skipped: true });
      continue;
    }
    const read = readRow(row, mapping, audited);
    const label = labelOf(read.names);
    if (!read.hasFigures && read.bad.length === 0 && read.noFigure === 0) {
      collected.noteRows++;
      continue;
    }
    if (
      !read.hasFigures &&
      headerSignature(row.map((cell) => cellText(cell))) === mapping.signature
    ) {
      collected.noteRows++;
      continue;
    }
    if (label === '') {
      if (!read.hasFigures) collected.noteRows++;
      else
        collected.badRows.push({
          row: index,
          line,
          reason: {
            ko: '이름(사업명·부서 등)이 없는 행입니다',
            en: 'the row names nothing (no project, department…)',
          },
          skipped: true,
        });
      continue;
    }
    for (const bad of read.bad)
      collected.badRows.push({
        row: index,
        line,
        reason: {
          ko: `'${bad.header}' 칸이 숫자가 아닙니다: "${bad.text}" (금액 없음으로 둠)`,
          en: `'${bad.header}' is not a number: "${bad.text}" (left without a figure)`,
        },
        skipped: false,
      });
    const word = totalWord(label);
    const carried = word === 'total' ? read.names : carryDown(read.names, above);
    if (!word) above = carried;
    const entry: SheetEntry = { row: index, read, carried, label };
    if (word) entry.totalWord = word;
    collected.entries.push(entry);
  }
  return collected;
}
