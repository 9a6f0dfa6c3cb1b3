import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

async function pickFile(page: Page, name: string, bytes: Buffer, mimeType = 'text/csv') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer: bytes });
}

/** waits until the preview has read the file again (its controls are enabled once more) */
async function settled(page: Page) {
  await page.getByText('다시 읽는 중…').waitFor({ state: 'detached' });
}

/** exports the review grid as XLSX and reads the workbook back: label → { header → value } */
async function exportedGrid(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '엑셀로 내보내기' }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = Array.from(sheet.getRow(3).values as unknown[], (value) => String(value ?? ''));
  const rows: { label: string; values: Record<string, unknown> }[] = [];
  sheet.eachRow((row, number) => {
    if (number <= 3) return;
    const values = row.values as unknown[];
    const label = String(values[1] ?? '').trim();
    if (!label) return;
    const record: Record<string, unknown> = {};
    headers.forEach((header, index) => {
      if (header) record[header] = values[index];
    });
    rows.push({ label, values: record });
  });
  /** a row's figure under a header (a label may head a group row and its line: the first figure) */
  const figure = (label: string, header: string) =>
    rows.find((row) => row.label === label && row.values[header] !== undefined)?.values[header];
  const labels = new Set(rows.map((row) => row.label));
  return { unitLine: String(sheet.getCell('A2').value), headers, figure, labels };
}

/** a portal-like CSV whose headers the app does not know: every column must be pointed at */
const UNKNOWN_HEADER_CSV = [
  '항목,돈,쓴돈,담당',
  '경로당 운영,"1,000",400,복지정책과',
  '노인 일자리,"2,000",-,복지정책과',
  '마을 축제,500,△120,문화관광과',
].join('\r\n');

describe('the import preview shows how a file was read and takes corrections', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('maps a CSV with unknown headers in the dialog and imports the lines it then reads', async () => {
    const { page } = app;
    await pickFile(page, '2025-동별사업.csv', Buffer.from(UNKNOWN_HEADER_CSV, 'utf8'));
    const dialog = page.getByRole('dialog', { name: /가져오기 미리보기/ });
    const mapping = dialog.getByRole('region', { name: '스프레드시트 열 맞추기' });
    await mapping.getByText('머리글을 알아보지 못했습니다').waitFor();
    const choose = async (header: string, meaning: string) => {
      await mapping
        .getByRole('combobox', { name: `뜻: ${header}` })
        .selectOption({ label: meaning });
      await settled(page);
    };
    await choose('항목', '사업명');
    await choose('돈', '예산액');
    await choose('쓴돈', '지출액');
    await choose('담당', '부서');
    await mapping.getByRole('combobox', { name: '금액 단위' }).selectOption('천원');
    await settled(page);
    const firstLines = mapping.locator('.sheet-lines');
    await expect(firstLines.innerText()).resolves.toMatch(/경로당 운영\s+1,000\s+400/);
    await expect(firstLines.innerText()).resolves.toContain('△120');
    await expect(firstLines.innerText()).resolves.toContain('(단위: 천원)');
    await app.screenshot('import-sheet-mapping');
    await dialog.getByRole('button', { name: '가져오기 확인' }).click();
    await page.getByRole('toolbar', { name: '검토 도구' }).waitFor();
    await page.getByRole('button', { name: '모두 펼치기' }).click();
    const grid = await exportedGrid(page);
    // the mapped 예산액 is the year's budget: the default set's 예산 column
    const budget = grid.headers.find((header) => header.startsWith('예산 '))!;
    const spent = grid.headers.find((header) => header.startsWith('지출액'))!;
    expect(grid.figure('경로당 운영', budget)).toBe(1000);
    expect(grid.figure('경로당 운영', spent)).toBe(400);
    expect(grid.figure('노인 일자리', budget)).toBe(2000);
    expect(grid.labels.has('노인 일자리')).toBe(true);
    expect(grid.figure('노인 일자리', spent)).toBeUndefined(); // '-' is no figure, not 0
    expect(grid.figure('마을 축제', budget)).toBe(500);
    expect(grid.figure('마을 축제', spent)).toBe(-120);
    expect(app.consoleErrors).toEqual([]);
  });

  it('imports a table without the column the user set aside in the preview', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '예시 자료 열기' }).click();
    const dialog = page.getByRole('dialog', { name: /가져오기 미리보기/ });
    const readings = dialog.getByRole('region', { name: '표를 읽은 방식' });
    const table = readings.locator('details.table-reading').filter({ hasText: '96줄' });
    await table.locator('summary').click();
    await table
      .getByRole('combobox', { name: '뜻: 집행액/지출액' })
      .selectOption({ label: '사용 안 함' });
    await settled(page);
    await table.getByText('✓ 고침').waitFor();
    await app.screenshot('import-table-reading');
    await dialog.getByRole('button', { name: '가져오기 확인' }).click();
    await page.getByRole('toolbar', { name: '검토 도구' }).waitFor();
    await page.getByRole('button', { name: '모두 펼치기' }).click();
    const grid = await exportedGrid(page);
    const spent = grid.headers.find((header) => header.startsWith('지출액'))!;
    // the corrected table's project lost its 지출액; the same layout elsewhere kept it
    expect(grid.labels.has('한빛 복지 통합 돌봄 운영')).toBe(true);
    expect(grid.figure('한빛 복지 통합 돌봄 운영', spent)).toBeUndefined();
    expect(grid.figure('어르신 일자리 확대', spent)).toBe(2_874_900);
  });

  it('exports the grid as an XLSX whose figures read back in the unit chosen on screen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '예시 자료 열기' }).click();
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    const toolbar = page.getByRole('toolbar', { name: '검토 도구' });
    await toolbar.waitFor();
    await toolbar.getByRole('combobox', { name: '단위' }).selectOption('백만원');
    await page.getByRole('button', { name: '모두 펼치기' }).click();
    const grid = await exportedGrid(page);
    expect(grid.unitLine).toBe('(단위: 백만원)');
    // the default set's 예산: the year's budget (예산현액 here)
    const current = grid.headers.find((header) => header.startsWith('예산 '))!;
    expect(current).toBe('예산 (백만원)');
    // 3,420,000천원 in the document = 3,420백만원
    expect(grid.figure('어르신 일자리 확대', current)).toBe(3420);
    // uncorrected, the table the other test corrects gives its project a 지출액 (968,400천원)
    expect(grid.figure('한빛 복지 통합 돌봄 운영', '지출액 (백만원)')).toBe(968.4);
    await page.screenshot({ path: 'test-results/review-export.png' });
  });
});
