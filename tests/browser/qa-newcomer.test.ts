import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, type AppSession } from './harness';

async function importSample(page: Page) {
  await page.getByRole('button', { name: '예시 자료 열기' }).click();
  await page.getByRole('button', { name: '가져오기 확인' }).click();
  await page.waitForURL(/#\/review/);
  await page.locator('.ag-row .tree-cell').first().waitFor();
}

async function pickFile(page: Page, name: string, bytes: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: bytes });
}

describe('what a newcomer sees on a council laptop', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('shows the default columns whole at 1280×720 with the source panel open: no header cut to …, no figure clipped', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await importSample(page);
    await page
      .locator('.ag-row:not(.ag-row-pinned):has(.tree-cell)')
      .nth(3)
      .locator('.tree-label')
      .click();
    await page.locator('aside.side-panel:not(.is-empty)').waitFor();
    const grid = await page.getByRole('region', { name: '예산 표' }).boundingBox();
    if (!grid) throw new Error('the grid has no box');
    // name, year's budget, spent, rate, last year, change, marks and notes (the sample states them)
    let rightOfLast = grid.x;
    for (const name of [
      '구분',
      '표시',
      '메모',
      '예산 (천원)',
      '지출액 (천원)',
      '집행률',
      '전년도 예산 (천원)',
      '증감액 (천원)',
    ]) {
      const header = await page.getByRole('columnheader', { name, exact: true }).boundingBox();
      if (!header) throw new Error(`no ${name} header`);
      expect(header.x + header.width, name).toBeLessThanOrEqual(grid.x + grid.width);
      // in this order, side by side: a header drawn over another's (표시 over 집행률) fails here
      expect(header.x, name).toBeGreaterThanOrEqual(rightOfLast - 1);
      rightOfLast = header.x + header.width;
    }
    const cut = await page.evaluate(() => {
      const overflowing = (element: Element) => element.scrollWidth > element.clientWidth + 1;
      const headers = [...document.querySelectorAll('.review-grid .ag-header-cell-text')]
        .filter(overflowing)
        .map((element) => element.textContent);
      const figures = [...document.querySelectorAll('.review-grid .ag-cell .num-cell')]
        .filter(overflowing)
        .map((element) => element.textContent);
      return { headers, figures };
    });
    expect(cut).toEqual({ headers: [], figures: [] });
    // the document in view has a row of its own, named in full; the other tools share one row
    const tools = page.getByRole('toolbar', { name: '검토 도구' });
    const first = await tools.getByRole('combobox', { name: '회계연도' }).boundingBox();
    const last = await tools.getByText('열 선택').boundingBox();
    if (!first || !last) throw new Error('the review tools have no box');
    expect(last.y).toBeLessThan(first.y + first.height);
    await app.screenshot('qa-review-1280');
  });

  it('switches a figure to the compact unit rather than clip it when its column is narrowed', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await importSample(page);
    await page.getByRole('combobox', { name: '단위' }).selectOption('원');
    const total = page.locator('.ag-row-pinned .ag-cell[col-id="yearBudget"] .money').first();
    // the 2025 total in 원 has 14 characters: wider than the column's 96 px
    await expect.poll(() => total.innerText()).toMatch(/억원$/);
    expect(await total.getAttribute('title')).toMatch(/^[\d,]+ 원$/);
    const clipped = await total.evaluate(
      (element) => element.parentElement!.scrollWidth > element.parentElement!.clientWidth + 1,
    );
    expect(clipped).toBe(false);
    // in English the short figure is in English words too, and stands for the same figure
    const won = Number((await total.getAttribute('title'))!.replace(/[^\d]/g, ''));
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => total.innerText()).toMatch(/^[\d.]+ billion won$/);
    const billions = Number((await total.innerText()).split(' ')[0]);
    expect(Math.abs(billions * 1e9 - won)).toBeLessThanOrEqual(0.05e9);
  });

  it('says an empty file is empty, and stores nothing', async () => {
    const { page } = app;
    await pickFile(page, 'empty.txt', Buffer.alloc(0));
    const alert = page.getByRole('alert').filter({ hasText: '파일이 비어 있습니다' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('empty.txt');
    await app.screenshot('qa-import-empty');
    await page.getByRole('button', { name: '닫기' }).click();
    await page.getByRole('heading', { name: '자료실이 비어 있습니다' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('names the money units in English when English is chosen', async () => {
    const { page } = app;
    await importSample(page);
    await page.getByRole('button', { name: 'English' }).click();
    const unit = page.getByRole('combobox', { name: 'Unit' });
    await expect(unit.locator('option:checked').innerText()).resolves.toBe('KRW 1,000');
    await page.getByRole('columnheader', { name: 'Budget (KRW 1,000)', exact: true }).waitFor();
    await unit.selectOption('억원');
    await page.getByRole('columnheader', { name: 'Budget (KRW 100M)', exact: true }).waitFor();
  });

  it('previews without repeating names, puts the keyboard on 가져오기 확인, and Esc cancels', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '예시 자료 열기' }).click();
    const preview = page.getByRole('dialog', { name: /가져오기 미리보기/ });
    await preview.waitFor();
    const meta = await preview.locator('.meta-list').innerText();
    expect(meta.match(/주민복지국/g)).toHaveLength(1); // organisation and bureau said once
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('가져오기 확인');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: '자료실이 비어 있습니다' }).waitFor();
  });

  it('names the council once in the library when the session line already says it', async () => {
    const { page } = app;
    await importSample(page);
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const row = page.getByRole('row', { name: /2025년 주요업무/ });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('제312회 한빛구의회 제2차 정례회');
    expect(text.match(/한빛구의회/g)).toHaveLength(1);
  });

  it('says a report picked in 백업에서 복원 is not a backup, naming it, and changes nothing', async () => {
    const { page } = app;
    await importSample(page);
    await page.getByRole('link', { name: '설정', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '백업에서 복원' }).click();
    const report = Buffer.from('2025년 주요업무 보고\n구 분\t예산액\n', 'utf8');
    await (await chooser).setFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: report });
    const alert = page.getByRole('alert').filter({ hasText: '백업 파일(.cbr-backup)이 아닙니다' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('report.txt');
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const rows = page.getByRole('table', { name: '가져온 문서' }).locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
  });

  it('compares the two sample reports’ budgeted years, labelled with the years they show', async () => {
    const { page } = app;
    await importSample(page);
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const sample2024 = readFileSync(join(ROOT, 'assets', 'samples', 'sample-report-2024.txt'));
    await pickFile(page, 'sample-report-2024.txt', sample2024);
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.getByRole('link', { name: '비교', exact: true }).click();
    const summary = page.locator('.compare-summary');
    await expect.poll(() => summary.textContent()).toContain('2024년과 2025년의 사업');
    const row = page
      .getByRole('table')
      .getByRole('row', { name: /어르신 일자리 확대/ })
      .first();
    await expect.poll(() => row.textContent()).toContain('3,150,000');
    expect(await row.textContent()).toContain('3,420,000');
    await app.screenshot('qa-compare-samples');
  });

  it('shows the whole lapse threshold in 설정, with thousands separators beside it', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '설정', exact: true }).click();
    const input = page.getByRole('spinbutton', { name: '예상 불용액 기준 (원)' });
    // the whole default (100000000) fits in the box: nothing scrolled out of sight
    const fits = await input.evaluate(
      (box: HTMLInputElement) => box.scrollWidth <= box.clientWidth,
    );
    expect(fits).toBe(true);
    await input.fill('25000000');
    await page.getByText('(25,000,000원)').waitFor();
  });
});
