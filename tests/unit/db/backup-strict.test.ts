import { describe, expect, it } from 'vitest';
import type { LocalStore } from '../../../renderer/src/db/api';
import { sha256Async as sha256Hex } from '@shared/text/sha256';
import type { BackupContent } from '../../../renderer/src/db/backup/format';
import { gunzip, gzip } from '../../../renderer/src/db/backup/gzip';
import { StoreError } from '../../../renderer/src/db/errors';
import { generateReport } from '../../bench/synthetic';
import { file, freshStore, snapshot } from './helpers';

type File = { content: BackupContent; sha256: string; version: unknown };

async function decode(bytes: Uint8Array): Promise<File> {
  return JSON.parse(new TextDecoder().decode(await gunzip(bytes))) as File;
}

/** re-encodes a backup with its content edited and the checksum recomputed, as a forger would */
async function forge(bytes: Uint8Array, edit: (content: BackupContent, file: File) => void) {
  const parsed = await decode(bytes);
  edit(parsed.content, parsed);
  parsed.sha256 = await sha256Hex(JSON.stringify(parsed.content));
  return gzip(new TextEncoder().encode(JSON.stringify(parsed)));
}

async function refusal(store: LocalStore, bytes: Uint8Array): Promise<StoreError> {
  const error = await store.readBackup(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).code).toBe('backup-invalid');
  return error as StoreError;
}

const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0, 255, 128, 10]);

async function source() {
  const { db, store } = freshStore();
  const report = generateReport(40, 1);
  await store.importDocument(report, { ...file('a.pdf'), original: PDF_BYTES });
  await store.importDocument(generateReport(30, 2), file('b.txt'));
  const [line] = await store.linesFor();
  await store.addNote(
    { documentId: line!.documentId, lineKey: line!.key },
    { kind: 'question', text: '사유?' },
  );
  await store.savePack({
    title: '정례회',
    documentIds: [1, 2],
    departments: [],
    includeFindings: true,
    includeNotes: true,
  });
  return { db, store, bytes: await store.createBackup() };
}

describe('a backup is checked whole before anything is written', () => {
  it('refuses a backup holding lines of a document it does not hold, and writes nothing', async () => {
    const { bytes } = await source();
    const forged = await forge(bytes, (content) => {
      content.documents = content.documents.filter((doc) => doc.id !== 2);
      content.packs = [];
    });
    const { db, store } = freshStore();
    await store.importDocument(generateReport(10, 9), file('own.txt'));
    const before = await snapshot(db);
    const error = await refusal(store, forged);
    expect(error.userMessage.en).toMatch(/30 budget lines belong to document 2, which the backup/);
    expect(error.userMessage.ko).toMatch(/예산 항목 30개가 백업에 없는 문서\(번호 2\)/);
    expect(error.userMessage.en).toMatch(/Nothing of it is restored/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses findings, personnel and originals of a missing document', async () => {
    const { bytes } = await source();
    const moved = (key: 'findings' | 'personnel' | 'originals') =>
      forge(bytes, (content) => {
        const rows = content[key] as { documentId: number }[];
        rows[0]!.documentId = 7;
      });
    const { store } = freshStore();
    expect((await refusal(store, await moved('findings'))).userMessage.en).toMatch(
      /findings belong to document 7/,
    );
    expect((await refusal(store, await moved('originals'))).userMessage.en).toMatch(
      /original files belong to document 7/,
    );
  });

  it('refuses a briefing pack naming a document the backup does not hold', async () => {
    const { bytes } = await source();
    const forged = await forge(bytes, (content) => content.packs[0]!.documentIds.push(99));
    expect((await refusal(freshStore().store, forged)).userMessage.en).toMatch(
      /briefing pack “정례회” names document 99/,
    );
  });

  it('refuses a note that points at no budget line', async () => {
    const { bytes } = await source();
    const forged = await forge(bytes, (content) => (content.notes[0]!.lineKey = '아무것도 아님'));
    expect((await refusal(freshStore().store, forged)).userMessage.en).toMatch(
      /note 1 does not point at a budget line/,
    );
  });

  it('refuses a document whose declared line count differs from the lines it holds', async () => {
    const { bytes } = await source();
    const forged = await forge(bytes, (content) => content.lines.pop());
    expect((await refusal(freshStore().store, forged)).userMessage.en).toMatch(
      /document 2 \(b\.txt\) declares 30 budget lines but the backup holds 29/,
    );
  });

  it('names a duplicate id clearly', async () => {
    const { bytes } = await source();
    const forged = await forge(bytes, (content) => content.notes.push({ ...content.notes[0]! }));
    const error = await refusal(freshStore().store, forged);
    expect(error.userMessage.en).toMatch(/note id 1 appears twice/);
    expect(error.userMessage.ko).toMatch(/메모 번호 1이\(가\) 두 번 들어 있습니다/);
  });

  it('says a version written as text is not a number, not that version 1 is unsupported', async () => {
    const { bytes } = await source();
    const forged = await forge(bytes, (_content, whole) => (whole.version = '1'));
    const error = await refusal(freshStore().store, forged);
    expect(error.userMessage.en).toMatch(/its version is not a number \("1"\)/);
    expect(error.userMessage.en).not.toMatch(/version 1 is not supported/);
  });

  it('stops decompressing at the size cap and says the file is too large', async () => {
    // 8 MB of spaces compress to a few kB: the kind of file that would exhaust memory unbounded
    const bomb = await gzip(new Uint8Array(8 * 1024 * 1024).fill(32));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const error = await freshStore()
      .store.readBackup(bomb)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const { readBackup } = await import('../../../renderer/src/db/backup/read');
    const capped = (await readBackup(bomb, 1024 * 1024).catch((e: unknown) => e)) as StoreError;
    expect(capped.userMessage.en).toMatch(/holds more than 1 MB/);
  });

  it('never says gzip to the user about a damaged file', async () => {
    const { bytes } = await source();
    const error = await refusal(freshStore().store, bytes.slice(0, bytes.length - 20));
    expect(error.userMessage.ko).toMatch(/백업 파일이 잘렸거나 손상/);
    expect(error.userMessage.en).toMatch(/backup file is truncated or damaged/);
    expect(`${error.userMessage.ko} ${error.userMessage.en}`).not.toMatch(/gzip/i);
  });
});

describe('original files in backups', () => {
  it('carries each imported file and restores it byte for byte', async () => {
    const { bytes } = await source();
    const parsed = await decode(bytes);
    expect(parsed.content.originals).toHaveLength(1);
    for (const mode of ['replace', 'merge'] as const) {
      const { store } = freshStore();
      await store.restoreBackup(await store.readBackup(bytes), mode);
      expect(await store.originalFile(1)).toEqual(PDF_BYTES);
      expect(await store.originalFile(2)).toBeUndefined();
    }
  });

  it('restores an older backup that has no originals', async () => {
    const { bytes } = await source();
    const old = await forge(bytes, (content) => delete content.originals);
    const { store } = freshStore();
    await store.restoreBackup(await store.readBackup(old), 'replace');
    expect(await store.listDocuments()).toHaveLength(2);
    expect(await store.originalFile(1)).toBeUndefined();
  });

  it('backs up a pack whose document was deleted without naming that document', async () => {
    const { store } = await source();
    await store.deleteDocument(2);
    const bytes = await store.createBackup();
    const target = freshStore().store;
    await target.restoreBackup(await target.readBackup(bytes), 'replace');
    expect((await target.listPacks())[0]?.documentIds).toEqual([1]);
  });
});
