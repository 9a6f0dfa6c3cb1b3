import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBackupFile, restoreFixture } from '../bench/store-fixture';
import { CbrDatabase } from '../../renderer/src/db/database';
import { createStore } from '../../renderer/src/db/store';
import { RESULTS_DIR, openApp, type AppSession } from './harness';

let dir = '';
let backupPath = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cbr-settings-'));
  backupPath = join(dir, 'fixture.cbr-backup');
  writeFileSync(
    backupPath,
    await makeBackupFile([{ lines: 500, seed: 3, fileName: '2024-안전건설국.txt' }]),
  );
});

describe('설정 (settings): backup, restore and storage in a browser', () => {
  let app: AppSession;
  beforeEach(async () => {
    app = await openApp('#/settings');
  });
  afterEach(async () => {
    await app.close();
  });

  it('makes a backup file that holds what was restored, and reads back in Node', async () => {
    const { page } = app;
    await restoreFixture(page, backupPath, join(RESULTS_DIR, 'settings-restore-confirm.png'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '백업 파일 만들기' }).click();
    const saved = join(dir, 'made-in-browser.cbr-backup');
    await (await download).saveAs(saved);
    expect((await download).suggestedFilename()).toMatch(/^의회예산검토-백업-.*\.cbr-backup$/);
    const store = createStore(new CbrDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }));
    const backup = await store.readBackup(new Uint8Array(readFileSync(saved)));
    expect(backup.summary).toMatchObject({ documents: 1, lines: 500, notes: 1, packs: 1 });
    await store.restoreBackup(backup, 'replace');
    expect(await store.linesFor()).toHaveLength(500);
    expect(app.consoleErrors).toEqual([]);
  });

  it('refuses a truncated backup with a clear reason and keeps the current data', async () => {
    const { page } = app;
    await restoreFixture(page, backupPath);
    const truncated = join(dir, 'truncated.cbr-backup');
    const bytes = readFileSync(backupPath);
    writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '백업에서 복원' }).click();
    await (await chooser).setFiles(truncated);
    const alert = page.getByRole('alert').filter({ hasText: '잘렸거나 손상' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('현재 데이터는 바뀌지 않았습니다');
    await app.screenshot('settings-restore-refused');
    await page.getByRole('link', { name: '자료실', exact: true }).click();
    const rows = page.getByRole('table', { name: '가져온 문서' }).locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
  });

  it('says web mode keeps no automatic backups and downloads one in a click, remembering its date', async () => {
    const { page } = app;
    const section = page.getByRole('region', { name: '자동 백업' });
    await section.getByText('자동 백업을 하지 않습니다').waitFor();
    await expect(section.getByTestId('last-backup').innerText()).resolves.toBe(
      '아직 백업 파일을 만든 적이 없습니다.',
    );
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: '지금 백업 파일 내려받기' }).click();
    expect((await download).suggestedFilename()).toMatch(/^의회예산검토-백업-.*\.cbr-backup$/);
    const year = new Date().getFullYear();
    await section.getByText(`마지막 백업 파일: ${year}.`).waitFor();
    await app.screenshot('settings-web-backup');
    await page.reload();
    await page
      .getByRole('region', { name: '자동 백업' })
      .getByText(`마지막 백업 파일: ${year}.`)
      .waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('shows storage use and the persistent-storage status, never "0 B" with documents stored', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '저장 공간' }).waitFor();
    await page.getByText(/사용 중 .* \/ 사용 가능 /).waitFor();
    await restoreFixture(page, backupPath, join(RESULTS_DIR, 'settings-storage-restore.png'));
    await expect
      .poll(() => page.getByTestId('stored-documents').innerText())
      .toBe('저장된 문서 1개');
    expect(await page.getByText(/사용 중 .* \/ 사용 가능 /).innerText()).not.toMatch(/사용 중 0 B/);
    await expect(page.getByTestId('persist-status').innerText()).resolves.toMatch(
      /영구 저장: (켜짐|꺼짐)/,
    );
    await app.screenshot('settings');
  });
});
