import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseDocument,
  readDocument,
  ReaderError,
  readXlsx,
  spreadsheetReaders,
  SheetChoiceError,
} from '../../../../shared/import';

/** A workbook as clerks keep them: a notes sheet first, then a titled table with a merged header. */
async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet('메모');
  notes.addRow(['작성', '기획예산과']);
  const lookup = book.addWorksheet('코드표', { state: 'hidden' });
  lookup.addRow(['부서', '사업명', '예산액']);
  lookup.addRow(['코드', '값', 1]);
  const sheet = book.addWorksheet('세출 2025');
  sheet.addRow(['2025년 부서별 세출예산']);
  sheet.addRow(['(단위: 백만원)']);
  sheet.addRow(['부서', '사업명', '예산액', '재원', null, null, '집행률']);
  sheet.addRow([null, null, null, '국비', '시비', '구비', null]);
  for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4']) sheet.mergeCells(range);
  sheet.addRow(['복지정책과', '경로당 운영', 120.5, 60, 30, 30.5, 0.5]);
  sheet.addRow([null, '어르신 일자리', 200, 100, 50, 50, 0.255]);
  sheet.mergeCells('A5:A6');
  sheet.getCell('G5').numFmt = '0.0%';
  sheet.getCell('G6').numFmt = '0.0%';
  sheet.addRow([
    '문화관광과',
    '거리 축제',
    { formula: 'F7', result: 320.5 },
    null,
    null,
    320.5,
    null,
  ]);
  sheet.addRow(['합계', null, 641, 160, 80, 401, null]);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await workbook();
});

describe('reading an XLSX workbook', () => {
  it('lists every sheet to choose from, hidden ones marked, in the text one after another', async () => {
    const read = await readXlsx(bytes);
    expect(read.sheets?.map((sheet) => [sheet.name, sheet.hidden === true])).toEqual([
      ['메모', false],
      ['코드표', true],
      ['세출 2025', false],
    ]);
    const lines = read.text.split('\n');
    expect(lines[0]).toBe('[시트] 메모');
    expect(lines[read.sheets![2]!.firstLine - 2]).toBe('[시트] 세출 2025');
  });

  it('keeps numbers as numbers, percent cells as shown, formulas by their saved result', async () => {
    const rows = (await readXlsx(bytes)).sheets![2]!.rows;
    expect(rows.at(4)).toEqual(['복지정책과', '경로당 운영', 120.5, 60, 30, 30.5, 50]);
    expect(rows.at(5)![6]).toBe(25.5);
    expect(rows.at(6)![2]).toBe(320.5);
  });

  it('spreads merged header text over the merge, and a merged department down its rows', async () => {
    const rows = (await readXlsx(bytes)).sheets![2]!.rows;
    expect(rows.at(2)).toEqual(['부서', '사업명', '예산액', '재원', '재원', '재원', '집행률']);
    expect(rows.at(3)).toEqual(['부서', '사업명', '예산액', '국비', '시비', '구비', '집행률']);
    expect(rows.at(5)![0]).toBe('복지정책과');
  });

  it('chooses the visible sheet whose headers it recognises, and reads its figures in won', async () => {
    const { report, spreadsheet } = await parseDocument(
      bytes,
      { fileName: '세출.xlsx' },
      spreadsheetReaders,
    );
    expect(spreadsheet?.mapping.sheet).toBe('세출 2025');
    expect(spreadsheet?.mapping.unit).toBe('백만원');
    expect(report.document).toMatchObject({
      format: 'xlsx',
      title: '2025년 부서별 세출예산',
      fiscalYears: [2025],
    });
    expect(report.lines.map((line) => [line.department, line.project, line.budget])).toEqual([
      ['복지정책과', '경로당 운영', 120_500_000],
      ['복지정책과', '어르신 일자리', 200_000_000],
      ['문화관광과', '거리 축제', 320_500_000],
    ]);
    expect(report.lines[0]!.funding).toEqual({
      national: 60_000_000,
      city: 30_000_000,
      district: 30_500_000,
    });
    expect(report.lines[1]!.statedRates).toEqual({ execution: 25.5 });
  });

  it('points every line at its sheet and row, and at its line of the text rendering', async () => {
    const { report, read } = await parseDocument(bytes, {}, spreadsheetReaders);
    const source = report.lines[2]!.source;
    expect(source).toMatchObject({ sheet: '세출 2025', row: 6 });
    expect(read.text.split('\n')[source.line - 1]).toBe(source.text);
    expect(read.positions?.get(source.line)).toEqual({ sheet: '세출 2025', row: 6 });
  });

  it('audits the sheet like a report: the 합계 and the funding split agree, so no error', async () => {
    const { report } = await parseDocument(bytes, {}, spreadsheetReaders);
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reads the sheet the user names, and says which sheets there are for a wrong name', async () => {
    const { report } = await parseDocument(
      bytes,
      { spreadsheet: { sheet: '코드표' } },
      spreadsheetReaders,
    );
    expect(report.lines.map((line) => line.project)).toEqual(['값']);
    await expect(
      parseDocument(bytes, { spreadsheet: { sheet: '세입' } }, spreadsheetReaders),
    ).rejects.toBeInstanceOf(SheetChoiceError);
  });

  it('calls a damaged workbook damaged, and an old .xls or a password-protected file by name', async () => {
    const broken = bytes.slice(0, 300);
    await expect(readXlsx(broken)).rejects.toMatchObject({ code: 'damaged' });
    const compound = (stream: string) => {
      const out = new Uint8Array(1024);
      out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      out.set(
        [...stream].flatMap((char) => [char.charCodeAt(0), 0]),
        600,
      );
      return out;
    };
    const xls = await readDocument(compound('Workbook')).catch((error: unknown) => error);
    expect(xls).toBeInstanceOf(ReaderError);
    expect((xls as ReaderError).ko).toContain('.xls');
    const locked = await readDocument(compound('EncryptedPackage')).catch(
      (error: unknown) => error,
    );
    expect((locked as ReaderError).code).toBe('password');
  });

  it('refuses an XLSX when the platform passes no XLSX reader, without a crash', async () => {
    await expect(readDocument(bytes)).rejects.toMatchObject({
      code: 'unsupported',
      format: 'xlsx',
    });
  });
});
