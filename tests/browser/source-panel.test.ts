import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BudgetLine, Finding } from '../../shared/model/report';
import { restoreFixture } from '../bench/store-fixture';
import { ROOT, openApp, type AppSession } from './harness';
import { backupWithDocuments, inkInBox, parseInNode } from './source-fixture';

const PDF = join(ROOT, 'tests', 'fixtures', 'pdf', 'report.pdf');
/** a project of the fixture's budget table, whose finding is on a statement further down */
const PROJECT = '청년 일자리';

let dir = '';
let withOriginal = '';
let withoutOriginal = '';
let line: BudgetLine;
let finding: Finding;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cbr-source-'));
  const bytes = new Uint8Array(readFileSync(PDF));
  const { report } = await parseInNode('report.pdf', bytes);
  line = report.lines.find((each) => each.project === PROJECT)!;
  finding = report.findings.find((each) => each.lineKey === line.key)!;
  expect(line.source.box).toBeDefined();
  expect(finding.cells?.[0]?.box).toBeDefined();
  withOriginal = join(dir, 'with-original.cbr-backup');
  withoutOriginal = join(dir, 'without-original.cbr-backup');
  writeFileSync(
    withOriginal,
    await backupWithDocuments([{ fileName: 'report.pdf', bytes, keepOriginal: true }]),
  );
  writeFileSync(
    withoutOriginal,
    await backupWithDocuments([{ fileName: 'report.pdf', bytes, keepOriginal: false }]),
  );
});

/** 검토 with the project's row selected */
async function selectProject(page: Page) {
  await page.getByRole('link', { name: '검토', exact: true }).click();
  const row = page
    .locator('.ag-row:not(.ag-row-pinned):has(.tree-cell)')
    .filter({ hasText: PROJECT })
    .first();
  await row.locator('.tree-label').click();
  return page.getByRole('complementary', { name: '원문 보기' });
}

/** where the figure's highlight sits on the page, in CSS pixels from the page's top-left */
async function markOnPage(page: Page) {
  const sheet = page.locator('.pdf-page[data-painted="true"]');
  await sheet.waitFor();
  const scale = Number(await sheet.getAttribute('data-scale'));
  const pageBox = (await sheet.boundingBox())!;
  const mark = (await sheet.locator('.pdf-mark.figure').boundingBox())!;
  return {
    scale,
    box: (await sheet.locator('.pdf-mark.figure').getAttribute('data-box'))!,
    rect: [mark.x - pageBox.x, mark.y - pageBox.y, mark.width, mark.height],
  };
}

describe('원문 보기: the figure on its original page', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp('#/settings');
  });
  afterEach(async () => {
    await app.close();
  });

  it('shows a PDF line’s page painted on a canvas with the highlight on the line’s box', async () => {
    const { page } = app;
    await restoreFixture(page, withOriginal);
    const panel = await selectProject(page);
    await panel.getByText('1 / 1쪽').waitFor();
    const { scale, box, rect } = await markOnPage(page);
    const [x0, y0, x1, y1] = line.source.box!;
    expect(box).toBe(line.source.box!.join(','));
    const expected = [x0 * scale, y0 * scale, (x1 - x0) * scale, (y1 - y0) * scale];
    rect.forEach((value, i) => expect(Math.abs(value - expected[i]!)).toBeLessThan(1.5));
    // the page is really painted, and the row's figures are under the highlight
    expect(await inkInBox(page, line.source.box!)).toBeGreaterThan(50);
    await app.screenshot('source-panel-pdf-line');
    expect(app.consoleErrors).toEqual([]);
  });

  it('moves the highlight to the figures a finding used when the finding is chosen', async () => {
    const { page } = app;
    await restoreFixture(page, withOriginal);
    const panel = await selectProject(page);
    await page.locator('.pdf-page[data-painted="true"]').waitFor();
    await panel.getByRole('button', { name: '원문에서 이 수치 보기' }).first().click();
    const stated = finding.cells![0]!.box!;
    await page.locator(`.pdf-mark.figure[data-box="${stated.join(',')}"]`).waitFor();
    const { scale, rect } = await markOnPage(page);
    expect(Math.abs(rect[1]! - stated[1] * scale)).toBeLessThan(1.5);
    expect(await inkInBox(page, stated)).toBeGreaterThan(50);
    await app.screenshot('source-panel-pdf-finding');
    // back to the line, then the same finding chosen from the findings list below the grid
    await panel.getByRole('button', { name: '사업 행 원문 보기' }).click();
    await page.locator(`.pdf-mark.figure[data-box="${line.source.box!.join(',')}"]`).waitFor();
    await page.locator('.findings-list .jump-list button').first().click();
    await page.locator(`.pdf-mark.figure[data-box="${stated.join(',')}"]`).waitFor();
    await expect(
      panel.getByRole('button', { name: '사업 행 원문 보기' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('falls back to the text with a one-line note when the original file is not stored', async () => {
    const { page } = app;
    await restoreFixture(page, withoutOriginal);
    const panel = await selectProject(page);
    await panel.getByText(/원본 파일이 저장되어 있지 않아/).waitFor();
    const current = panel.locator('li.source-line[aria-current="true"]');
    await expect(current.innerText()).resolves.toContain(PROJECT);
    await expect(panel.locator('canvas').count()).resolves.toBe(0);
    // the row's table as a grid, the row highlighted
    await expect(panel.locator('.source-grid tr.current-row').innerText()).resolves.toContain(
      PROJECT,
    );
    await app.screenshot('source-panel-no-original');
  });
});
