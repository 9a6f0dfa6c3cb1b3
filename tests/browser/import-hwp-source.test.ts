import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../shared/model/report';
import { corpusBytes, corpusPresent } from '../support/corpus';
import { openApp, type AppSession } from './harness';
import { parseInNode } from './source-fixture';

const HWP = 'hwp/hwp/welfare-facility-supplementary-budget_table-complex.hwp';
const HWPX = 'hwp/hwpx/gangbuk-gu-festival-rfp-2023.hwpx';
const present =
  corpusPresent(HWP, 'importing a real HWP in the browser') &&
  corpusPresent(HWPX, 'importing a real HWPX in the browser');

/** the first line whose project name is its own in the document and that `pick` accepts */
async function lineOf(fileName: string, bytes: Uint8Array, pick: (line: BudgetLine) => boolean) {
  const { report } = await parseInNode(fileName, bytes);
  const counts = new Map<string, number>();
  for (const each of report.lines) counts.set(each.project, (counts.get(each.project) ?? 0) + 1);
  const line = report.lines.find((each) => counts.get(each.project) === 1 && pick(each));
  expect(line).toBeDefined();
  return line!;
}

/** picks the file in 보고서 가져오기, confirms the preview, and opens the project's source */
async function importAndOpen(page: Page, name: string, bytes: Uint8Array, project: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '보고서 가져오기' }).click();
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  const preview = page.getByRole('dialog', { name: /가져오기 미리보기/ });
  await preview.waitFor({ timeout: 120_000 });
  await preview.getByRole('button', { name: '가져오기 확인' }).click();
  await page.waitForURL(/#\/review/);
  await page.getByRole('searchbox').fill(project);
  const row = page
    .locator('.ag-row:not(.ag-row-pinned):has(.tree-cell)')
    .filter({ has: page.locator('.tree-label', { hasText: project }) })
    .first();
  await row.locator('.tree-label').click();
  return page.getByRole('complementary', { name: '원문 보기' });
}

describe.runIf(present)(
  'real HWP and HWPX files imported through the picker, traced to their source',
  () => {
    let app: AppSession;
    let hwpLine: BudgetLine;
    let hwpxLine: BudgetLine;
    const hwpBytes = present ? corpusBytes(HWP) : new Uint8Array();
    const hwpxBytes = present ? corpusBytes(HWPX) : new Uint8Array();

    beforeAll(async () => {
      // a table line whose figure cell the reader knows, and a line read from a sentence
      hwpLine = await lineOf('budget.hwp', hwpBytes, (line) => line.source.col !== undefined);
      hwpxLine = await lineOf(
        'rfp.hwpx',
        hwpxBytes,
        (line) =>
          line.source.table === undefined && /\d{1,3}(,\d{3})+/.test(line.source.text ?? ''),
      );
      app = await openApp();
    }, 120_000);

    afterAll(async () => {
      await app?.close();
    });

    it('shows an HWP line’s table around it in 원문 보기, the figure’s cell highlighted', async () => {
      const panel = await importAndOpen(app.page, 'budget.hwp', hwpBytes, hwpLine.project);
      const grid = panel.getByRole('table', { name: '원문 표' });
      await grid.waitFor({ timeout: 30_000 });
      // the rows around the line, from the document's own text
      expect(await grid.locator('tbody tr').count()).toBeGreaterThan(2);
      const current = grid.locator('tr.current-row');
      const figure = hwpLine.source.text!.split('\t')[hwpLine.source.col!]!;
      expect(figure).toMatch(/\d/);
      await expect(current.locator('td.figure-cell').innerText()).resolves.toBe(figure);
      // the cell named in words: section, paragraph, table, row and column
      await expect(panel.locator('.source-place').innerText()).resolves.toMatch(/표 \d+/);
      await app.screenshot('import-hwp-source');
      expect(app.consoleErrors).toEqual([]);
    }, 180_000);

    it('shows an HWPX line’s sentence in the document’s text, its figure marked', async () => {
      const { page } = app;
      await page.getByRole('link', { name: '자료실', exact: true }).click();
      const panel = await importAndOpen(page, 'rfp.hwpx', hwpxBytes, hwpxLine.project);
      const current = panel.locator('.source-text li.current');
      await current.waitFor({ timeout: 30_000 });
      const figure = /\d{1,3}(?:,\d{3})+/.exec(hwpxLine.source.text!)![0];
      await expect(current.locator('mark').allInnerTexts()).resolves.toEqual(
        expect.arrayContaining([expect.stringContaining(figure)]),
      );
      // the text around it: the lines before and after are shown too
      expect(await panel.locator('.source-text li').count()).toBeGreaterThan(5);
      await app.screenshot('import-hwpx-source');
      expect(app.consoleErrors).toEqual([]);
    }, 180_000);
  },
);
