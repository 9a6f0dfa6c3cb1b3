import { beforeEach, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import { CbrDatabase } from '../../../renderer/src/db/database';
import {
  databaseHealth,
  openDatabase,
  resetDatabaseHealth,
} from '../../../renderer/src/db/connection';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../renderer/src/db/schema';
import { createStore } from '../../../renderer/src/db/store';
import { file, freshOptions, snapshot } from './helpers';

const V1 = SCHEMA_VERSIONS.slice(0, 1);
const V2 = SCHEMA_VERSIONS.slice(0, 2);
const V3 = SCHEMA_VERSIONS.slice(0, 3);

/** a database at schema v1 holding two documents, a note, a pack and a setting */
async function databaseAtV1() {
  const options = freshOptions();
  const v1 = new CbrDatabase({ ...options, versions: V1 });
  const store = createStore(v1, { linesPerChunk: 40 });
  await store.importDocument(generateReport(100, 1), file('a.txt'));
  await store.importDocument(generateReport(70, 2), file('b.txt'));
  await store.addNote(
    { documentId: 1, lineKey: '2021|총무과|청년일자리지원사업' },
    { kind: 'finding', text: '과다 편성' },
  );
  await store.savePack({
    title: '검토 자료',
    documentIds: [1, 2],
    departments: [],
    includeFindings: true,
    includeNotes: true,
  });
  await store.setSetting('unit', '천원');
  const before = await snapshot(v1);
  expect(v1.verno).toBe(1);
  v1.close();
  return { options, before };
}

beforeEach(() => resetDatabaseHealth());

describe('schema upgrades', () => {
  it('v1 → v2 keeps every row and records the stored documents in the new import log', async () => {
    const { options, before } = await databaseAtV1();
    const db = await openDatabase({ ...options, versions: V2 });
    expect(db.verno).toBe(2);
    const after = await snapshot(db);
    const { importLog, ...rest } = after;
    expect(rest).toEqual(before);
    expect(importLog).toMatchObject([
      { action: 'import', documentId: 1, fileName: 'a.txt', lineCount: 100 },
      { action: 'import', documentId: 2, fileName: 'b.txt', lineCount: 70 },
    ]);
    expect(databaseHealth().state).toBe('ready');
  });

  it('a failed upgrade leaves the old database readable and tells the user why', async () => {
    const { options, before } = await databaseAtV1();
    const failing = [
      ...V1,
      {
        version: 2,
        stores: { importLog: '++id' },
        upgrade: () => {
          throw new Error('injected upgrade failure');
        },
      },
    ];
    const db = await openDatabase({ ...options, versions: failing });
    const health = databaseHealth();
    expect(health.state).toBe('degraded');
    if (health.state === 'degraded') {
      expect(health.error.code).toBe('upgrade-failed');
      expect(health.error.userMessage.ko).toMatch(/기존 데이터는 그대로/);
    }
    expect(db.verno).toBe(1);
    expect(await snapshot(db)).toEqual(before);
    const store = createStore(db);
    expect(await store.listDocuments()).toHaveLength(2);
    expect(await store.linesFor()).toHaveLength(170);
    expect(await store.importLog()).toEqual([]);
    db.close();
    // and a later, working upgrade still succeeds from the untouched v1
    const upgraded = await openDatabase(options);
    expect(upgraded.verno).toBe(LATEST_VERSION);
    expect(await createStore(upgraded).linesFor()).toHaveLength(170);
  });

  it('tells an open window to reload when another window upgrades the schema', async () => {
    const options = freshOptions();
    const old = await openDatabase({ ...options, versions: V1 });
    expect(databaseHealth().state).toBe('ready');
    const newer = new CbrDatabase(options);
    await newer.open();
    expect(newer.verno).toBe(LATEST_VERSION);
    const health = databaseHealth();
    expect(health.state).toBe('reload-needed');
    if (health.state === 'reload-needed') expect(health.error.userMessage.ko).toMatch(/새로 고침/);
    expect(old.isOpen()).toBe(false);
  });

  it('v2 → v3 keeps every row, gives old Korean-only warnings an English text and keeps originals', async () => {
    const options = freshOptions();
    const v2 = new CbrDatabase({ ...options, versions: V2 });
    const report = generateReport(50, 3);
    // a v2 database stored warnings as plain Korean strings
    const legacy = {
      ...report,
      warnings: [{ message: '표 머리글을 해석하지 못했습니다', line: 3 }],
    } as unknown as typeof report;
    await createStore(v2, { linesPerChunk: 20 }).importDocument(legacy, file('a.txt'));
    const before = await snapshot(v2);
    v2.close();
    const db = await openDatabase({ ...options, versions: V3 });
    expect(db.verno).toBe(3);
    const { documents, originals, ...rest } = await snapshot(db);
    const { documents: oldDocuments, ...oldRest } = before;
    expect(rest).toEqual(oldRest);
    expect(originals).toEqual([]);
    expect(documents).toEqual(
      (oldDocuments as { warnings: unknown[] }[]).map((doc) => ({
        ...doc,
        warnings: [
          {
            message: {
              ko: '표 머리글을 해석하지 못했습니다',
              en: '표 머리글을 해석하지 못했습니다',
            },
            line: 3,
          },
        ],
      })),
    );
    const store = createStore(db);
    const imported = await store.importDocument(generateReport(10, 4), {
      name: 'b.pdf',
      text: 'b',
      original: new Uint8Array([37, 80, 68, 70]),
    });
    if (imported.status !== 'imported') throw new Error('not imported');
    expect(await store.originalFile(imported.document.id)).toEqual(
      new Uint8Array([37, 80, 68, 70]),
    );
    await store.deleteDocument(imported.document.id);
    expect(await store.originalFile(imported.document.id)).toBeUndefined();
  });
});
