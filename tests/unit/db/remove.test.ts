import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import type { LocalStore } from '../../../renderer/src/db/api';
import { StoreError } from '../../../renderer/src/db/errors';
import { file, freshStore } from './helpers';

async function importOrFail(store: LocalStore, lines: number, seed: number, name: string) {
  const result = await store.importDocument(generateReport(lines, seed), file(name));
  if (result.status !== 'imported') throw new Error('expected an import');
  return result.document;
}

describe('deleteDocument and undoLastImport', () => {
  it('deletes exactly one document with its lines, personnel and findings', async () => {
    const { db, store } = freshStore({ linesPerChunk: 50 });
    const keep = await importOrFail(store, 180, 1, 'keep.txt');
    const gone = await importOrFail(store, 220, 2, 'gone.txt');
    const keptLines = await store.linesFor({ documentIds: [keep.id] });
    await store.deleteDocument(gone.id);
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([keep.id]);
    expect(await store.linesFor()).toEqual(keptLines);
    expect((await store.personnelFor()).every((row) => row.documentId === keep.id)).toBe(true);
    expect((await store.findingsFor()).every((row) => row.documentId === keep.id)).toBe(true);
    expect(await store.documentText(gone.id)).toBeUndefined();
    expect(await db.lineChunks.where('documentId').equals(gone.id).count()).toBe(0);
    expect((await store.importLog()).at(-1)).toMatchObject({
      action: 'delete',
      documentId: gone.id,
    });
  });

  it('refuses to delete a document that is not there with a clear message', async () => {
    const { store } = freshStore();
    const error = await store.deleteDocument(42).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('not-found');
  });

  it('undoes the most recent import only, and returns what it removed', async () => {
    const { store } = freshStore();
    const first = await importOrFail(store, 40, 1, 'first.txt');
    const second = await importOrFail(store, 60, 2, 'second.txt');
    expect(await store.lastImported()).toEqual(second);
    expect(await store.undoLastImport()).toEqual(second);
    expect(await store.listDocuments()).toEqual([first]);
    expect(await store.linesFor()).toHaveLength(40);
    expect((await store.importLog()).map((entry) => entry.action)).toEqual([
      'import',
      'import',
      'undo',
    ]);
  });

  it('undo with nothing imported does nothing', async () => {
    const { store } = freshStore();
    expect(await store.undoLastImport()).toBeUndefined();
  });

  it('keeps notes through delete and gives them back to the same file when it is imported again', async () => {
    const { store } = freshStore();
    const report = generateReport(30, 5);
    const doc = await importOrFail(store, 30, 5, 'a.txt');
    const key = report.lines[3]!.key;
    const note = await store.addNote(
      { documentId: doc.id, lineKey: key },
      { kind: 'question', text: '집행률이 낮은 이유?' },
    );
    await store.deleteDocument(doc.id);
    const { documentId: _gone, ...waiting } = note;
    expect(await store.notesFor({ lineKeys: [key] })).toEqual([waiting]);
    expect(await store.notesFor({ documentIds: [doc.id] })).toEqual([]);
    // another file sharing the line key does not take the note
    const other = await store.importDocument(
      { ...report, document: { ...report.document, sha256: 'another file' } },
      file('other.txt'),
    );
    if (other.status !== 'imported') throw new Error('not imported');
    expect(await store.notesFor({ documentIds: [other.document.id] })).toEqual([]);
    const again = await store.importDocument(report, file('a.txt'));
    if (again.status !== 'imported') throw new Error('not imported');
    expect(await store.notesFor({ documentIds: [again.document.id] })).toEqual([
      { ...note, documentId: again.document.id },
    ]);
  });
});
