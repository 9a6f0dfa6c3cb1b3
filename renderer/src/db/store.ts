/** The LocalStore over one database: the repositories and the backup functions put together. */
import type { ImportLogEntry, LocalStore } from './api';
import { createBackup } from './backup/create';
import { readBackup } from './backup/read';
import { restoreBackup } from './backup/restore';
import type { CbrDatabase } from './database';
import { guarded } from './errors';
import { documentsRepository, type ImportHooks } from './repositories/documents';
import { linesRepository } from './repositories/lines';
import { notesRepository } from './notes/repository';
import { packsRepository } from './repositories/packs';

export function createStore(db: CbrDatabase, hooks: ImportHooks = {}): LocalStore {
  return {
    ...documentsRepository(db, hooks),
    ...linesRepository(db),
    ...notesRepository(db),
    ...packsRepository(db),
    importLog: () =>
      guarded(async () =>
        db.hasTable('importLog') ? ((await db.importLog.toArray()) as ImportLogEntry[]) : [],
      ),
    createBackup: () => createBackup(db),
    readBackup,
    restoreBackup: (backup, mode) => restoreBackup(db, backup, mode),
  };
}
