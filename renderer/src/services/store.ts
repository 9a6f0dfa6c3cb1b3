/**
 * The one store the services use, and the platform's backup writer. The database opens on first use
 * and its health feeds the banner; main.tsx provides the platform, tests provide a store of their
 * own. Only files in services/ call getStore().
 */
import type { LocalStore } from '@db/api';
import type { BackupWriter } from '@db/backup/auto';
import { onDatabaseHealth, openDatabase, type DatabaseHealth } from '@db/connection';
import { createStore } from '@db/store';
import { useDatabaseHealth } from '@state/database-health';

let store: Promise<LocalStore> | undefined;
let writer: BackupWriter = {};

export function provideServices(provided: {
  store?: LocalStore;
  /** Electron's folder writer for automatic backups; the browser has none */
  backupWriter?: BackupWriter;
}): void {
  if (provided.store) store = Promise.resolve(provided.store);
  if (provided.backupWriter) writer = provided.backupWriter;
}

export function getStore(): Promise<LocalStore> {
  store ??= openAppDatabase();
  return store;
}

export function backupWriter(): BackupWriter {
  return writer;
}

function openAppDatabase(): Promise<LocalStore> {
  onDatabaseHealth(showHealth);
  return openDatabase().then((db) => createStore(db));
}

function showHealth(health: DatabaseHealth): void {
  useDatabaseHealth.setState(
    health.state === 'opening' || health.state === 'ready'
      ? { state: health.state, message: undefined }
      : { state: health.state, message: health.error.userMessage },
  );
}
