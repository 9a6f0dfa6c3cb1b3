import type { Cell, Worksheet } from 'exceljs';
import { inertCell } from '@shared/export/inert-cell';
import {
  exportHeader,
  sourceNote,
  totalLabel,
  unitLine,
  type ExportValue,
  type ExportView,
} from './export-view';
import { inUnit, moneyFormat, PERCENT_FORMAT, percentValue } from './money-cells';
import { newWorkbook, sheetName, styleHeader, workbookBytes, writeTitle } from './workbook';

/** Rows above the header: the title, then the unit line (`(단위: 천원)`). */
const HEADER_ROW = 3;
/** Excel outlines at most 7 levels. */
const MAX_OUTLINE = 7;

function writeValue(cell: Cell, value: ExportValue, kind: string, view: ExportView): void {
  if (value === undefined || value === '') return;
  if (typeof value === 'string') {
    cell.value = inertCell(value);
    return;
  }
  if (kind === 'money') {
    cell.value = inUnit(value, view.unit);
    cell.numFmt = moneyFormat(view.unit);
  } else if (kind === 'percent') {
    cell.value = percentValue(value) / 100;
    cell.numFmt = PERCENT_FORMAT;
  } else cell.value = value;
}

function writeRow(
  sheet: Worksheet,
  values: readonly ExportValue[],
  view: ExportView,
): Worksheet['lastRow'] {
  const row = sheet.addRow([]);
  view.columns.forEach((column, index) =>
    writeValue(row.getCell(index + 1), values[index], column.kind, view),
  );
  return row;
}

/**
 * The grid's current view as an XLSX workbook: headers in the app's language with the unit, amounts as numbers in
 * the view's unit (formatted to match it), the hierarchy as indented and outlined rows, a frozen
 * header, the total row, and a note naming the source documents and filters. Text cells are inert.
 */
export async function viewToXlsx(view: ExportView): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(sheetName(view.title), {
    properties: { outlineLevelRow: 1 },
  });
  writeTitle(sheet, view.title, unitLine(view));
  const header = sheet.getRow(HEADER_ROW);
  view.columns.forEach((column, index) => {
    header.getCell(index + 1).value = inertCell(exportHeader(column, view.unit, view.language));
  });
  styleHeader(sheet, HEADER_ROW, view.columns.length);
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: view.columns.length },
  };
  for (const exported of view.rows) {
    const row = writeRow(sheet, exported.values, view);
    if (!row) continue;
    row.getCell(1).alignment = { indent: Math.min(exported.depth, 15) };
    if (exported.depth > 0) row.outlineLevel = Math.min(exported.depth, MAX_OUTLINE);
    if (exported.kind === 'group') row.font = { bold: true };
  }
  if (view.total) {
    const row = writeRow(sheet, [totalLabel(view), ...view.total.slice(1)], view);
    if (row) {
      row.font = { bold: true };
      row.eachCell((cell) => (cell.border = { top: { style: 'double' } }));
    }
  }
  sheet.addRow([]);
  sheet.addRow([inertCell(sourceNote(view))]).font = { italic: true, color: { argb: 'FF555555' } };
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 40 : view.columns[index]?.kind === 'text' ? 20 : 15;
  });
  return workbookBytes(workbook);
}
