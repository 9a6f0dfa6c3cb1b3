/** A fresh fake IndexedDB per test, and a raw snapshot of every table to prove nothing changed. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CbrDatabase, type DatabaseOptions } from '../../../renderer/src/db/database';
import { createStore } from '../../../renderer/src/db/store';
import type { ImportHooks } from '../../../renderer/src/db/repositories/documents';

export function freshOptions(extra: DatabaseOptions = {}): DatabaseOptions {
  return { name: 'test', indexedDB: new IDBFactory(), IDBKeyRange, ...extra };
}

export function freshStore(hooks: ImportHooks = {}, options = freshOptions()) {
  const db = new CbrDatabase(options);
  return { db, store: createStore(db, hooks), options };
}

/** every row of every table, by table name */
export async function snapshot(db: CbrDatabase): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

export const file = (name: string) => ({ name, text: `${name}\n본문` });
