import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import { StoreError } from '../../../renderer/src/db/errors';
import { file, freshStore, snapshot } from './helpers';

describe('importDocument', () => {
  it('stores the document, its lines, personnel and findings, and lists it without text', async () => {
    const { store } = freshStore({ linesPerChunk: 100 });
    const report = generateReport(450, 2);
    const result = await store.importDocument(report, file('a.txt'));
    expect(result.status).toBe('imported');
    if (result.status !== 'imported') return;
    const id = result.document.id;
    const [listed] = await store.listDocuments();
    expect(listed).toEqual(result.document);
    expect(listed).not.toHaveProperty('text');
    expect(listed?.lineCount).toBe(450);
    expect(await store.documentText(id)).toBe('a.txt\n본문');
    expect(await store.linesFor()).toEqual(
      report.lines.map((line) => ({ ...line, documentId: id })),
    );
    expect(await store.personnelFor({ documentIds: [id] })).toEqual(
      report.personnel.map((row) => ({ ...row, documentId: id })),
    );
    expect(await store.findingsFor()).toHaveLength(report.findings.length);
    const log = await store.importLog();
    expect(log).toMatchObject([{ action: 'import', documentId: id, lineCount: 450 }]);
  });

  it('filters lines by document and fiscal year', async () => {
    const { store } = freshStore({ linesPerChunk: 64 });
    const first = await store.importDocument(generateReport(300, 1), file('a.txt'));
    await store.importDocument(generateReport(200, 3), file('b.txt'));
    if (first.status !== 'imported') throw new Error('not imported');
    const lines = await store.linesFor({ documentIds: [first.document.id], fiscalYears: [2022] });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.documentId === first.document.id && l.fiscalYear === 2022)).toBe(
      true,
    );
    expect(await store.linesFor()).toHaveLength(500);
  });

  it('hands out a large document a chunk at a time, in order', async () => {
    const { store } = freshStore({ linesPerChunk: 100 });
    const report = generateReport(350, 6);
    const result = await store.importDocument(report, file('big.txt'));
    if (result.status !== 'imported') throw new Error('not imported');
    const sizes: number[] = [];
    const keys: string[] = [];
    for await (const lines of store.lineChunks(result.document.id)) {
      sizes.push(lines.length);
      keys.push(...lines.map((line) => line.key));
    }
    expect(sizes).toEqual([100, 100, 100, 50]);
    expect(keys).toEqual(report.lines.map((line) => line.key));
  });

  it('reports a duplicate by text hash instead of importing it again, unless allowed', async () => {
    const { store } = freshStore();
    const report = generateReport(50, 4);
    const first = await store.importDocument(report, file('a.txt'));
    const again = await store.importDocument(report, file('copy.txt'));
    expect(again.status).toBe('duplicate');
    if (again.status === 'duplicate' && first.status === 'imported')
      expect(again.existing.id).toBe(first.document.id);
    expect(await store.listDocuments()).toHaveLength(1);
    const allowed = await store.importDocument(report, file('copy.txt'), { allowDuplicate: true });
    expect(allowed.status).toBe('imported');
    expect(await store.listDocuments()).toHaveLength(2);
  });

  it('leaves every table exactly as before when the import throws after half its chunks', async () => {
    let failAt = Infinity;
    const { db, store } = freshStore({
      linesPerChunk: 100,
      afterLineChunk: (written) => {
        if (written === failAt) throw new Error('injected failure');
      },
    });
    await store.importDocument(generateReport(250, 1), file('kept.txt'));
    await store.addNote(
      { documentId: 1, lineKey: '2021|총무과|x' },
      { kind: 'question', text: '확인 필요' },
    );
    const before = await snapshot(db);
    failAt = 5;
    await expect(store.importDocument(generateReport(1000, 2), file('b.txt'))).rejects.toThrow(
      /injected failure/,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('turns a quota error into a clear Korean and English message and rolls the import back', async () => {
    let quota = false;
    const { db, store } = freshStore({
      linesPerChunk: 100,
      afterLineChunk: (written) => {
        if (quota && written === 3) throw new DOMException('disk full', 'QuotaExceededError');
      },
    });
    await store.importDocument(generateReport(120, 1), file('kept.txt'));
    const before = await snapshot(db);
    quota = true;
    const error = await store
      .importDocument(generateReport(800, 2), file('big.txt'))
      .catch((e) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('quota');
    expect((error as StoreError).userMessage.ko).toMatch(/저장 공간이 부족/);
    expect((error as StoreError).userMessage.en).toMatch(/Not enough storage space/);
    expect(await snapshot(db)).toEqual(before);
  });
});
