/**
 * Everything the review shows from the store: documents, lines, findings and notes. Filled by
 * services (loadReviewData, and the commands that change documents or notes); features only read it.
 */
import { create } from 'zustand';
import type { Note, StoredDocument, StoredFinding, StoredLine } from '@data/stored';

export interface ReviewDataState {
  /** 'idle' until the review is first opened: nothing is loaded for a screen never shown */
  status: 'idle' | 'loading' | 'ready' | 'error';
  error?: string;
  documents: StoredDocument[];
  lines: StoredLine[];
  findings: StoredFinding[];
  notes: Note[];
}

export const useReviewData = create<ReviewDataState>()(() => ({
  status: 'idle',
  documents: [],
  lines: [],
  findings: [],
  notes: [],
}));
