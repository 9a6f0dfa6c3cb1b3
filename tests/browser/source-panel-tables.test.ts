import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { restoreFixture } from '../bench/store-fixture';
import { fixtureHwpx } from '../unit/import/readers/hwpx-fixture';
import { openApp, type AppSession } from './harness';
import { backupWithDocuments } from './source-fixture';

/** a portal-style CSV: one row per sub-project */
const CSV = [
  '회계연도,부서명,세부사업명,예산현액,지출액',
  '2025,복지정책과,어르신 돌봄,1000000,500000',
  '2025,복지정책과,청년 일자리,2000000,1500000',
  '2025,교통정책과,버스 지원,3000000,2900000',
].join('\n');

let hwpxBackup = '';
let csvBackup = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbr-source-tables-'));
  hwpxBackup = join(dir, 'hwpx.cbr-backup');
  csvBackup = join(dir, 'csv.cbr-backup');
  writeFileSync(
    hwpxBackup,
    await backupWithDocuments([
      { fileName: 'plan.hwpx', bytes: fixtureHwpx('twin-welfare-plan'), keepOriginal: true },
    ]),
  );
  writeFileSync(
    csvBackup,
    await backupWithDocuments([
      { fileName: 'portal.csv', bytes: new TextEncoder().encode(CSV), keepOriginal: true },
    ]),
  );
});

async function selectProject(page: Page, project: string) {
  await page.getByRole('link', { name: '검토', exact: true }).click();
  const row = page
    .locator('.ag-row:not(.ag-row-pinned):has(.tree-cell)')
    .filter({ has: page.locator('.tree-label', { hasText: project }) })
    .first();
  await row.locator('.tree-label').click();
  return page.getByRole('complementary', { name: '원문 보기' });
}

describe('원문 보기 for tables and sheets', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp('#/settings');
  });
  afterEach(async () => {
    await app.close();
  });

  it('shows an HWPX line’s table as a grid, and a finding’s stated cell and the cells it used', async () => {
    const { page } = app;
    await restoreFixture(page, hwpxBackup);
    const panel = await selectProject(page, '장애인 일자리');
    const grid = panel.getByRole('table', { name: '원문 표' });
    await expect(grid.locator('tr.current-row').innerText()).resolves.toContain('장애인 일자리');
    await expect(panel.getByText(/표 2 · 5행/).count()).resolves.toBe(1);
    // the finding: 증감 40,000 against 750,000 − 700,000 — its cells in the row
    await panel.getByRole('button', { name: '원문에서 이 수치 보기' }).first().click();
    await expect(grid.locator('td.figure-cell').innerText()).resolves.toBe('40,000');
    await expect(grid.locator('td.used-cell').allInnerTexts()).resolves.toEqual([
      '750,000',
      '700,000',
    ]);
    await app.screenshot('source-panel-hwpx');
    expect(app.consoleErrors).toEqual([]);
  });

  it('shows a CSV line as the sheet’s rows around it, its row highlighted', async () => {
    const { page } = app;
    await restoreFixture(page, csvBackup);
    const panel = await selectProject(page, '청년 일자리');
    const grid = panel.locator('table.source-grid');
    const current = grid.locator('tr.current-row');
    await expect(current.locator('th').innerText()).resolves.toBe('3');
    await expect(current.innerText()).resolves.toContain('2000000');
    await expect(grid.locator('thead th').allInnerTexts()).resolves.toEqual([
      '',
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    await app.screenshot('source-panel-csv');
  });
});
