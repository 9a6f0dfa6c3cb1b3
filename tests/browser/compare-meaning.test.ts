import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, type AppSession } from './harness';
import { pdfText, pdfToPngs, printToPdf } from './print-helpers';

async function importSample(page: Page) {
  await page.getByRole('button', { name: '예시 자료 열기' }).click();
  await page.getByRole('button', { name: '가져오기 확인' }).click();
  await page.waitForURL(/#\/review/);
  await page.locator('.ag-row .tree-cell').first().waitFor();
}

const table = (page: Page) => page.getByRole('table');
const row = (page: Page, name: RegExp) => table(page).getByRole('row', { name }).first();

describe('비교 on the bundled sample: each side’s figures by meaning, and what they support', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await importSample(app.page);
  });
  afterAll(async () => app?.close());

  it('opens on the sample’s 2025 results against its 2026 plan, with the plan’s 소요예산 and the change', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '비교', exact: true }).click();
    // the 2026 plan states 1,380,000천원 for the project that had 1,250,000천원 in force in 2025
    const care = row(page, /한빛 복지 통합 돌봄 운영/);
    await expect.poll(() => care.textContent()).toContain('1,380,000');
    const text = (await care.textContent()) ?? '';
    expect(text).toContain('1,250,000');
    expect(text).toContain('130,000');
    expect(text).toContain('10.4%');
    const heads = await table(page).locator('thead').textContent();
    expect(heads).toContain('2025년 예산현액');
    expect(heads).toContain('2026년 소요예산');
    const summary = (await page.locator('.compare-summary').textContent()) ?? '';
    expect(summary).not.toMatch(/에서 0천원으로/);
    expect(summary).not.toContain('100.0%');
    await app.screenshot('compare-meaning-sample-1280');
  });

  it('states the pairing’s reason and its evidence, and concludes no 종료 or 신규 between results and a plan', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '비교', exact: true }).click();
    await expect
      .poll(() => page.getByLabel('제안된 비교').textContent())
      .toContain('같은 기관·부서의 2025년과 2026년');
    const evidence = page.getByLabel('비교 근거');
    await expect.poll(() => evidence.textContent()).toContain('같은 문서');
    expect(await evidence.textContent()).toContain('2026년 계획(소요예산)');
    expect(await evidence.textContent()).toContain('이후 자료에 없음');
    const body = (await table(page).locator('tbody').textContent()) ?? '';
    expect(body).not.toMatch(/종료|신규/);
  });

  it('names the document by its organisation, bureau, title and years, with the file name on hover', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '비교', exact: true }).click();
    const picker = page.getByRole('combobox', { name: '이전 자료' });
    await expect
      .poll(() => picker.locator('option:checked').textContent())
      .toBe(
        '한빛구 › 주민복지국 › 2025년 주요업무 추진실적 및 2026년 주요업무 계획 › 2025~2026년 (보고)',
      );
    expect(await picker.getAttribute('title')).toBe('sample-report.txt');
    const year = page.getByRole('combobox', { name: '회계연도' }).first();
    expect(await year.locator('option:checked').textContent()).toBe('2025 (실적)');
  });

  it('shows departments’ figures in 부서별, and keeps the year chosen there', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '비교', exact: true }).click();
    await page.getByRole('radio', { name: '부서별' }).click();
    const welfare = row(page, /복지정책과/);
    await expect.poll(() => welfare.textContent()).toMatch(/\d{1,3}(,\d{3})+/);
    const year = page.getByRole('combobox', { name: '회계연도' });
    expect(await year.locator('option:checked').textContent()).toBe('2025 (실적)');
    await year.selectOption('2026');
    await expect
      .poll(() => table(page).locator('thead').textContent())
      .toContain('2026년 소요예산');
    expect(await year.locator('option:checked').textContent()).toBe('2026 (계획)');
    // the sample's 2026 plan for 복지정책과: 소요예산 1,380,000 (돌봄) + 300,000 (마을복지) 천원
    await expect.poll(() => welfare.textContent()).toContain('1,680,000');
    await app.screenshot('compare-meaning-departments-2026');
  });

  it('prints what the screen shows: the plan’s figures, △ for decreases and the comparison’s basis', async () => {
    const { page } = app;
    await page.getByRole('link', { name: '비교', exact: true }).click();
    await page.getByRole('radio', { name: '연도별' }).click();
    await expect
      .poll(() => row(page, /한빛 복지 통합 돌봄 운영/).textContent())
      .toContain('1,380,000');
    await page.getByRole('button', { name: '인쇄용 보고서' }).click();
    await page.waitForURL(/#\/print\/compare\?/);
    const file = await printToPdf(page, 'compare-meaning-report');
    const text = pdfText(file);
    expect(text).toMatch(/한빛 복지 통합 돌봄 운영\s+1,250,000\s+1,380,000\s+130,000\s+10\.4%/);
    expect(text).toContain('비교 근거: 같은 문서');
    // the table's 비고 says only what a results-vs-plan pair supports
    const tablePart = text.slice(text.indexOf('3. 비교표'));
    expect(tablePart).not.toMatch(/종료|신규/);
    expect(tablePart).toMatch(/이후\s+자료에/);
    pdfToPngs(file, 'compare-meaning-report-page');
    expect(app.consoleErrors).toEqual([]);
  });
});

/** an invented 새별시 관광정책과 in two years, each a plan with a committee line on its cover */
const PLANS = ['committee-cover-2025-plan.txt', 'committee-cover-2026-plan.txt'];

describe('비교 on one department’s two plans: 종료 and 신규 with their evidence', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
    const { page } = app;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '보고서 가져오기', exact: true }).click();
    await (
      await chooser
    ).setFiles(
      PLANS.map((name) => ({
        name,
        mimeType: 'text/plain',
        buffer: readFileSync(join(ROOT, 'tests', 'fixtures', 'reports', name)),
      })),
    );
    for (let i = 0; i < PLANS.length; i++)
      await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
  });
  afterAll(async () => app?.close());

  it('pairs the office’s reported years by default, then its two plans when asked, naming the bureau, not the committee', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('link', { name: '비교', exact: true }).click();
    const night = row(page, /야간관광 활성화/);
    // by default results against results: 2024 예산액 400,000 (the 2025 plan's 집행현황) →
    // 2025 예산액 450,000천원 (the 2026 plan's 집행현황)
    await expect.poll(() => night.textContent()).toMatch(/400,000.*450,000.*50,000.*12\.5%/);
    const years = page.getByRole('combobox', { name: '회계연도' });
    await years.nth(0).selectOption('2025');
    await years.nth(1).selectOption('2026');
    // the plans: 사업비 450,000천원 (2025) → 480,000천원 (2026)
    await expect.poll(() => night.textContent()).toMatch(/450,000.*480,000.*30,000.*6\.7%/);
    const before = page.getByRole('combobox', { name: '이전 자료' });
    const name = (await before.locator('option:checked').textContent()) ?? '';
    expect(name).toMatch(/^새별시 › 문화관광국 › 관광정책과/);
    expect(name).not.toContain('행정문화위원회');
    expect(await page.getByLabel('비교 근거').textContent()).toContain(
      '같은 기관·같은 부서의 두 문서',
    );
    // both are plans of one office: a dropped project has ended and a new one is new
    expect(await row(page, /시티투어 버스 운영/).textContent()).toMatch(/△210,000.*종료/);
    expect(await row(page, /웰니스 관광 육성/).textContent()).toContain('신규');
    // 480,000 + 500,000 + 150,000 − (450,000 + 520,000 + 210,000) = △50,000천원
    expect(await page.locator('.compare-summary').textContent()).toContain('50,000천원');
    await app.screenshot('compare-meaning-two-plans-1440');
    expect(app.consoleErrors).toEqual([]);
  });
});
