import { create } from 'zustand';
import type { StoredDocument } from '@db/api';
import type { ParsedReport } from '@shared/model/report';
import type { ImportFailure } from '@workers/import-protocol';
import { parseInWorker } from '@workers/parse-in-worker';
import { reviewStore } from '@state/review-store';
import { useReviewData } from '@state/review-data';
import { refreshDocuments } from '@state/documents';
import { toStoreError } from '@db/errors';
import type { Text } from '@i18n/language';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; parsed: ParsedReport; text: string; encoding: string }
  | {
      step: 'duplicate';
      name: string;
      parsed: ParsedReport;
      text: string;
      existing: StoredDocument;
    }
  | { step: 'saving'; name: string }
  | {
      step: 'error';
      name: string;
      failure: ImportFailure | 'unsupported' | 'empty' | 'storage';
      /** the technical detail, or the store's explanation in both languages */
      message: string | Text;
    };

interface ImportFlowState {
  current: ImportStep;
  queue: IncomingFile[];
  imported: StoredDocument[];
  /** counts finished batches that stored something (the panel then opens the review) */
  completed: number;
  start(files: IncomingFile[]): void;
  confirm(options?: { allowDuplicate?: boolean }): Promise<void>;
  cancel(): void;
  dismiss(): void;
}

/** Hooks the page gives the flow: what to do once a document is stored. */
export const importEvents = { afterImport: (_document: StoredDocument) => {} };

const isText = (name: string) => /\.txt$/i.test(name);
/** nothing but whitespace (or a byte-order mark): say so rather than "no table found" */
const isBlank = (bytes: Uint8Array) =>
  bytes.every((byte) => byte <= 0x20 || byte === 0xef || byte === 0xbb || byte === 0xbf);

export const useImportFlow = create<ImportFlowState>()((set, get) => {
  async function next(): Promise<void> {
    const [file, ...rest] = get().queue;
    if (!file) {
      const done = get().imported.length > 0;
      set({ current: { step: 'idle' }, completed: done ? get().completed + 1 : get().completed });
      return;
    }
    set({ queue: rest, current: { step: 'reading', name: file.name } });
    if (!isText(file.name)) {
      set({
        current: { step: 'error', name: file.name, failure: 'unsupported', message: file.name },
      });
      return;
    }
    if (isBlank(file.bytes)) {
      set({ current: { step: 'error', name: file.name, failure: 'empty', message: file.name } });
      return;
    }
    const response = await parseInWorker({ name: file.name, bytes: file.bytes });
    if (!response.ok) {
      set({
        current: {
          step: 'error',
          name: file.name,
          failure: response.failure,
          message: response.message,
        },
      });
      return;
    }
    set({ current: { step: 'preview', name: file.name, ...response } });
  }

  return {
    current: { step: 'idle' },
    queue: [],
    imported: [],
    completed: 0,
    start(files) {
      if (files.length === 0) return;
      const busy = get().current.step !== 'idle' && get().current.step !== 'error';
      set({ queue: [...get().queue, ...files], imported: busy ? get().imported : [] });
      if (!busy) void next();
    },
    async confirm(options = {}) {
      const current = get().current;
      if (current.step !== 'preview' && current.step !== 'duplicate') return;
      const { name, parsed, text } = current;
      set({ current: { step: 'saving', name } });
      try {
        const store = await reviewStore();
        const result = await store.importDocument(parsed, { name, text }, options);
        if (result.status === 'duplicate') {
          set({ current: { step: 'duplicate', name, parsed, text, existing: result.existing } });
          return;
        }
        set({ imported: [...get().imported, result.document] });
        await Promise.all([refreshDocuments(), useReviewData.getState().load()]);
        importEvents.afterImport(result.document);
        await next();
      } catch (error) {
        const message = toStoreError(error).userMessage;
        set({ current: { step: 'error', name, failure: 'storage', message } });
      }
    },
    cancel() {
      void next();
    },
    dismiss() {
      void next();
    },
  };
});
