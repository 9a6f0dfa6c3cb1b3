/**
 * The services are the one path from a user's action to the data: each command writes, reloads
 * exactly the state that shows what changed, and schedules one automatic backup.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import type { LocalStore } from '../../../renderer/src/db/api';
import { AUTO_BACKUP_SETTING } from '../../../renderer/src/db/backup/auto';
import {
  addNote,
  deleteDocument,
  importReport,
  loadDocumentList,
  loadReviewData,
  openReviewData,
  provideServices,
  readBackupFile,
  rememberUnit,
  restoreBackup,
  createBackupFile,
  savePack,
  undoLastImport,
  type ReportPreview,
} from '../../../renderer/src/services';
import { flushScheduledBackup } from '../../../renderer/src/services/auto-backup';
import { useDocumentList } from '../../../renderer/src/state/documents';
import { usePacks } from '../../../renderer/src/state/packs';
import { useReviewData } from '../../../renderer/src/state/review-data';
import { freshStore } from '../db/helpers';

/** the store, counting which of its methods the services call */
function countingStore(store: LocalStore) {
  const calls: string[] = [];
  const counted = new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const count = (name: string) => calls.filter((call) => call === name).length;
  return { store: counted, calls, count, reset: () => calls.splice(0) };
}

function preview(seed: number, format?: 'pdf'): ReportPreview {
  const parsed = generateReport(40, seed);
  if (format) parsed.document.format = format;
  const name = `report-${seed}.${format ?? 'txt'}`;
  return {
    name,
    bytes: new Uint8Array([37, 80, 68, 70, seed]),
    parsed,
    text: name,
    encoding: 'utf-8',
    format: format ?? 'text',
    tableReadings: [],
    corrections: { sha256: parsed.document.sha256, tables: [] },
    sheetChoice: {},
    options: {},
    elapsedMs: 0,
  };
}

let backups: string[];

async function setUp() {
  const { store, db } = freshStore({ linesPerChunk: 25 });
  const counting = countingStore(store);
  backups = [];
  provideServices({
    store: counting.store,
    backupWriter: { writeBackup: async (_folder, name) => void backups.push(name) },
  });
  await store.setSetting(AUTO_BACKUP_SETTING, { enabled: true, folder: '/backups' });
  return { ...counting, db, raw: store };
}

beforeEach(() => {
  useDocumentList.setState({ documents: [], loaded: false, error: undefined });
  useReviewData.setState({
    status: 'idle',
    error: undefined,
    documents: [],
    lines: [],
    findings: [],
    notes: [],
  });
  usePacks.setState({ packs: null, error: undefined });
});

afterEach(() => flushScheduledBackup());

describe('importReport', () => {
  it('stores the report, lists the documents once and loads nothing for a review never opened', async () => {
    const { count } = await setUp();
    const result = await importReport(preview(1));
    expect(result.status).toBe('imported');
    expect(count('listDocuments')).toBe(1);
    expect(count('linesFor')).toBe(0);
    expect(useDocumentList.getState().documents.map((doc) => doc.fileName)).toEqual([
      'report-1.txt',
    ]);
    expect(useReviewData.getState().status).toBe('idle');
  });

  it('keeps a PDF’s original bytes and not a text file’s', async () => {
    const { raw } = await setUp();
    const pdf = await importReport(preview(2, 'pdf'));
    const text = await importReport(preview(3));
    if (pdf.status !== 'imported' || text.status !== 'imported') throw new Error('not imported');
    expect(await raw.originalFile(pdf.document.id)).toEqual(new Uint8Array([37, 80, 68, 70, 2]));
    expect(await raw.originalFile(text.document.id)).toBeUndefined();
  });

  it('answers duplicate without storing, reloading or backing up anything', async () => {
    const { count, reset } = await setUp();
    await importReport(preview(4));
    await flushScheduledBackup();
    reset();
    backups.length = 0;
    const again = await importReport(preview(4));
    expect(again.status).toBe('duplicate');
    expect(count('listDocuments')).toBe(0);
    await flushScheduledBackup();
    expect(backups).toEqual([]);
  });
});

describe('deleteDocument, undoLastImport and restoreBackup', () => {
  it('a delete reloads the document list and the opened review, and schedules the backup', async () => {
    await setUp();
    const kept = await importReport(preview(5));
    const gone = await importReport(preview(6));
    if (kept.status !== 'imported' || gone.status !== 'imported') throw new Error('not imported');
    await loadReviewData();
    expect(useReviewData.getState().documents).toHaveLength(2);
    await flushScheduledBackup();
    backups.length = 0;

    await deleteDocument(gone.document.id);
    expect(useDocumentList.getState().documents.map((doc) => doc.id)).toEqual([kept.document.id]);
    expect(useReviewData.getState().documents.map((doc) => doc.id)).toEqual([kept.document.id]);
    expect(new Set(useReviewData.getState().lines.map((line) => line.documentId))).toEqual(
      new Set([kept.document.id]),
    );
    await flushScheduledBackup();
    expect(backups).toHaveLength(1);
  });

  it('an undo reloads the opened review too', async () => {
    await setUp();
    await importReport(preview(7));
    const last = await importReport(preview(8));
    if (last.status !== 'imported') throw new Error('not imported');
    openReviewData();
    await loadReviewData();
    const removed = await undoLastImport();
    expect(removed?.id).toBe(last.document.id);
    expect(useReviewData.getState().documents.map((doc) => doc.fileName)).toEqual(['report-7.txt']);
  });

  it('a restore reloads the documents, the opened review and the packs', async () => {
    await setUp();
    await importReport(preview(9));
    const backup = await readBackupFile((await createBackupFile()).bytes);
    await importReport(preview(10));
    await savePack({
      title: '나중에 만든 자료',
      documentIds: [],
      departments: [],
      includeFindings: true,
      includeNotes: true,
    });
    await loadReviewData();
    expect(useReviewData.getState().documents).toHaveLength(2);

    await restoreBackup(backup, 'replace');
    expect(useDocumentList.getState().documents.map((doc) => doc.fileName)).toEqual([
      'report-9.txt',
    ]);
    expect(useReviewData.getState().documents.map((doc) => doc.fileName)).toEqual(['report-9.txt']);
    expect(usePacks.getState().packs).toEqual([]);
  });

  it('a failed delete still reloads the list and explains itself in both languages', async () => {
    await setUp();
    await loadDocumentList();
    const failure = await deleteDocument(999).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'not-found' });
    expect((failure as { userMessage: { ko: string; en: string } }).userMessage.en).toMatch(/999/);
    expect(useDocumentList.getState().loaded).toBe(true);
  });
});

describe('notes and the automatic backup', () => {
  it('a note reloads the review’s notes without reading its lines again', async () => {
    const { count, reset } = await setUp();
    const imported = await importReport(preview(11));
    if (imported.status !== 'imported') throw new Error('not imported');
    await loadReviewData();
    reset();
    const lineKey = useReviewData.getState().lines[0]!.key;
    await addNote(
      { documentId: imported.document.id, lineKey },
      { kind: 'question', text: '집행이 늦은 이유는?' },
    );
    expect(useReviewData.getState().notes.map((note) => note.text)).toEqual([
      '집행이 늦은 이유는?',
    ]);
    expect(count('linesFor')).toBe(0);
    expect(count('notesFor')).toBe(1);
  });

  it('a burst of changes writes one backup, and view preferences write none', async () => {
    await setUp();
    await importReport(preview(12));
    await addNote({ documentId: 1, lineKey: 'x' }, { kind: 'question', text: '하나' });
    await addNote({ documentId: 1, lineKey: 'y' }, { kind: 'finding', text: '둘' });
    expect(backups).toEqual([]);
    await flushScheduledBackup();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^의회예산검토-자동백업-\d{4}-\d{2}-\d{2}\.cbr-backup$/);

    rememberUnit('백만원');
    await flushScheduledBackup();
    expect(backups).toHaveLength(1);
  });
});
