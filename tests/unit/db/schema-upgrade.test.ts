import { beforeEach, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/synthetic';
import { CbrDatabase } from '../../../renderer/src/db/database';
import { openDatabase, useDatabaseHealth } from '../../../renderer/src/db/connection';
import { SCHEMA_VERSIONS } from '../../../renderer/src/db/schema';
import { createStore } from '../../../renderer/src/db/store';
import { file, freshOptions, snapshot } from './helpers';

const V1 = SCHEMA_VERSIONS.slice(0, 1);

/** a database at schema v1 holding two documents, a note, a pack and a setting */
async function databaseAtV1() {
  const options = freshOptions();
  const v1 = new CbrDatabase({ ...options, versions: V1 });
  const store = createStore(v1, { linesPerChunk: 40 });
  await store.importDocument(generateReport(100, 1), file('a.txt'));
  await store.importDocument(generateReport(70, 2), file('b.txt'));
  await store.addNote('2021|총무과|청년일자리지원사업', { kind: 'finding', text: '과다 편성' });
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

beforeEach(() => useDatabaseHealth.setState({ health: { state: 'opening' } }));

describe('schema upgrades', () => {
  it('v1 → v2 keeps every row and records the stored documents in the new import log', async () => {
    const { options, before } = await databaseAtV1();
    const db = await openDatabase(options);
    expect(db.verno).toBe(2);
    const after = await snapshot(db);
    const { importLog, ...rest } = after;
    expect(rest).toEqual(before);
    expect(importLog).toMatchObject([
      { action: 'import', documentId: 1, fileName: 'a.txt', lineCount: 100 },
      { action: 'import', documentId: 2, fileName: 'b.txt', lineCount: 70 },
    ]);
    expect(useDatabaseHealth.getState().health.state).toBe('ready');
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
    const health = useDatabaseHealth.getState().health;
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
    expect(upgraded.verno).toBe(2);
    expect(await createStore(upgraded).linesFor()).toHaveLength(170);
  });

  it('tells an open window to reload when another window upgrades the schema', async () => {
    const options = freshOptions();
    const old = await openDatabase({ ...options, versions: V1 });
    expect(useDatabaseHealth.getState().health.state).toBe('ready');
    const newer = new CbrDatabase(options);
    await newer.open();
    expect(newer.verno).toBe(2);
    const health = useDatabaseHealth.getState().health;
    expect(health.state).toBe('reload-needed');
    if (health.state === 'reload-needed') expect(health.error.userMessage.ko).toMatch(/새로 고침/);
    expect(old.isOpen()).toBe(false);
  });
});
