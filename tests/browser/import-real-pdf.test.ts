import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { corpusBytes, corpusPresent } from '../support/corpus';

const FILE = 'busan-2025/2025년 시민건강국 주요업무계획.pdf';
const present = corpusPresent(FILE, 'browser import of a real PDF');
/** characters that mean a font was read without its cMap: `?`, U+FFFD, private use */
const BROKEN_GLYPH = /[?\ufffd\ue000-\uf8ff]/;

describe.skipIf(!present)('importing a real bureau work plan (PDF) in the browser', () => {
  let app: AppSession;
  let seconds = 0;
  let pages = 0;

  beforeAll(async () => {
    app = await openApp();
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '보고서 가져오기' }).click();
    const started = Date.now();
    await (
      await chooser
    ).setFiles({
      name: '시민건강국.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(corpusBytes(FILE)),
    });
    const status = page.getByRole('status').filter({ hasText: /읽는 중… [\d,]+\/[\d,]+/ });
    await status.waitFor({ timeout: 60_000 });
    pages = Number(/\/(\d+)/.exec(await status.innerText())?.[1]);
    await app.screenshot('import-real-pdf-progress');
    await page.getByRole('dialog', { name: /가져오기 미리보기/ }).waitFor({ timeout: 300_000 });
    seconds = (Date.now() - started) / 1000;
    await app.screenshot('import-real-pdf-preview');
  }, 360_000);

  afterAll(async () => {
    await app?.close();
  });

  it('reads every page, with page progress, and previews its budget lines', async () => {
    const preview = app.page.getByRole('dialog', { name: /가져오기 미리보기/ });
    expect(pages).toBeGreaterThan(1);
    const counts = await preview.locator('.preview-counts').innerText();
    expect(counts).toMatch(/예산 항목\s*[1-9]/);
    console.log(
      `real PDF in the browser: ${FILE}: ${pages} pages in ${seconds.toFixed(1)} s from picking ` +
        `to preview (${(pages / seconds).toFixed(1)} pages/s, pdfjs start-up included)`,
    );
  });

  it('shows its lines in the grid with Korean text intact (no ? or private-use glyphs)', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.locator('.ag-row .tree-cell').first().waitFor();
    const labels = await page.locator('.ag-row:not(.ag-row-pinned) .tree-label').allInnerTexts();
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.join('\n')).toMatch(/[가-힣]/);
    for (const label of labels) expect(label).not.toMatch(BROKEN_GLYPH);
    await app.screenshot('import-real-pdf-review');
  });
});
