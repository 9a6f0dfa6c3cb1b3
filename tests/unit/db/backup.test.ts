import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import type { LocalStore } from '../../../renderer/src/db/api';
import { sha256Async } from '../../../shared/text/sha256';
import { gunzip, gzip } from '../../../renderer/src/db/backup/gzip';
import { StoreError } from '../../../renderer/src/db/errors';
import { file, freshStore, snapshot } from './helpers';

async function fill(store: LocalStore) {
  await store.importDocument(generateReport(260, 1), file('a.txt'));
  await store.importDocument(generateReport(90, 2), file('b.txt'));
  await store.addNote(
    { documentId: 1, lineKey: '2021|총무과|청년일자리지원사업' },
    {
      kind: 'question',
      text: '집행 부진 사유',
    },
  );
  const note = await store.addNote(
    { documentId: 2, lineKey: '2099|없는과|삭제된 사업' },
    {
      kind: 'finding',
      text: '고아 메모',
    },
  );
  await store.updateNote(note.id, { status: 'closed' });
  await store.savePack({
    title: '제245회 정례회',
    session: '제2차 정례회',
    documentIds: [1, 2],
    departments: ['총무과'],
    includeFindings: true,
    includeNotes: true,
  });
  await store.setSetting('unit', '백만원');
}

/** everything the UI can read back through the store */
async function everything(store: LocalStore) {
  const documents = await store.listDocuments();
  return {
    documents,
    texts: await Promise.all(documents.map((doc) => store.documentText(doc.id))),
    lines: await store.linesFor(),
    personnel: await store.personnelFor(),
    findings: await store.findingsFor(),
    notes: await store.notesFor(),
    packs: await store.listPacks(),
    unit: await store.getSetting('unit'),
    log: await store.importLog(),
  };
}

async function decode(bytes: Uint8Array) {
  return JSON.parse(new TextDecoder().decode(await gunzip(bytes))) as Record<string, unknown>;
}
async function encode(file: unknown) {
  return gzip(new TextEncoder().encode(JSON.stringify(file)));
}

async function refusal(store: LocalStore, bytes: Uint8Array): Promise<StoreError> {
  const error = await store.readBackup(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe('backup-invalid');
  return error as StoreError;
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives identical data, notes and packs included', async () => {
    const { store } = freshStore({ linesPerChunk: 64 });
    await fill(store);
    const before = await everything(store);
    const bytes = await store.createBackup();
    expect(bytes[0]).toBe(0x1f); // gzip magic
    const fresh = freshStore().store;
    const backup = await fresh.readBackup(bytes);
    expect(backup.summary).toMatchObject({ documents: 2, lines: 350, notes: 2, packs: 1 });
    await fresh.restoreBackup(backup, 'replace');
    expect(await everything(fresh)).toEqual(before);
  });

  it('replace drops what was there; merge keeps it and adds only what is new', async () => {
    const source = freshStore().store;
    await fill(source);
    const backup = await source.readBackup(await source.createBackup());

    const target = freshStore().store;
    await target.importDocument(generateReport(40, 7), file('own.txt'));
    await target.importDocument(generateReport(90, 2), file('same-as-b.txt'));
    await target.setSetting('unit', '천원');
    await target.restoreBackup(backup, 'merge');
    const merged = await target.listDocuments();
    expect(merged.map((doc) => doc.fileName)).toEqual(['own.txt', 'same-as-b.txt', 'a.txt']);
    expect(await target.linesFor()).toHaveLength(40 + 90 + 260);
    expect(await target.getSetting('unit')).toBe('천원');
    const [pack] = await target.listPacks();
    expect(pack?.documentIds).toEqual([3, 2]);
    await target.restoreBackup(backup, 'merge');
    expect(await target.notesFor()).toHaveLength(2);
    expect(await target.listDocuments()).toHaveLength(3);

    await target.restoreBackup(backup, 'replace');
    expect((await target.listDocuments()).map((doc) => doc.fileName)).toEqual(['a.txt', 'b.txt']);
    expect(await target.getSetting('unit')).toBe('백만원');
  });

  it('refuses a truncated backup and leaves the data untouched', async () => {
    const { db, store } = freshStore();
    await fill(store);
    const bytes = await store.createBackup();
    const before = await snapshot(db);
    const error = await refusal(store, bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(error.userMessage.ko).toMatch(/잘렸거나 손상/);
    expect(error.userMessage.ko).toMatch(/현재 데이터는 바뀌지 않았습니다/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file that is not gzip at all', async () => {
    const { store } = freshStore();
    const error = await refusal(store, new TextEncoder().encode('{"format":"cbr-backup"}'));
    expect(error.userMessage.en).toMatch(/truncated or damaged/);
  });

  it('refuses gzip that does not hold JSON, or holds something else', async () => {
    const { store } = freshStore();
    expect(
      (await refusal(store, await gzip(new TextEncoder().encode('not json')))).userMessage.en,
    ).toMatch(/not valid JSON/);
    expect(
      (await refusal(store, await encode({ format: 'other', version: 1 }))).userMessage.en,
    ).toMatch(/not a Council Budget Review backup/);
  });

  it('refuses a backup from an unknown version', async () => {
    const { store } = freshStore();
    await fill(store);
    const parsed = await decode(await store.createBackup());
    const error = await refusal(store, await encode({ ...parsed, version: 2 }));
    expect(error.userMessage.ko).toMatch(/지원하지 않는 백업 버전\(2\)/);
  });

  it('refuses an edited backup by its checksum', async () => {
    const { db, store } = freshStore();
    await fill(store);
    const parsed = await decode(await store.createBackup());
    const content = parsed.content as { notes: { text: string }[] };
    content.notes[0]!.text = '몰래 바꾼 메모';
    const before = await snapshot(db);
    const error = await refusal(store, await encode(parsed));
    expect(error.userMessage.en).toMatch(/checksum mismatch/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a backup whose content has the wrong shape even with a matching checksum', async () => {
    const { store } = freshStore();
    await fill(store);
    const parsed = await decode(await store.createBackup());
    const content = parsed.content as { lines: { fiscalYear: unknown }[] };
    content.lines[5]!.fiscalYear = '이천이십일';
    const forged = { ...parsed, sha256: await sha256Async(JSON.stringify(content)) };
    const error = await refusal(store, await encode(forged));
    expect(error.userMessage.en).toMatch(/lines\.5\.fiscalYear/);
  });
});

describe('notes in backups since store v4', () => {
  /** a backup as the app wrote it before store v4: notes name a line key, no document */
  async function backupBeforeV4(bytes: Uint8Array) {
    const parsed = await decode(bytes);
    const content = parsed.content as { notes: Record<string, unknown>[] };
    content.notes = content.notes.map(({ documentId: _id, documentSha256: _sha, ...note }) => note);
    return encode({ ...parsed, sha256: await sha256Async(JSON.stringify(content)) });
  }

  async function sharedKeySource() {
    const { store } = freshStore();
    const report = generateReport(20, 3);
    await store.importDocument(report, file('plan.txt'));
    // the same lines in a second file: every line key is in both documents
    await store.importDocument(
      { ...report, document: { ...report.document, sha256: 'f'.repeat(64) } },
      file('results.txt'),
    );
    const key = report.lines[2]!.key;
    await store.addNote({ documentId: 2, lineKey: key }, { kind: 'question', text: '결산 질의' });
    return { store, key };
  }

  it('a new backup keeps each note on its document through replace and merge', async () => {
    const { store, key } = await sharedKeySource();
    const bytes = await store.createBackup();
    const replaced = freshStore().store;
    await replaced.restoreBackup(await replaced.readBackup(bytes), 'replace');
    expect(await replaced.notesFor({ documentIds: [1] })).toEqual([]);
    expect(await replaced.notesFor({ documentIds: [2] })).toEqual(await store.notesFor());

    const merged = freshStore().store;
    await merged.importDocument(generateReport(5, 8), file('own.txt'));
    const backup = await merged.readBackup(bytes);
    await merged.restoreBackup(backup, 'merge');
    await merged.restoreBackup(backup, 'merge');
    const results = (await merged.listDocuments()).find((doc) => doc.fileName === 'results.txt');
    expect(await merged.notesFor()).toMatchObject([
      { documentId: results!.id, lineKey: key, text: '결산 질의' },
    ]);
  });

  it('a backup made before store v4 restores with each note on every document holding its line', async () => {
    const { store, key } = await sharedKeySource();
    const old = await backupBeforeV4(await store.createBackup());
    const target = freshStore().store;
    const backup = await target.readBackup(old);
    expect(backup.summary.notes).toBe(1);
    await target.restoreBackup(backup, 'replace');
    const notes = await target.notesFor();
    expect(notes.map((note) => [note.documentId, note.lineKey, note.text])).toEqual([
      [1, key, '결산 질의'],
      [2, key, '결산 질의'],
    ]);
    const merged = freshStore().store;
    await merged.restoreBackup(await merged.readBackup(old), 'merge');
    expect((await merged.notesFor()).map((note) => note.documentId)).toEqual([1, 2]);
  });

  it('refuses a backup whose note names a document it does not hold, and changes nothing', async () => {
    const { db, store } = freshStore();
    await fill(store);
    const parsed = await decode(await store.createBackup());
    const content = parsed.content as { notes: { documentId?: number }[] };
    content.notes[0]!.documentId = 7;
    const before = await snapshot(db);
    const error = await refusal(
      store,
      await encode({ ...parsed, sha256: await sha256Async(JSON.stringify(content)) }),
    );
    expect(error.userMessage.ko).toMatch(/메모 1이\(가\) 백업에 없는 문서\(번호 7\)/);
    expect(error.userMessage.en).toMatch(/Your current data is unchanged/);
    expect(await snapshot(db)).toEqual(before);
  });
});
