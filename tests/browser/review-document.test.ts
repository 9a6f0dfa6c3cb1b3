import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, ROOT, type AppSession } from './harness';

const SAMPLE_2025 =
  '한빛구 › 주민복지국 › 2025년 주요업무 추진실적 및 2026년 주요업무 계획 › 2025~2026년 (보고)';
const SAMPLE_2024 =
  '한빛구 › 주민복지국 › 2024년 주요업무 추진실적 및 2025년 주요업무 계획 › 2024~2025년 (보고)';

async function importFile(page: Page, name: string, bytes: Buffer) {
  await page.getByRole('link', { name: '자료실', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: bytes });
  await page.getByRole('button', { name: '가져오기 확인' }).click();
  await page.waitForURL(/#\/review/);
  await page.locator('.ag-row .tree-cell').first().waitFor();
}

/** the document in view as the store remembers it (settings › review.documentId) */
const rememberedDocument = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('council-budget-review');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('settings')
            .objectStore('settings')
            .get('review.documentId');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { value?: unknown } | undefined)?.value);
          };
        };
      }),
  );

const documentChoice = (page: Page) =>
  page.getByRole('toolbar', { name: '검토 도구' }).getByRole('combobox', { name: '문서' });

describe('검토 shows one document, named, and keeps it', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
    const { page } = app;
    await page.getByRole('button', { name: '예시 자료 열기' }).click();
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.locator('.ag-row .tree-cell').first().waitFor();
  });
  afterAll(async () => app?.close());

  it('opens on the document just imported, named by organisation, bureau, title and years', async () => {
    const { page } = app;
    await expect
      .poll(() => documentChoice(page).locator('option:checked').textContent())
      .toBe(SAMPLE_2025);
    const bytes = readFileSync(join(ROOT, 'assets', 'samples', 'sample-report-2024.txt'));
    await importFile(page, 'sample-report-2024.txt', bytes);
    await expect
      .poll(() => documentChoice(page).locator('option:checked').textContent())
      .toBe(SAMPLE_2024);
    expect(await documentChoice(page).getAttribute('title')).toBe('sample-report-2024.txt');
    // only the 2024 document's years are offered, and its totals are per year
    const years = await page
      .getByRole('toolbar', { name: '검토 도구' })
      .getByRole('combobox', { name: '회계연도' })
      .locator('option')
      .allTextContents();
    expect(years).toContain('2024');
    expect(years).not.toContain('2026'); // the other document's plan year
    await app.screenshot('review-document-after-import');
  });

  it('keeps the choice over a reload, and the findings list follows it', async () => {
    const { page } = app;
    await documentChoice(page).selectOption({ label: SAMPLE_2025 });
    await expect.poll(() => rememberedDocument(page)).toBe(1);
    await page.reload();
    await page.locator('.ag-row .tree-cell').first().waitFor();
    await expect
      .poll(() => documentChoice(page).locator('option:checked').textContent())
      .toBe(SAMPLE_2025);
    const list = page.getByRole('region', { name: '검토 의견 목록' });
    const findings2025 = await list.locator('li').allTextContents();
    await documentChoice(page).selectOption({ label: SAMPLE_2024 });
    await expect.poll(() => list.locator('li').allTextContents()).not.toEqual(findings2025);
    const findings2024 = await list.locator('li').count();
    // 전체 lists both documents' findings
    await documentChoice(page).selectOption({ label: '전체 (문서·연도별 합계)' });
    await expect.poll(() => list.locator('li').count()).toBe(findings2025.length + findings2024);
    expect(app.consoleErrors).toEqual([]);
  });
});
