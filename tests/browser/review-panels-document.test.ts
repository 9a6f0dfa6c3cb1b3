import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, type AppSession } from './harness';

const SAMPLE_2025 =
  '한빛구 › 주민복지국 › 2025년 주요업무 추진실적 및 2026년 주요업무 계획 › 2025~2026년 (보고)';
const SAMPLE_2024 =
  '한빛구 › 주민복지국 › 2024년 주요업무 추진실적 및 2025년 주요업무 계획 › 2024~2025년 (보고)';
const QUESTION = '냉난방비 지원 대상 경로당 수를 질의할 것';

const tools = (page: Page) => page.getByRole('toolbar', { name: '검토 도구' });
const documentChoice = (page: Page) => tools(page).getByRole('combobox', { name: '문서' });
const panelsCaption = (page: Page) => page.locator('.review-lower-document');
const notesList = (page: Page) => page.getByRole('region', { name: '메모 목록' });

async function choose(page: Page, name: string) {
  const option = documentChoice(page).locator('option', { hasText: name });
  await documentChoice(page).selectOption((await option.getAttribute('value')) ?? '');
  await expect.poll(() => panelsCaption(page).textContent()).toBe(`문서: ${name}`);
}

describe('검토’s findings, notes and charts follow the one document choice, and say which it is', () => {
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
  });
  afterAll(async () => app?.close());

  it('names the document in view in full above the panels, with the whole name readable in the menu', async () => {
    const { page } = app;
    await expect.poll(() => panelsCaption(page).textContent()).toBe(`문서: ${SAMPLE_2024}`);
    // the menu is wide enough for the whole name: nothing cut off at 1280 px
    const fits = await documentChoice(page).evaluate(
      (select: HTMLSelectElement) => select.scrollWidth <= select.clientWidth + 1,
    );
    expect(fits).toBe(true);
    const box = await documentChoice(page).boundingBox();
    const text = await documentChoice(page).evaluate((select: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(select).font;
      return context.measureText(select.selectedOptions[0]?.textContent ?? '').width;
    });
    expect(box!.width).toBeGreaterThan(text);
    await app.screenshot('review-panels-document-1280');
  });

  it('lists a note only under the document whose line it is on', async () => {
    const { page } = app;
    await choose(page, SAMPLE_2024);
    await tools(page).getByRole('searchbox').fill('경로당 냉난방비');
    const line = page.locator('.ag-row .tree-label', { hasText: '경로당 냉난방비 지원' }).first();
    await line.click();
    const panel = page.getByRole('complementary', { name: '원문 보기' });
    await panel.getByLabel('종류').selectOption('question');
    await panel.getByLabel('메모 내용').fill(QUESTION);
    await panel.getByRole('button', { name: '메모 추가' }).click();
    await panel.locator('.note-items').getByText(QUESTION).waitFor();
    await tools(page).getByRole('searchbox').fill('');
    await page.getByRole('tab', { name: '메모 목록' }).click();
    await notesList(page).getByText(QUESTION).waitFor();

    await choose(page, SAMPLE_2025);
    await notesList(page).getByText('메모가 없습니다').waitFor();
    expect(await notesList(page).textContent()).not.toContain(QUESTION);

    await choose(page, SAMPLE_2024);
    await notesList(page).getByText(QUESTION).waitFor();
  });

  it('draws the department charts for one document only, and asks for one when all are shown', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '차트' }).click();
    await choose(page, SAMPLE_2024);
    await page.getByRole('region', { name: '부서별 차트' }).waitFor();
    await documentChoice(page).selectOption('');
    await expect.poll(() => panelsCaption(page).textContent()).toBe('문서: 전체 (2개 문서)');
    await page.getByText('부서별 차트는 문서 하나를 보여 줍니다').waitFor();
    await expect(page.getByRole('region', { name: '부서별 차트' }).count()).resolves.toBe(0);
  });
});
