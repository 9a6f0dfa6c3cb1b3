import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, ROOT, type AppSession } from './harness';

/** the bundled 2024 sample, and the same report as another (invented) 구 sent it: same line keys */
const SAMPLE = readFileSync(join(ROOT, 'assets', 'samples', 'sample-report-2024.txt'), 'utf8');
const OTHER = SAMPLE.replaceAll('한빛', '두리');
const QUESTION = '냉난방비 지원 대상 경로당 수를 질의할 것';
const LINE = '경로당 냉난방비 지원';

const tools = (page: Page) => page.getByRole('toolbar', { name: '검토 도구' });
const documentChoice = (page: Page) => tools(page).getByRole('combobox', { name: '문서' });
const caption = (page: Page) => page.locator('.review-lower-document');
const sourcePanel = (page: Page) => page.getByRole('complementary', { name: '원문 보기' });
const notesList = (page: Page) => page.getByRole('region', { name: '메모 목록' });

async function importText(page: Page, name: string, text: string) {
  await page.getByRole('link', { name: '자료실', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기' }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('button', { name: '가져오기 확인' }).click();
  await page.waitForURL(/#\/review/);
  await page.locator('.ag-row .tree-cell').first().waitFor();
}

/** chooses the document whose name starts with the 구, and waits until the panels show it */
async function choose(page: Page, organisation: string) {
  const option = documentChoice(page).locator('option', { hasText: `${organisation} ›` });
  await documentChoice(page).selectOption((await option.getAttribute('value')) ?? '');
  await expect.poll(() => caption(page).textContent()).toMatch(`문서: ${organisation} ›`);
}

async function selectLine(page: Page) {
  await tools(page).getByRole('searchbox').fill('경로당 냉난방비');
  await page.locator('.ag-row .tree-label', { hasText: LINE }).first().click();
  await sourcePanel(page).locator('.notes-panel').waitFor();
}

const panelNotes = (page: Page) => sourcePanel(page).locator('.note-items li');

describe('a note belongs to the document it was written on, not to every document sharing its line', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp('#/library');
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await importText(app.page, 'hanbit-2024.txt', SAMPLE);
    await importText(app.page, 'duri-2024.txt', OTHER);
  });
  afterAll(async () => app?.close());

  it('shows a note on the line of one document and none on the same line of the other', async () => {
    const { page } = app;
    await choose(page, '한빛구');
    await selectLine(page);
    await sourcePanel(page).getByLabel('메모 내용').fill(QUESTION);
    await sourcePanel(page).getByRole('button', { name: '메모 추가' }).click();
    await panelNotes(page).getByText(QUESTION).waitFor();

    await choose(page, '두리구');
    await selectLine(page);
    await expect.poll(() => panelNotes(page).count()).toBe(0);
    await page.getByRole('tab', { name: '메모 목록' }).click();
    await notesList(page).getByText('메모가 없습니다').waitFor();
    await app.screenshot('review-notes-other-document');
  });

  it('keeps the note on its own document after a reload, and still none on the other', async () => {
    const { page } = app;
    await page.reload();
    await page.locator('.ag-row .tree-cell').first().waitFor();
    await choose(page, '두리구');
    await selectLine(page);
    await expect.poll(() => panelNotes(page).count()).toBe(0);

    await choose(page, '한빛구');
    await selectLine(page);
    await panelNotes(page).getByText(QUESTION).waitFor();
    expect(await panelNotes(page).count()).toBe(1);
    await page.getByRole('tab', { name: '메모 목록' }).click();
    await notesList(page).getByText(QUESTION).waitFor();
  });
});
