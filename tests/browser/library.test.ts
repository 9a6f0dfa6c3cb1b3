import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBackupFile, restoreFixture } from '../bench/store-fixture';
import { openApp, type AppSession } from './harness';

let backupPath = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbr-library-'));
  backupPath = join(dir, '검토자료.cbr-backup');
  const bytes = await makeBackupFile([
    { lines: 1200, seed: 1, fileName: '2024-행정지원국-보고.txt' },
    { lines: 800, seed: 2, fileName: '2025-복지문화국-계획.txt' },
  ]);
  writeFileSync(backupPath, bytes);
});

describe('자료실 (library) with real IndexedDB', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp('#/library');
  });
  afterEach(async () => {
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('shows the empty state when nothing has been imported', async () => {
    await app.page.getByRole('heading', { name: '자료실이 비어 있습니다' }).waitFor();
    await expect(
      app.page.getByRole('button', { name: '마지막 가져오기 취소' }).count(),
    ).resolves.toBe(0);
  });

  it('lists restored documents with kind, session, line count and findings', async () => {
    const { page } = app;
    await restoreFixture(page, backupPath);
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const table = page.getByRole('table', { name: '가져온 문서' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await rows.nth(1).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    const first = await rows.nth(0).innerText();
    expect(first).toContain('2024년 주요업무 보고 (합성 1)');
    expect(first).toContain('보고');
    expect(first).toContain('가상구의회');
    expect(first).toContain('1,200');
    expect(first).toMatch(/오류 \d+/);
    expect(await rows.nth(1).innerText()).toContain('계획');
    await app.screenshot('library-documents');
  });

  it('deletes a document after a confirmation that names what goes, and undoes the last import', async () => {
    const { page } = app;
    await restoreFixture(page, backupPath);
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const rows = page.getByRole('table', { name: '가져온 문서' }).locator('tbody tr');
    await rows.first().waitFor();

    await page.getByRole('button', { name: '‘2024년 주요업무 보고 (합성 1)’ 삭제' }).click();
    const dialog = page.getByRole('dialog', { name: '문서를 삭제할까요?' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('2024-행정지원국-보고.txt');
    expect(text).toContain('예산 항목 1,200개');
    expect(text).toContain('메모는 남으며');
    await app.screenshot('library-delete-confirm');
    await dialog.getByRole('button', { name: '삭제', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '삭제했습니다' }).waitFor();
    await expect(rows.count()).resolves.toBe(1);

    await page.reload();
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);

    await page.getByRole('button', { name: '마지막 가져오기 취소' }).click();
    const undo = page.getByRole('dialog', { name: '마지막 가져오기를 취소할까요?' });
    expect(await undo.innerText()).toContain('2025년 주요업무 계획 (합성 2)');
    // the dialog's two buttons cannot be mistaken: keep it, or undo the import
    expect(await undo.getByRole('button').allInnerTexts()).toEqual([
      '그대로 두기',
      '가져오기 취소',
    ]);
    await undo.getByRole('button', { name: '그대로 두기' }).click();
    await expect(rows.count()).resolves.toBe(1);

    await page.getByRole('button', { name: '마지막 가져오기 취소' }).click();
    await undo.getByRole('button', { name: '가져오기 취소' }).click();
    await page.getByRole('heading', { name: '자료실이 비어 있습니다' }).waitFor();
  });

  it('lists a report imported through the import panel, and undo takes exactly it away', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '예시 자료 열기' }).click();
    await page.getByRole('button', { name: '가져오기 확인' }).click();
    await page.waitForURL(/#\/review/);
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const rows = page.getByRole('table', { name: '가져온 문서' }).locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    const row = await rows.first().innerText();
    expect(row).toMatch(/계획|보고/);
    expect(row).toMatch(/[1-9]/);
    await page.getByRole('button', { name: '마지막 가져오기 취소' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '가져오기 취소' }).click();
    await page.getByRole('heading', { name: '자료실이 비어 있습니다' }).waitFor();
  });
});
