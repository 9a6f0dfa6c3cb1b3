import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

async function importSample(page: Page) {
  await page.getByRole('button', { name: '예시 자료 열기' }).click();
  await page.getByRole('button', { name: '가져오기 확인' }).click();
  await page.waitForURL(/#\/review/);
  await page.locator('.ag-row .tree-cell').first().waitFor();
}

const ruleMarks = (page: Page) =>
  page.locator('.ag-row:not(.ag-row-pinned) .mark-cell [class*="flag-rule"]');

describe('review settings that persist', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('stops highlighting rows once the flag rules are switched off in 설정', async () => {
    const { page } = app;
    await importSample(page);
    await page.getByRole('button', { name: '모두 펼치기' }).click();
    expect(await ruleMarks(page).count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: '설정', exact: true }).click();
    const rules = page.getByRole('region', { name: '경고 기준' });
    // .all() does not wait: let the rules finish loading before collecting their checkboxes
    await rules.getByRole('checkbox').first().waitFor();
    for (const box of await rules.getByRole('checkbox').all()) await box.uncheck();
    await rules.getByRole('button', { name: '기준 저장' }).click();
    await rules.getByText('저장되었습니다.').waitFor();
    await app.screenshot('review-flag-rules-settings');

    await page.reload();
    await page.getByRole('region', { name: '경고 기준' }).getByRole('checkbox').first().waitFor();
    for (const box of await page
      .getByRole('region', { name: '경고 기준' })
      .getByRole('checkbox')
      .all()) {
      await expect(box.isChecked()).resolves.toBe(false);
    }
    await page.getByRole('link', { name: '검토', exact: true }).click();
    await page.locator('.ag-row .tree-cell').first().waitFor();
    await page.getByRole('button', { name: '모두 펼치기' }).click();
    await expect(ruleMarks(page).count()).resolves.toBe(0);
  });

  it('remembers a column hidden with the column chooser', async () => {
    const { page } = app;
    await importSample(page);
    const header = page.getByRole('columnheader', { name: /지출액/ });
    await header.waitFor();
    await page.getByText('열 선택').click();
    await page.getByRole('group', { name: '표시할 열' }).getByLabel('지출액').uncheck();
    await header.waitFor({ state: 'detached' });
    // the layout is saved in the background: reload until the saved state is what we see
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('columnheader', { name: '예산 (천원)', exact: true }).waitFor();
          return page.getByRole('columnheader', { name: /지출액/ }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(0);
  });
});
