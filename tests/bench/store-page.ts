/**
 * Runs inside headless Chromium (bundled by tests/bench/store.ts): writes and reads N synthetic
 * lines through the real store (chunked) and through naive one-record-per-line bulkAdd.
 */
import Dexie from 'dexie';
import { CbrDatabase } from '../../renderer/src/db/database';
import type { LineCodec } from '../../renderer/src/db/line-codec';
import { createStore } from '../../renderer/src/db/store';
import { generateReport } from './synthetic';

export interface StoreTimings {
  codec: LineCodec;
  writeMs: number;
  /** line objects built: what linesOfDocument() returns */
  readMs: number;
  /** the stored chunks only, without building line objects */
  columnsReadMs: number;
  listMs: number;
  linesRead: number;
}

const since = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** the report lives only in here, so it can be collected before the read is timed */
async function timedImport(store: ReturnType<typeof createStore>, rows: number) {
  const report = generateReport(rows, 1);
  const start = performance.now();
  const result = await store.importDocument(report, { name: 'bench.txt', text: 'bench' });
  return { result, writeMs: since(start) };
}

async function chunked(rows: number, codec: LineCodec): Promise<StoreTimings> {
  const name = `bench-${codec}-${rows}`;
  await Dexie.delete(name);
  const db = new CbrDatabase({ name });
  await db.open();
  const store = createStore(db, { codec });
  const { result, writeMs } = await timedImport(store, rows);
  if (result.status !== 'imported') throw new Error('bench import was not imported');
  db.close();
  // a fresh connection, as when the app is opened again with the data stored
  const reopened = new CbrDatabase({ name });
  await reopened.open();
  const again = createStore(reopened);
  let start = performance.now();
  await again.listDocuments();
  const listMs = since(start);
  start = performance.now();
  const chunks = await reopened.lineChunks.where('documentId').equals(result.document.id).toArray();
  const columnsReadMs = since(start);
  const chunkCount = chunks.length;
  chunks.length = 0;
  start = performance.now();
  const lines = await again.linesOfDocument(result.document.id);
  const readMs = since(start);
  if (chunkCount === 0) throw new Error('no chunks stored');
  reopened.close();
  await Dexie.delete(name);
  return { codec, writeMs, readMs, columnsReadMs, listMs, linesRead: lines.length };
}

async function timedNaiveWrite(db: Dexie, rows: number) {
  const lines = generateReport(rows, 1).lines.map((line) => ({ ...line, documentId: 1 }));
  const start = performance.now();
  await db.transaction('rw', db.table('lines'), () => db.table('lines').bulkAdd(lines));
  return since(start);
}

async function naive(rows: number) {
  const name = `bench-naive-${rows}`;
  await Dexie.delete(name);
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ lines: '++id, documentId' });
  await db.open();
  const naiveWriteMs = await timedNaiveWrite(db, rows);
  const start = performance.now();
  const read = await db.table('lines').where('documentId').equals(1).toArray();
  const naiveReadMs = since(start);
  db.close();
  await Dexie.delete(name);
  return { naiveWriteMs, naiveReadMs, naiveLinesRead: read.length };
}

/** a whole-database backup and its validation, for the bench's --backup option */
async function backup(rows: number) {
  const name = `bench-backup-${rows}`;
  await Dexie.delete(name);
  const db = new CbrDatabase({ name });
  const store = createStore(db);
  await timedImport(store, rows);
  let start = performance.now();
  const bytes = await store.createBackup();
  const backupMs = since(start);
  start = performance.now();
  const validated = await store.readBackup(bytes);
  const validateMs = since(start);
  start = performance.now();
  await store.restoreBackup(validated, 'replace');
  const restoreMs = since(start);
  db.close();
  await Dexie.delete(name);
  return { backupMs, validateMs, restoreMs, megabytes: Math.round(bytes.length / 1e5) / 10 };
}

declare global {
  interface Window {
    storeBench: { chunked: typeof chunked; naive: typeof naive; backup: typeof backup };
  }
}
window.storeBench = { chunked, naive, backup };
