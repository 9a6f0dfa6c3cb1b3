/**
 * A `.cbr-backup` made in Node with the app's own store and backup code (over fake-indexeddb), for
 * browser tests that load data through 설정 › 백업에서 복원 and for seeding benchmarks.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { CbrDatabase } from '../../renderer/src/db/database';
import { createStore } from '../../renderer/src/db/store';
import { generateReport } from './synthetic';

export interface FixtureDocument {
  lines: number;
  seed: number;
  fileName: string;
}

export async function makeBackupFile(documents: readonly FixtureDocument[]): Promise<Uint8Array> {
  const db = new CbrDatabase({ name: 'fixture', indexedDB: new IDBFactory(), IDBKeyRange });
  const store = createStore(db);
  for (const doc of documents) {
    const report = generateReport(doc.lines, doc.seed);
    await store.importDocument(report, { name: doc.fileName, text: `${doc.fileName}\n…` });
  }
  const [first] = await store.linesFor();
  if (first)
    await store.addNote(
      { documentId: first.documentId, lineKey: first.key },
      { kind: 'question', text: '집행률 확인 필요' },
    );
  await store.savePack({
    title: '정례회 검토 자료',
    documentIds: (await store.listDocuments()).map((doc) => doc.id),
    departments: [],
    includeFindings: true,
    includeNotes: true,
  });
  const bytes = await store.createBackup();
  db.close();
  return bytes;
}

/** loads the fixture through 설정 › 백업에서 복원 › 모두 바꾸기 */
export async function restoreFixture(page: Page, path: string, screenshot?: string) {
  await page.getByRole('link', { name: '설정', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '백업에서 복원' }).click();
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog', { name: '백업에서 복원할까요?' });
  await dialog.waitFor();
  if (screenshot) await page.screenshot({ path: screenshot });
  await dialog.getByRole('button', { name: '모두 바꾸기' }).click();
  await page.getByRole('status').filter({ hasText: '복원했습니다' }).waitFor();
}
