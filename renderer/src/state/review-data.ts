import { create } from 'zustand';
import type { Note, StoredDocument, StoredFinding, StoredLine } from '@db/api';
import { reviewStore } from './review-store';

interface ReviewDataState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error?: string;
  documents: StoredDocument[];
  lines: StoredLine[];
  findings: StoredFinding[];
  notes: Note[];
  /** loads everything the review shows; call after an import or removal */
  load(): Promise<void>;
  reloadNotes(): Promise<void>;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useReviewData = create<ReviewDataState>()((set) => ({
  status: 'idle',
  documents: [],
  lines: [],
  findings: [],
  notes: [],
  async load() {
    set({ status: 'loading', error: undefined });
    try {
      const store = await reviewStore();
      const [documents, lines, findings, notes] = await Promise.all([
        store.listDocuments(),
        store.linesFor(),
        store.findingsFor(),
        store.notesFor(),
      ]);
      set({ status: 'ready', documents, lines, findings, notes });
    } catch (error) {
      set({ status: 'error', error: message(error) });
    }
  },
  async reloadNotes() {
    try {
      set({ notes: await (await reviewStore()).notesFor() });
    } catch (error) {
      set({ error: message(error) });
    }
  },
}));
