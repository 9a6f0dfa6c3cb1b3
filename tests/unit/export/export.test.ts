import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { StoredLine } from '../../../renderer/src/db/api';
import {
  LABEL_COLUMN,
  REVIEW_COLUMNS,
} from '../../../renderer/src/features/review/grid/column-catalog';
import { toGridRow, totalRows } from '../../../renderer/src/features/review/model/rows';
import { gridToExportView } from '../../../renderer/src/features/export/from-grid';
import { viewToCsv } from '../../../renderer/src/features/export/view-to-csv';
import { viewToXlsx } from '../../../renderer/src/features/export/view-to-xlsx';
import { findingsToXlsx } from '../../../renderer/src/features/export/findings-to-xlsx';
import { notesToXlsx } from '../../../renderer/src/features/export/notes-to-xlsx';
import { inUnit } from '../../../renderer/src/features/export/money-cells';
import { parseDocument, spreadsheetReaders } from '../../../shared/import';
import { buildHierarchy, expandableIds, flattenVisible } from '../../../shared/hierarchy';
import { LINE_MONEY_FIELDS } from '../../../shared/model/line-fields';
import type { BudgetLine } from '../../../shared/model/report';
import type { MoneyUnit } from '../../../shared/money';

const line = (fields: Partial<BudgetLine> & { key: string; project: string }): StoredLine => ({
  fiscalYear: 2025,
  bureau: '복지국',
  source: { line: 1 },
  documentId: 1,
  ...fields,
});

/** A review: two departments, one project with two sub-projects, figures in odd won. */
const LINES: StoredLine[] = [
  line({
    key: 'a',
    department: '복지정책과',
    project: '경로당 운영',
    budget: 301_234_567,
    spent: 250_000_000,
    funding: { national: 150_000_000, city: 151_234_567 },
  }),
  line({
    key: 'a1',
    parentKey: 'a',
    department: '복지정책과',
    project: '경로당 냉난방비',
    budget: 101_234_567,
  }),
  line({
    key: 'a2',
    parentKey: 'a',
    department: '복지정책과',
    project: '경로당 프로그램',
    budget: 200_000_000,
    spent: 90_500,
  }),
  line({ key: 'b', department: '복지정책과', project: '=위험한 이름', budget: 5_000 }),
  line({
    key: 'c',
    department: '문화관광과',
    project: '거리 축제',
    budget: 500_000_000,
    previousBudget: 450_000_000,
    statedRates: { change: 11.1 },
  }),
];

function view(unit: MoneyUnit, language: 'ko' | 'en' = 'ko') {
  const hierarchy = buildHierarchy(LINES);
  const expanded = expandableIds(hierarchy.roots);
  const context = {
    expanded,
    annotations: new Map(),
    findingsBelow: new Map(),
    documentTitle: () => '2025 복지국 업무보고',
  };
  const rows = flattenVisible(hierarchy.roots, expanded).map((node) => toGridRow(node, context));
  const columns = [
    LABEL_COLUMN,
    ...REVIEW_COLUMNS.filter((column) => rows.some((row) => column.value(row) !== undefined)),
  ];
  return gridToExportView({
    rows,
    total: totalRows(hierarchy)[0],
    columns,
    unit,
    title: '예산 검토 — 복지국',
    filters: '부서: 전체',
    sources: ['2025 복지국 업무보고 (report.hwp)'],
    exportedAt: '2025-03-01T09:30:00.000Z',
    language,
  });
}

function figures(lines: readonly BudgetLine[]) {
  return lines.map((l) => ({
    project: l.project,
    department: l.department,
    ...Object.fromEntries(
      LINE_MONEY_FIELDS.flatMap((field) => (l[field] === undefined ? [] : [[field, l[field]]])),
    ),
    funding: l.funding,
  }));
}

const original = figures(LINES);

describe('exporting the review grid and reading it back', () => {
  it('XLSX in 천원: re-imported lines carry the same figures in won, sub-lines under their project', async () => {
    const bytes = await viewToXlsx(view('천원'));
    const { report, spreadsheet } = await parseDocument(
      bytes,
      { fileName: 'export.xlsx' },
      spreadsheetReaders,
    );
    expect(spreadsheet?.mapping.unit).toBe('천원');
    expect(figures(report.lines)).toEqual(original);
    const parent = report.lines.find((l) => l.project === '경로당 운영')!;
    expect(report.lines.filter((l) => l.parentKey === parent.key).map((l) => l.project)).toEqual([
      '경로당 냉난방비',
      '경로당 프로그램',
    ]);
    expect(report.lines.map((l) => l.bureau)).toEqual(Array(5).fill('복지국'));
    // the group rows (복지국, the departments) and the 합계 add up: the audit finds nothing
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(spreadsheet?.stats.totals).toBe(4);
  });

  it('CSV in 백만원 with a BOM: re-imported the same way', async () => {
    const text = viewToCsv(view('백만원'));
    expect(text.startsWith('\ufeff예산 검토 — 복지국')).toBe(true);
    const { report } = await parseDocument(new TextEncoder().encode(text), {
      fileName: 'export.csv',
    });
    expect(report.document.format).toBe('csv');
    expect(figures(report.lines)).toEqual(original);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('writes Korean headers with the unit, numbers in the unit, a frozen header, the total and the sources', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await viewToXlsx(view('천원'))) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('(단위: 천원)');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['구분', '실국', '부서', '상위 사업', '회계연도']);
    expect(header).toContain('예산액 (천원)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const budgetColumn = header.indexOf('예산액 (천원)') + 1;
    const parentRow = sheet
      .getRows(4, sheet.rowCount)!
      .find((row) => row.getCell(1).value === '경로당 운영')!;
    expect(parentRow.getCell(budgetColumn).value).toBe(301_234.567);
    expect(parentRow.getCell(budgetColumn).numFmt).toBe('#,##0;-#,##0');
    const total = sheet.getRows(4, sheet.rowCount)!.find((row) => row.getCell(1).value === '합계')!;
    expect(total.getCell(budgetColumn).value).toBe(801_239.567);
    const notes: string[] = [];
    sheet.eachRow((row) => notes.push(String(row.getCell(1).value)));
    const note = notes.at(-1)!;
    expect(note).toContain('출처: 2025 복지국 업무보고 (report.hwp)');
    expect(note).toContain('필터: 부서: 전체');
  });

  it('keeps text inert: a name starting with = is written as text with an apostrophe, numbers stay numbers', async () => {
    const csv = viewToCsv(view('원'));
    expect(csv).toMatch(/^' *=위험한 이름,/m);
    expect(csv).not.toMatch(/(^|,) *=위험한/m);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await viewToXlsx(view('원'))) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain("'=위험한 이름");
    expect(
      cells.some((value) => typeof value === 'object' && value !== null && 'formula' in value),
    ).toBe(false);
    expect(cells).toContain(301_234_567);
  });
});

describe('exporting in English mode', () => {
  it('writes the XLSX headers, the unit line, the total and the note row in English, units too', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await viewToXlsx(view('천원', 'en'))) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('(Unit: KRW 1,000)');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual([
      'Item',
      'Bureau',
      'Department',
      'Parent project',
      'Fiscal year',
    ]);
    expect(header).toContain('Budget (KRW 1,000)');
    expect(header.join(' ')).not.toMatch(/[가-힣]/);
    const budgetColumn = header.indexOf('Budget (KRW 1,000)') + 1;
    const total = sheet
      .getRows(4, sheet.rowCount)!
      .find((row) => row.getCell(1).value === 'Total')!;
    expect(total.getCell(budgetColumn).value).toBe(801_239.567);
    const notes: string[] = [];
    sheet.eachRow((row) => notes.push(String(row.getCell(1).value)));
    expect(notes.at(-1)).toBe(
      'Sources: 2025 복지국 업무보고 (report.hwp) · Filters: 부서: 전체 · Exported: 2025-03-01 09:30',
    );
  });

  it('writes the CSV unit line, headers and total in English, the figures unchanged', () => {
    const english = viewToCsv(view('백만원', 'en'))
      .replace(/^\ufeff/, '')
      .split('\r\n');
    const korean = viewToCsv(view('백만원'))
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(english[1]).toMatch(/^\(Unit: KRW 1M\),/);
    expect(english[2]).toMatch(/^Item,Bureau,Department,Parent project,Fiscal year,/);
    expect(english[2]).toContain('Budget (KRW 1M)');
    expect(english.find((row) => row.startsWith('Total,'))?.slice('Total'.length)).toBe(
      korean.find((row) => row.startsWith('합계,'))?.slice('합계'.length),
    );
    expect(english.slice(3, 8).map((row) => row.split(',').slice(5))).toEqual(
      korean.slice(3, 8).map((row) => row.split(',').slice(5)),
    );
  });

  it('writes the findings and notes lists with English headers, severities and places', async () => {
    const findings = await findingsToXlsx(
      [
        {
          severity: 'error',
          code: 'total-mismatch',
          message: {
            ko: "'계' 행의 예산이 합계와 다릅니다",
            en: "the '계' row's budget is not the sum",
          },
          stated: 300,
          computed: 290,
          difference: 10,
          source: { line: 12, sheet: '세출', row: 11 },
        },
      ],
      '',
      'en',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(findings as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Findings');
    expect((sheet.getRow(3).values as unknown[]).slice(1, 4)).toEqual([
      'Severity',
      'Document',
      'Project',
    ]);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(
      expect.arrayContaining([
        'Error',
        "the '계' row's budget is not the sum",
        'KRW',
        'line 12 · sheet 세출 · row 12',
      ]),
    );
    const notes = new ExcelJS.Workbook();
    await notes.xlsx.load(
      (await notesToXlsx(
        [
          {
            kind: 'Question',
            status: 'Open',
            text: 'why?',
            createdAt: '2025-03-01T00:00:00Z',
            updatedAt: '2025-03-01T00:00:00Z',
          },
        ],
        '',
        'en',
      )) as unknown as ArrayBuffer,
    );
    expect((notes.worksheets[0]!.getRow(3).values as unknown[]).slice(1)).toEqual([
      'Kind',
      'Status',
      'Department',
      'Project',
      'Note',
      'Author',
      'Created',
      'Updated',
      'Document',
    ]);
  });
});

describe('money in an export’s unit', () => {
  it('is the won divided exactly, so reading it back with the unit gives the won', () => {
    expect(inUnit(1_234_567, '천원')).toBe(1234.567);
    expect(inUnit(-5, '백만원')).toBe(-0.000005);
    expect(inUnit(63_871_753_000, '억원')).toBe(638.71753);
    expect(inUnit(42, '원')).toBe(42);
  });
});

describe('exporting the findings and notes lists', () => {
  it('writes one row per finding with its figures as numbers and its place', async () => {
    const bytes = await findingsToXlsx([
      {
        severity: 'error',
        code: 'total-mismatch',
        message: { ko: "'계' 행의 예산이 합계와 다릅니다", en: 'x' },
        stated: 300,
        computed: 290,
        difference: 10,
        source: { line: 12, sheet: '세출', row: 11, text: '@SUM(A1)' },
        document: '가온구 예산.xlsx',
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const row = (book.worksheets[0]!.getRow(4).values as unknown[]).slice(1);
    expect(row).toEqual(
      expect.arrayContaining([
        '오류',
        '가온구 예산.xlsx',
        300,
        290,
        10,
        '원',
        '12줄 · 시트 세출 · 12행',
        "'@SUM(A1)",
      ]),
    );
  });

  it('writes one row per note, text inert', async () => {
    const bytes = await notesToXlsx([
      {
        kind: '질의',
        status: '미답변',
        text: '+추경 사유?',
        project: '거리 축제',
        department: '문화관광과',
        createdAt: '2025-03-01T00:00:00Z',
        updatedAt: '2025-03-02T00:00:00Z',
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect((book.worksheets[0]!.getRow(4).values as unknown[]).slice(1)).toEqual(
      expect.arrayContaining(['질의', '미답변', "'+추경 사유?", '2025-03-01', '2025-03-02']),
    );
  });
});
