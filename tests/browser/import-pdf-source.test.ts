import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, ROOT, type AppSession } from './harness';
import { inkInBox } from './source-fixture';

const REPORT_PDF = readFileSync(join(ROOT, 'tests/fixtures/pdf/report.pdf'));

describe('a PDF imported by the picker, end to end', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('opens a line’s page in 원문 보기 with the figure highlighted where the page prints it', async () => {
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '보고서 가져오기' }).click();
    await (
      await chooser
    ).setFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: REPORT_PDF });
    const preview = page.getByRole('dialog', { name: /가져오기 미리보기/ });
    await preview.waitFor({ timeout: 60_000 });
    await preview.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);

    const row = page
      .locator('.ag-row:not(.ag-row-pinned):has(.tree-cell)')
      .filter({ hasText: '어르신 돌봄' })
      .first();
    await row.locator('.tree-label').click();
    const panel = page.getByRole('complementary', { name: '원문 보기' });
    const sheet = panel.locator('.pdf-page[data-painted="true"]');
    await sheet.waitFor({ timeout: 30_000 });
    const mark = sheet.locator('.pdf-mark.figure');
    const box = (await mark.getAttribute('data-box'))!.split(',').map(Number);
    expect(box).toHaveLength(4);
    // the stored original was painted, and the highlight sits on printed figures, not blank paper
    expect(await inkInBox(page, box as [number, number, number, number])).toBeGreaterThan(50);
    await app.screenshot('import-pdf-source');
    expect(app.consoleErrors).toEqual([]);
  });
});
