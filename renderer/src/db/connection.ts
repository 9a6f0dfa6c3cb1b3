/**
 * Opening the database, and the health of the open connection: a schema upgrade made by another
 * window (versionchange), an upgrade blocked by another window, or an upgrade that failed (the old
 * database is then opened as it is, so the data can still be read and backed up). The app's
 * services keep the one connection and show its health (services/store.ts).
 */
import type Dexie from 'dexie';
import { CbrDatabase, type DatabaseOptions } from './database';
import { type StoreError, storeError, toStoreError } from './errors';

export type DatabaseHealth =
  | { state: 'opening' }
  | { state: 'ready' }
  /** an upgrade failed: the previous version is open as it was */
  | { state: 'degraded'; error: StoreError }
  /** another window upgraded the database: this one must reload */
  | { state: 'reload-needed'; error: StoreError }
  /** our upgrade waits for another window to close its connection */
  | { state: 'blocked'; error: StoreError }
  | { state: 'failed'; error: StoreError };

let health: DatabaseHealth = { state: 'opening' };
const listeners = new Set<(health: DatabaseHealth) => void>();

/** the health of this window's connection (one per window: several windows share the database) */
export function databaseHealth(): DatabaseHealth {
  return health;
}

/** calls `listener` on every change of health; returns the unsubscribe function */
export function onDatabaseHealth(listener: (health: DatabaseHealth) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** back to 'opening' (tests open several databases in one process) */
export function resetDatabaseHealth(): void {
  setHealth({ state: 'opening' });
}

function setHealth(next: DatabaseHealth) {
  health = next;
  for (const listener of listeners) listener(next);
}

function watch(db: Dexie) {
  db.on('versionchange', () => {
    db.close();
    setHealth({ state: 'reload-needed', error: storeError('closed') });
    return false; // we handled it: Dexie must not reopen behind the user's back
  });
  db.on('blocked', () => setHealth({ state: 'blocked', error: storeError('blocked') }));
}

/**
 * Opens the database at the latest schema; when the upgrade fails, opens the previous version as
 * it is on disk (Dexie dynamic mode) and reports 'degraded' with the reason.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<CbrDatabase> {
  const db = new CbrDatabase(options);
  watch(db);
  try {
    await db.open();
    if (health.state !== 'reload-needed') setHealth({ state: 'ready' });
    return db;
  } catch (error) {
    const previous = await openAsItIs(options);
    if (!previous || previous.verno >= db.verno) {
      previous?.close();
      const failure = toStoreError(error);
      setHealth({ state: 'failed', error: failure });
      throw failure;
    }
    watch(previous);
    setHealth({ state: 'degraded', error: storeError('upgrade-failed', error) });
    return previous;
  }
}

/** the database at whatever version is on disk, or undefined when there is none or it won't open */
async function openAsItIs(options: DatabaseOptions): Promise<CbrDatabase | undefined> {
  const previous = new CbrDatabase({ ...options, versions: [] });
  try {
    await previous.open();
    if (previous.tables.length > 0) return previous;
    previous.close();
  } catch {
    // nothing usable on disk
  }
  return undefined;
}
