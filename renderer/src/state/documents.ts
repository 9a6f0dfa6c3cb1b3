/**
 * The document list the 자료실 shows, shared by every component that changes it. After an import
 * (the import panel), a delete, an undo or a restore, call `useDocuments.getState().refresh()`.
 * Listing never touches line chunks, so it stays instant with a million lines stored. When the
 * list changed and automatic backups are on (Electron), today's backup file is rewritten.
 */
import { create } from 'zustand';
import type { StoredDocument } from '@db/api';
import { getStore } from '@db/connection';
import { toStoreError } from '@db/errors';
import type { Text } from '@i18n/language';
import { runAutoBackup } from '@db/backup/auto';
import { platform } from '@platform';

interface DocumentsState {
  documents: StoredDocument[];
  /** false until the first list has loaded */
  loaded: boolean;
  error?: Text;
  refresh(): Promise<void>;
}

const signature = (documents: readonly StoredDocument[]) =>
  documents.map((doc) => doc.id).join(',');

export const useDocuments = create<DocumentsState>((set, get) => ({
  documents: [],
  loaded: false,
  refresh: async () => {
    try {
      const store = await getStore();
      const documents = await store.listDocuments();
      const changed = get().loaded && signature(get().documents) !== signature(documents);
      set({ documents, loaded: true, error: undefined });
      if (changed) void runAutoBackup(store, platform);
    } catch (error) {
      set({ loaded: true, error: toStoreError(error).userMessage });
    }
  },
}));

/** for non-React callers (the import flow): reload the list after a change */
export function refreshDocuments(): Promise<void> {
  return useDocuments.getState().refresh();
}
