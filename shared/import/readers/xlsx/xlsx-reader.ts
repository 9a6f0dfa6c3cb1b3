import type { Workbook, Worksheet } from 'exceljs';
import type { SheetCell } from '../../sheets/types';
import { cancelled } from '../cancel';
import { ReaderError } from '../reader-error';
import { sheetsOutput, type RawSheet } from '../sheet-output';
import type { ReaderOutput, ReadOptions } from '../types';
import { xlsxCell, type XlsxCellLike } from './cell-value';

/** exceljs is large: loaded when the first workbook is read, not with the app. */
async function newWorkbook(): Promise<Workbook> {
  const module = (await import('exceljs')) as unknown as {
    default?: { Workbook: new () => Workbook };
    Workbook?: new () => Workbook;
  };
  const Workbook = module.Workbook ?? module.default?.Workbook;
  if (!Workbook) throw new Error('exceljs did not load');
  return new Workbook();
}

function sheetRows(sheet: Worksheet): SheetCell[][] {
  const rows: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = xlsxCell(cell as unknown as XlsxCellLike);
    });
    for (let index = 0; index < cells.length; index++)
      if (cells[index] === undefined) cells[index] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let index = 0; index < rows.length; index++) rows[index] ??= [];
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === null || cell === ''))
    rows.pop();
  return rows;
}

/**
 * XLSX bytes → every sheet's cells (numbers as numbers, percent cells as shown, formulas by their
 * saved result, merged header text spread over the merge). exceljs, not the unmaintained `xlsx`
 * package with its known vulnerabilities.
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReaderOutput> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReaderError(
      'damaged',
      {
        ko: `XLSX 파일을 열 수 없습니다 (손상되었거나 XLSX가 아님): ${reason}`,
        en: `the XLSX file cannot be opened (damaged or not XLSX): ${reason}`,
      },
      'xlsx',
    );
  }
  if (options.signal?.aborted) throw cancelled('xlsx');
  const sheets: RawSheet[] = [];
  const worksheets = workbook.worksheets;
  worksheets.forEach((sheet, index) => {
    const raw: RawSheet = { name: sheet.name, rows: sheetRows(sheet) };
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') raw.hidden = true;
    sheets.push(raw);
    options.onProgress?.(index + 1, worksheets.length);
  });
  if (sheets.every((sheet) => sheet.rows.length === 0))
    throw new ReaderError(
      'empty',
      { ko: '시트에 내용이 없습니다', en: 'the sheets are empty' },
      'xlsx',
    );
  return sheetsOutput('xlsx', sheets, { fileName: options.fileName });
}
