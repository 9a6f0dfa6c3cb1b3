/**
 * The app's one connection to the database, and its health for the UI: a schema upgrade made by
 * another window (versionchange), an upgrade blocked by another window, or an upgrade that failed
 * (the old database is then opened as it is, so the data can still be read and backed up).
 */
import type Dexie from 'dexie';
import { create } from 'zustand';
import type { LocalStore } from './api';
import { CbrDatabase, type DatabaseOptions } from './database';
import { type StoreError, storeError, toStoreError } from './errors';
import { createStore } from './store';

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

export const useDatabaseHealth = create<{ health: DatabaseHealth }>(() => ({
  health: { state: 'opening' },
}));

const setHealth = (health: DatabaseHealth) => useDatabaseHealth.setState({ health });

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
    if (useDatabaseHealth.getState().health.state !== 'reload-needed')
      setHealth({ state: 'ready' });
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

let shared: Promise<LocalStore> | undefined;

/** the app-wide store (opened on first use) */
export function getStore(): Promise<LocalStore> {
  shared ??= openDatabase().then((db) => createStore(db));
  return shared;
}
