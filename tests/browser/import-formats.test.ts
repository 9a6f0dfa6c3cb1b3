import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, ROOT, type AppSession } from './harness';
import { writeHwp } from '../support/hwp-writer';
import { cidFontPdf } from '../support/cid-pdf';
import { multipagePdf } from '../support/multipage-pdf';
import { fixtureHwpx } from '../unit/import/readers/hwpx-fixture';
import { SYNTHETIC_HWP } from '../unit/import/readers/hwp-synthetic';
import { damagedPdf, scannedPdf } from '../unit/import/readers/handmade-pdf';

const REPORT_PDF = readFileSync(join(ROOT, 'tests/fixtures/pdf/report.pdf'));
/** characters that mean a font was read without its cMap: `?`, U+FFFD, private use */
const BROKEN_GLYPH = /[?\ufffd\ue000-\uf8ff]/;

async function pickFile(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기' }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

const preview = (page: Page) => page.getByRole('dialog', { name: /가져오기 미리보기/ });

/** the tree labels of the review grid, once it shows rows */
async function gridLabels(page: Page): Promise<string[]> {
  await page.locator('.ag-row .tree-cell').first().waitFor();
  return page.locator('.ag-row:not(.ag-row-pinned) .tree-label').allInnerTexts();
}

async function importAndReview(page: Page, name: string, bytes: Uint8Array): Promise<string[]> {
  await pickFile(page, name, bytes);
  await preview(page).waitFor({ timeout: 60_000 });
  await preview(page).getByRole('button', { name: '가져오기 확인' }).click();
  await page.waitForURL(/#\/review/);
  return gridLabels(page);
}

async function expectNothingStored(page: Page) {
  await page.getByRole('link', { name: '검토', exact: true }).click();
  await page.getByRole('heading', { name: '검토할 자료가 없습니다' }).waitFor();
}

describe('importing every format the readers read, in the browser', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('imports a PDF and shows its budget lines in the grid, with no ? or private-use glyphs', async () => {
    const labels = await importAndReview(app.page, 'report.pdf', REPORT_PDF);
    expect(labels).toEqual(expect.arrayContaining(['어르신 돌봄', '청년 일자리']));
    for (const label of labels) expect(label).not.toMatch(BROKEN_GLYPH);
    await app.screenshot('import-pdf-review');
    expect(app.consoleErrors).toEqual([]);
  });

  it('reads Korean set in a non-embedded CID font through the cMaps the app ships', async () => {
    // without the UniKS-UCS2-H and Adobe-Korea1-UCS2 cMaps pdfjs finds no text in this file at all
    const lines = readFileSync(join(ROOT, 'tests/fixtures/pdf/report.txt'), 'utf8').split('\n');
    const labels = await importAndReview(app.page, 'cid-font.pdf', cidFontPdf(lines));
    expect(labels).toEqual(expect.arrayContaining(['어르신 돌봄', '청년 일자리']));
    for (const label of labels) expect(label).not.toMatch(BROKEN_GLYPH);
    expect(app.consoleErrors).toEqual([]);
  });

  it('imports an HWPX file and an HWP file, told apart by their bytes, not their names', async () => {
    const hwpx = await importAndReview(app.page, 'plan.hwpx', fixtureHwpx('twin-welfare-plan'));
    expect(hwpx.length).toBeGreaterThan(0);
    for (const label of hwpx) expect(label).not.toMatch(BROKEN_GLYPH);
    await app.page.getByRole('link', { name: '자료실', exact: true }).click();
    // an HWP 5.0 file named .hwpx: the first bytes decide
    await pickFile(app.page, 'misnamed.hwpx', writeHwp(SYNTHETIC_HWP));
    await preview(app.page).waitFor({ timeout: 60_000 });
    const counts = await preview(app.page).locator('.preview-counts').innerText();
    expect(counts).toMatch(/예산 항목\s*[1-9]/);
    expect(app.consoleErrors).toEqual([]);
  });

  it('says a scanned PDF has no text and a damaged PDF cannot be read, storing nothing', async () => {
    const { page } = app;
    await pickFile(page, 'scan.pdf', scannedPdf());
    const scanned = page.getByRole('alert').filter({ hasText: '글자 정보가 없습니다' });
    await scanned.waitFor({ timeout: 60_000 });
    await expect(scanned.innerText()).resolves.toContain('scan.pdf');
    await expect(scanned.innerText()).resolves.toContain('아무것도 저장되지 않았습니다');
    await page.getByRole('button', { name: '닫기' }).click();
    await pickFile(page, 'broken.pdf', damagedPdf());
    const damaged = page.getByRole('alert').filter({ hasText: 'broken.pdf' });
    await damaged.waitFor({ timeout: 60_000 });
    await expect(damaged.getAttribute('data-failure')).resolves.toBe('damaged');
    await app.screenshot('import-pdf-damaged');
    await expectNothingStored(page);
  });

  it('shows page progress on a long PDF and cancels it, storing nothing', async () => {
    const { page } = app;
    // long enough that reading is still going when the button is pressed, on a fast machine too
    await pickFile(page, 'long.pdf', multipagePdf(3000));
    const status = page.getByRole('status');
    await status
      .filter({ hasText: /long\.pdf 읽는 중… [\d,]+\/3,000/ })
      .waitFor({ timeout: 60_000 });
    await app.screenshot('import-pdf-progress');
    await page.getByRole('button', { name: '가져오기 취소' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '가져오기를 취소했습니다' });
    await alert.waitFor({ timeout: 10_000 });
    await expect(alert.innerText()).resolves.toContain('long.pdf');
    await expectNothingStored(page);
  });
});
