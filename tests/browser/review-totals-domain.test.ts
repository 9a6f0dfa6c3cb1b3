import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, type AppSession } from './harness';
import { parseDocument } from '../../shared/import/parse-report';
import { basesOf, figuresByScope, type ScopeFigures } from '../../shared/figures';

const FILE = 'sample-report-2024.txt';
const bytes = readFileSync(join(ROOT, 'assets', 'samples', FILE));

const tools = (page: Page) => page.getByRole('toolbar', { name: '검토 도구' });
const yearChoice = (page: Page) => tools(page).getByRole('combobox', { name: '회계연도' });

/** a row's 예산 (the year's budget) cell in 천원, as the grid shows it ('' when empty, undefined when absent) */
const currentBudgetCell = (page: Page, rowId: string) =>
  page.evaluate((id) => {
    const row = [...document.querySelectorAll<HTMLElement>('.ag-row')].find(
      (element) =>
        element.getAttribute('row-id') === id && element.querySelector('[col-id="yearBudget"]'),
    );
    return row?.querySelector<HTMLElement>('[col-id="yearBudget"]')?.innerText.trim();
  }, rowId);

/** the pinned totals' row ids: total:<document>|<year>|<category> */
const pinnedIds = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('.ag-row')]
        .map((row) => row.getAttribute('row-id') ?? '')
        .filter((id) => id.startsWith('total:')),
    ),
  ]);

const thousands = (won: number | undefined) =>
  won === undefined ? undefined : Math.round(won / 1000).toLocaleString('en-US');

describe('검토’s totals for a document and year are the domain’s sums (2024 sample, 세입 read for 2023 and 2024)', () => {
  let app: AppSession;
  let domain: ScopeFigures[];
  beforeAll(async () => {
    const parsed = await parseDocument(new Uint8Array(bytes), { fileName: FILE }, {});
    domain = figuresByScope(parsed.report.lines);
    app = await openApp('#/library');
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '보고서 가져오기' }).click();
    await (await chooser).setFiles({ name: FILE, mimeType: 'text/plain', buffer: bytes });
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.locator('.ag-row .tree-cell').first().waitFor();
  });
  afterAll(async () => app?.close());

  it('shows each year’s 세입 total as the domain states it, the 계 row’s figure, not 계 plus its parts', async () => {
    const { page } = app;
    const revenue = domain.filter((scope) => scope.scope.category === 'revenue');
    expect(revenue.map((scope) => scope.scope.fiscalYear)).toEqual([2023, 2024]);
    // read by a person from the 세입 총괄 table: 계 10,882,840 (2023 최종예산), 11,678,920 (2024)
    expect(revenue.map((scope) => thousands(scope.figures.yearBudget))).toEqual([
      '10,882,840',
      '11,678,920',
    ]);
    for (const scope of revenue) {
      expect(basesOf(scope.figures.yearBudgetBases)).toEqual(['currentBudget']);
      const year = scope.scope.fiscalYear;
      await yearChoice(page).selectOption(String(year));
      // 2023 holds only 세입, so its total is pinned; in 2024 세입 sits beside 세출 in its own row
      const row = year === 2023 ? `total:1|2023|revenue` : 'G|category:revenue';
      await expect
        .poll(() => currentBudgetCell(page, row))
        .toBe(thousands(scope.figures.yearBudget));
    }
    await expect.poll(() => pinnedIds(page)).toEqual(['total:1|2024|expenditure']);
  });

  it('adds no part to its whole when a search keeps a row and its parts (세외수입, 2023: 66,940천원)', async () => {
    const { page } = app;
    await yearChoice(page).selectOption('2023');
    await tools(page).getByRole('searchbox').fill('세외수입');
    // 세외수입 66,940 holds 경상적세외수입 19,150 and 임시적세외수입 47,790 (and their parts)
    await expect.poll(() => currentBudgetCell(page, 'total:1|2023|revenue')).toBe('66,940');
    await expect.poll(() => pinnedIds(page)).toEqual(['total:1|2023|revenue']);
    // the bureau row states no figure off its parts' sum: no ≠ mark for 주민복지국 2023
    await tools(page).getByRole('searchbox').fill('');
    await expect.poll(() => currentBudgetCell(page, 'G|bureau:주민복지국')).toBe('10,882,840');
    const bureau = page.locator('.ag-row[row-id="G|bureau:주민복지국"]').first();
    expect(await bureau.innerText()).not.toContain('≠');
  });
});
