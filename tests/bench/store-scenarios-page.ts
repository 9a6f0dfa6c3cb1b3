/**
 * Store scenarios run inside real Chromium IndexedDB (bundled by tests/browser/store.test.ts):
 * the same guarantees the fake-indexeddb unit tests check, on the real engine.
 */
import Dexie from 'dexie';
import { databaseHealth, openDatabase } from '../../renderer/src/db/connection';
import { CbrDatabase } from '../../renderer/src/db/database';
import { StoreError } from '../../renderer/src/db/errors';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import { createStore } from '../../renderer/src/db/store';
import type { ImportHooks } from '../../renderer/src/db/repositories/documents';
import { generateReport } from './synthetic';

/** JSON with object keys sorted and undefined dropped: compares content, not field order */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out += ',';
      out += canonicalJson(value[index]);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(record[key]);
    first = false;
  }
  return out + '}';
}

let counter = 0;
async function fresh(hooks: ImportHooks = {}, versions = SCHEMA_VERSIONS) {
  const name = `scenario-${Date.now()}-${counter++}`;
  await Dexie.delete(name);
  const db = new CbrDatabase({ name, versions });
  return { db, store: createStore(db, hooks), name };
}

/** every table, keys sorted: compares content, not the order fields or tables come in */
async function snapshot(db: CbrDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return canonicalJson(tables);
}

const file = (name: string) => ({ name, text: `${name}\n본문` });

async function failedImportLeavesTablesUnchanged(kind: 'error' | 'quota') {
  let armed = false;
  const { db, store } = await fresh({
    linesPerChunk: 500,
    afterLineChunk: (written, total) => {
      if (!armed || written < total / 2) return;
      if (kind === 'quota') throw new DOMException('disk full', 'QuotaExceededError');
      throw new Error('injected failure');
    },
  });
  await store.importDocument(generateReport(1500, 1), file('kept.txt'));
  await store.addNote(
    { documentId: 1, lineKey: '2021|총무과|x' },
    { kind: 'question', text: '확인' },
  );
  const before = await snapshot(db);
  armed = true;
  const error = await store
    .importDocument(generateReport(6000, 2), file('big.txt'))
    .catch((e) => e);
  const after = await snapshot(db);
  db.close();
  return {
    unchanged: before === after,
    code: error instanceof StoreError ? error.code : 'not-a-store-error',
    message: error instanceof StoreError ? error.userMessage : String(error),
  };
}

async function deleteUndoAndNotes() {
  const { db, store } = await fresh({ linesPerChunk: 300 });
  const report = generateReport(1000, 3);
  const first = await store.importDocument(report, file('a.txt'));
  await store.importDocument(generateReport(700, 4), file('b.txt'));
  if (first.status !== 'imported') throw new Error('not imported');
  const key = report.lines[10]!.key;
  await store.addNote(
    { documentId: first.document.id, lineKey: key },
    { kind: 'finding', text: '과다 편성' },
  );
  const undone = await store.undoLastImport();
  await store.deleteDocument(first.document.id);
  const emptyAfter =
    (await store.listDocuments()).length === 0 && (await store.linesFor()).length === 0;
  const notesKept = (await store.notesFor({ lineKeys: [key] })).length;
  await store.importDocument(report, file('a.txt'));
  const keys = (await store.linesFor()).map((line) => line.key);
  const notesBack = (await store.notesFor({ lineKeys: keys })).length;
  const log = (await store.importLog()).map((entry) => entry.action);
  db.close();
  return { undoneFile: undone?.fileName, emptyAfter, notesKept, notesBack, log };
}

async function backupRoundTrip() {
  const { db, store } = await fresh();
  await store.importDocument(generateReport(2500, 5), file('a.txt'));
  await store.addNote(
    { documentId: 1, lineKey: '2022|주택과|임대' },
    { kind: 'question', text: '메모' },
  );
  await store.savePack({
    title: '자료',
    documentIds: [1],
    departments: [],
    includeFindings: true,
    includeNotes: true,
  });
  const read = async () =>
    canonicalJson([
      await store.listDocuments(),
      await store.linesFor(),
      await store.findingsFor(),
      await store.personnelFor(),
      await store.notesFor(),
      await store.listPacks(),
      await store.documentText(1),
    ]);
  const before = await read();
  const bytes = await store.createBackup();
  await Promise.all(db.tables.map((table) => table.clear()));
  const wiped = (await store.listDocuments()).length === 0;
  await store.restoreBackup(await store.readBackup(bytes), 'replace');
  const identical = (await read()) === before;
  const truncated = await store.readBackup(bytes.slice(0, bytes.length - 40)).catch((e) => e);
  db.close();
  return {
    wiped,
    identical,
    truncatedCode: truncated instanceof StoreError ? truncated.code : 'accepted',
  };
}

async function upgradeAndVersionChange() {
  const { db: v1, store, name } = await fresh({}, SCHEMA_VERSIONS.slice(0, 1));
  await store.importDocument(generateReport(800, 6), file('a.txt'));
  await store.addNote(
    { documentId: 1, lineKey: '2021|총무과|x' },
    { kind: 'question', text: '확인' },
  );
  const before = await snapshot(v1);
  v1.close();
  const failing = [
    ...SCHEMA_VERSIONS.slice(0, 1),
    { version: 2, stores: { importLog: '++id' }, upgrade: () => Promise.reject(new Error('boom')) },
  ];
  const degraded = await openDatabase({ name, versions: failing });
  const degradedState = databaseHealth().state;
  const untouched = degraded.verno === 1 && (await snapshot(degraded)) === before;
  const oldWindow = degraded; // stays open, like a second tab on the old version
  const upgraded = await openDatabase({ name });
  const afterUpgrade = databaseHealth().state;
  const lines = (await createStore(upgraded).linesFor()).length;
  const log = (await createStore(upgraded).importLog()).length;
  upgraded.close();
  return {
    degradedState,
    untouched,
    oldWindowClosed: !oldWindow.isOpen(),
    afterUpgrade,
    version: upgraded.verno,
    lines,
    log,
  };
}

declare global {
  interface Window {
    storeScenarios: Record<string, () => Promise<unknown>>;
  }
}
window.storeScenarios = {
  atomic: () => failedImportLeavesTablesUnchanged('error'),
  quota: () => failedImportLeavesTablesUnchanged('quota'),
  deleteUndoAndNotes,
  backupRoundTrip,
  upgradeAndVersionChange,
};
