import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, type AppSession } from './harness';

/** Korean words the app itself writes (units, years, stand-in names), never the documents' names */
const APP_KOREAN = /천원|억원|\d{4}년|부서 미기재|문서:|미답변/;

const visibleText = (page: Page, selector: string) =>
  page.locator(selector).first().innerText({ timeout: 30_000 });

describe('English mode writes the app’s own words in English (the documents’ names stay as printed)', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: '예시 자료 열기' }).click();
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '보고서 가져오기' }).click();
    const bytes = readFileSync(join(ROOT, 'assets', 'samples', 'sample-report-2024.txt'));
    await (
      await chooser
    ).setFiles({ name: 'sample-report-2024.txt', mimeType: 'text/plain', buffer: bytes });
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.locator('.ag-row .tree-cell').first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
  });
  afterAll(async () => app?.close());

  it('names the year of a group row and the document of the panels in English in 검토', async () => {
    const { page } = app;
    const year = page.locator('.ag-row[row-id$="|fiscalYear:2024"] .tree-label').first();
    await expect.poll(() => year.innerText()).toBe('FY 2024');
    await year.click();
    const panel = page.getByRole('complementary', { name: 'Source' });
    await expect.poll(() => panel.locator('h2').innerText()).toBe('FY 2024');
    const caption = await visibleText(page, '.review-lower-document');
    expect(caption).toMatch(/^Document: /);
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.getByRole('region', { name: 'Charts by department' }).waitFor();
    const pinned = await page
      .locator('.ag-row[row-id^="total:"] .tree-cell, .ag-row[row-id^="total:"] [col-id="label"]')
      .allInnerTexts();
    expect(pinned.join(' ')).toMatch(/FY\d{4} total/);
    expect(pinned.join(' ')).not.toMatch(APP_KOREAN);
    await app.screenshot('english-review-1280');
  });

  it('summarises a year-over-year comparison with FY years and thousand won', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    const summary = page.locator('.compare-summary');
    await expect.poll(() => summary.innerText()).toContain('thousand won');
    const text = await summary.innerText();
    expect(text).toMatch(/FY20\d\d/);
    expect(text).not.toMatch(APP_KOREAN);
    const heads = await page.getByRole('table').locator('thead').innerText();
    expect(heads).toMatch(/FY20\d\d/);
    expect(heads).not.toMatch(APP_KOREAN);
    await app.screenshot('english-compare-1280');
  });

  it('summarises departments with FY years and thousand won', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Departments' }).click();
    const summary = page.locator('.compare-summary');
    await expect.poll(() => summary.innerText()).toMatch(/^\d+ departments: FY20\d\d/);
    expect(await summary.innerText()).not.toMatch(APP_KOREAN);
  });
});
