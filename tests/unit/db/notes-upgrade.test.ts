import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import type { ParsedReport } from '../../../shared/model/report';
import { CbrDatabase } from '../../../renderer/src/db/database';
import { openDatabase, resetDatabaseHealth } from '../../../renderer/src/db/connection';
import type { NoteRecord } from '../../../renderer/src/db/records';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/schema';
import { createStore } from '../../../renderer/src/db/store';
import { file, freshOptions } from './helpers';

const V3 = SCHEMA_VERSIONS.slice(0, 3);

/** a report whose lines carry the given keys, as its own file (its own content hash) */
function reportWithKeys(keys: readonly string[], name: string): ParsedReport {
  const report = generateReport(keys.length, keys.length + name.length);
  return {
    ...report,
    document: { ...report.document, sha256: `sha-${name}` },
    lines: report.lines.map((line, i) => ({ ...line, key: keys[i]!, parentKey: undefined })),
    findings: [],
  };
}

/** a note as store v1–v3 wrote it: a line key, no document */
const legacy = (id: number, lineKey: string, text: string): NoteRecord => ({
  id,
  lineKey,
  kind: 'question',
  status: 'answered',
  text,
  author: '김의원',
  createdAt: `2026-11-01T09:${String(id).padStart(2, '0')}:00.000Z`,
  updatedAt: `2026-11-02T10:${String(id).padStart(2, '0')}:00.000Z`,
});

/** a v3 database holding these documents (by their line keys) and these legacy notes */
async function databaseAtV3(documents: readonly (readonly string[])[], notes: NoteRecord[]) {
  const options = freshOptions();
  const v3 = new CbrDatabase({ ...options, versions: V3 });
  const store = createStore(v3, { linesPerChunk: 3 });
  for (const [index, keys] of documents.entries())
    await store.importDocument(reportWithKeys(keys, `doc${index}`), file(`doc${index}.txt`), {
      allowDuplicate: true,
    });
  await v3.notes.bulkAdd(notes);
  v3.close();
  return options;
}

beforeEach(() => resetDatabaseHealth());

describe('store v4: notes get the document they belong to', () => {
  it('gives a note the one document holding its key, each document holding a shared key its own copy, and leaves a note no document holds waiting', async () => {
    const options = await databaseAtV3(
      [
        ['2025|총무과|청사관리', '2025|총무과|공용차량'],
        ['2025|총무과|공용차량', '2025|주택과|임대'],
      ],
      [
        legacy(1, '2025|총무과|청사관리', '청사 보수 일정은?'),
        legacy(2, '2025|총무과|공용차량', '차량 교체 사유?'),
        legacy(3, '2021|없는과|지운 사업', '문서를 지워도 남는 메모'),
      ],
    );
    const db = await openDatabase(options);
    expect(db.verno).toBe(4);
    const notes = await db.notes.orderBy('id').toArray();
    const { id: _id, ...shared } = legacy(2, '2025|총무과|공용차량', '차량 교체 사유?');
    expect(notes).toEqual([
      {
        ...legacy(1, '2025|총무과|청사관리', '청사 보수 일정은?'),
        documentId: 1,
        documentSha256: 'sha-doc0',
      },
      { ...shared, id: 2, documentId: 1, documentSha256: 'sha-doc0' },
      legacy(3, '2021|없는과|지운 사업', '문서를 지워도 남는 메모'),
      { ...shared, id: 4, documentId: 2, documentSha256: 'sha-doc1' },
    ]);
    const store = createStore(db);
    // each document shows its own notes only
    expect((await store.notesFor({ documentIds: [2] })).map((note) => note.text)).toEqual([
      '차량 교체 사유?',
    ]);
    // a status change on one copy leaves the other as it was
    await store.updateNote(4, { status: 'closed' });
    expect((await db.notes.get(2))?.status).toBe('answered');
    // the waiting note attaches to the next import holding its line key
    const imported = await store.importDocument(
      reportWithKeys(['2021|없는과|지운 사업'], 'again'),
      file('again.txt'),
    );
    if (imported.status !== 'imported') throw new Error('not imported');
    expect(await store.notesFor({ documentIds: [imported.document.id] })).toEqual([
      {
        ...legacy(3, '2021|없는과|지운 사업', '문서를 지워도 남는 메모'),
        documentId: 3,
        documentSha256: 'sha-again',
      },
    ]);
    db.close();
  });

  it('an empty database, or one without notes, upgrades to v4 with nothing added', async () => {
    const options = await databaseAtV3([['2025|총무과|청사관리']], []);
    const db = await openDatabase(options);
    expect(db.verno).toBe(4);
    expect(await db.notes.count()).toBe(0);
    db.close();
  });

  it('loses no note: every note keeps its text on each document that holds its line key', async () => {
    const pool = [
      '2024|총무과|가',
      '2024|총무과|나',
      '2025|주택과|다',
      '2025|주택과|라',
      '2023|재무과|마',
    ];
    const keySet = fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 });
    const noteSpec = fc.record({
      key: fc.constantFrom(...pool),
      text: fc.string({ maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(keySet, { maxLength: 3 }),
        fc.array(noteSpec, { minLength: 1, maxLength: 6 }),
        async (documents, specs) => {
          resetDatabaseHealth();
          const before = specs.map((spec, i) => legacy(i + 1, spec.key, spec.text));
          const options = await databaseAtV3(documents, structuredClone(before));
          const db = await openDatabase(options);
          const after = await db.notes.toArray();
          db.close();
          for (const note of before) {
            const holders = documents.flatMap((keys, i) =>
              keys.includes(note.lineKey) ? [i + 1] : [],
            );
            const { id, ...content } = note;
            // the note itself keeps its id and every word
            const self = after.find((row) => row.id === id);
            expect(self).toMatchObject(content);
            const copies = after.filter(
              (row) =>
                row.createdAt === note.createdAt &&
                row.text === note.text &&
                row.lineKey === note.lineKey,
            );
            const onDocuments = copies.map((row) => row.documentId).sort();
            if (holders.length === 0) expect(onDocuments).toEqual([undefined]);
            else expect(onDocuments).toEqual(holders);
          }
          const expected = before.reduce(
            (sum, note) =>
              sum + Math.max(1, documents.filter((keys) => keys.includes(note.lineKey)).length),
            0,
          );
          expect(after).toHaveLength(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
