/**
 * The stored documents (자료실, 브리핑 자료, 비교 list them). Filled by services (loadDocumentList,
 * and every command that adds or removes a document); features only read it. Listing never touches
 * line chunks, so it stays instant with a million lines stored.
 */
import { create } from 'zustand';
import type { StoredDocument } from '@data/stored';
import type { LocalizedText } from '@shared/model/localized-text';

export interface DocumentListState {
  documents: StoredDocument[];
  /** false until the first list has loaded */
  loaded: boolean;
  error?: LocalizedText;
}

export const useDocumentList = create<DocumentListState>()(() => ({
  documents: [],
  loaded: false,
}));
