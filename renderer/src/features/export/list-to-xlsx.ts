import { inertCell } from '@shared/export/inert-cell';
import { newWorkbook, sheetName, styleHeader, workbookBytes, writeTitle } from './workbook';

export interface ListColumn<Row> {
  header: string;
  /** numbers stay numbers; text is made inert */
  value(row: Row): number | string | undefined;
  width?: number;
  /** Excel number format for a numeric column */
  numFmt?: string;
}

const HEADER_ROW = 3;

/** A list (findings, notes) as a one-sheet workbook: title, note line, frozen header, rows. */
export async function listToXlsx<Row>(
  title: string,
  note: string,
  columns: readonly ListColumn<Row>[],
  rows: readonly Row[],
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(sheetName(title));
  writeTitle(sheet, title, note);
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, index) => (header.getCell(index + 1).value = inertCell(column.header)));
  styleHeader(sheet, HEADER_ROW, columns.length);
  for (const item of rows) {
    const row = sheet.addRow([]);
    columns.forEach((column, index) => {
      const value = column.value(item);
      if (value === undefined || value === '') return;
      const cell = row.getCell(index + 1);
      if (typeof value === 'number') {
        cell.value = value;
        if (column.numFmt) cell.numFmt = column.numFmt;
      } else {
        cell.value = inertCell(value);
        cell.alignment = { wrapText: value.length > 40, vertical: 'top' };
      }
    });
  }
  sheet.columns.forEach((column, index) => (column.width = columns[index]?.width ?? 14));
  return workbookBytes(workbook);
}
