import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../shared/model/report';
import { restoreFixture } from '../bench/store-fixture';
import { corpusBytes, corpusPresent } from '../support/corpus';
import { openApp, type AppSession } from './harness';
import { backupWithDocuments, inkInBox, parseInNode } from './source-fixture';

const FILE = 'busan-2025/2025년 시민건강국 주요업무계획.pdf';
const present = corpusPresent(FILE, 'the source panel on a real PDF');

let backup = '';
let line: BudgetLine;

beforeAll(async () => {
  if (!present) return;
  const bytes = corpusBytes(FILE);
  const { report } = await parseInNode('시민건강국.pdf', bytes);
  // a budget figure past the first pages, whose project name is its own in the document
  const counts = new Map<string, number>();
  for (const each of report.lines) counts.set(each.project, (counts.get(each.project) ?? 0) + 1);
  line = report.lines.find(
    (each) =>
      (each.source.page ?? 0) >= 3 &&
      each.source.box !== undefined &&
      each.budget !== undefined &&
      counts.get(each.project) === 1,
  )!;
  expect(line).toBeDefined();
  backup = join(mkdtempSync(join(tmpdir(), 'cbr-source-corpus-')), 'busan.cbr-backup');
  writeFileSync(
    backup,
    await backupWithDocuments([{ fileName: '시민건강국.pdf', bytes, keepOriginal: true }]),
  );
}, 120_000);

async function selectLine(page: Page, project: string) {
  await page.getByRole('link', { name: '검토', exact: true }).click();
  await page.getByRole('searchbox').fill(project);
  const row = page
    .locator('.ag-row:not(.ag-row-pinned):has(.tree-cell)')
    .filter({ has: page.locator('.tree-label', { hasText: project }) })
    .first();
  await row.locator('.tree-label').click();
}

describe.runIf(present)('원문 보기 on a real work plan (Busan 2025, 시민건강국)', () => {
  let app: AppSession;
  afterAll(async () => {
    await app?.close();
  });

  it('paints the line’s page with the highlight on its row, the row’s figures inked under it', async () => {
    app = await openApp('#/settings');
    const { page } = app;
    await restoreFixture(page, backup);
    await selectLine(page, line.project);
    const sheet = page.locator(`.pdf-page[data-painted="true"][data-page="${line.source.page}"]`);
    await sheet.waitFor({ timeout: 60_000 });
    const scale = Number(await sheet.getAttribute('data-scale'));
    const pageBox = (await sheet.boundingBox())!;
    const mark = (await sheet.locator('.pdf-mark.figure').boundingBox())!;
    const [x0, y0, x1, y1] = line.source.box!;
    expect(Math.abs(mark.x - pageBox.x - x0 * scale)).toBeLessThan(1.5);
    expect(Math.abs(mark.y - pageBox.y - y0 * scale)).toBeLessThan(1.5);
    expect(Math.abs(mark.width - (x1 - x0) * scale)).toBeLessThan(1.5);
    expect(Math.abs(mark.height - (y1 - y0) * scale)).toBeLessThan(1.5);
    expect(await inkInBox(page, line.source.box!)).toBeGreaterThan(50);
    // the highlight is in view: the figure was scrolled to
    const view = (await page.locator('.pdf-view').boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(view.y - 1);
    expect(mark.y + mark.height).toBeLessThanOrEqual(view.y + view.height + 1);
    await app.screenshot('source-panel-busan');
    expect(app.consoleErrors).toEqual([]);
  }, 120_000);
});
