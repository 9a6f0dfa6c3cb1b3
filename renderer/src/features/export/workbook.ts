import type { Workbook, Worksheet } from 'exceljs';
import { inertCell } from '@shared/export/inert-cell';

/** exceljs is large: loaded when the first export is made, not with the app. */
export async function newWorkbook(): Promise<Workbook> {
  const module = (await import('exceljs')) as unknown as {
    default?: { Workbook: new () => Workbook };
    Workbook?: new () => Workbook;
  };
  const Workbook = module.Workbook ?? module.default?.Workbook;
  if (!Workbook) throw new Error('exceljs did not load');
  const workbook = new Workbook();
  workbook.creator = 'Council Budget Review (의회 예산검토)';
  workbook.created = new Date(0);
  return workbook;
}

export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } } as const;
const THIN = { style: 'thin', color: { argb: 'FF9AA5B1' } } as const;

/** Bold header cells with a fill and a border, frozen above the data. */
export function styleHeader(sheet: Worksheet, rowNumber: number, columns: number): void {
  const row = sheet.getRow(rowNumber);
  row.font = { bold: true };
  for (let column = 1; column <= columns; column++) {
    const cell = row.getCell(column);
    cell.fill = HEADER_FILL;
    cell.border = { bottom: THIN, top: THIN };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: rowNumber, xSplit: 0 }];
}

/** A title in the first row and a unit or note line under it. */
export function writeTitle(sheet: Worksheet, title: string, subtitle?: string): void {
  sheet.getCell('A1').value = inertCell(title);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  if (subtitle) sheet.getCell('A2').value = inertCell(subtitle);
}

/** Excel's limits on sheet names: 31 characters, none of `\ / ? * [ ] :`. */
export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';
}
