import { create } from 'zustand';
import type { StoredDocument } from '@data/stored';
import type { LocalizedText } from '@shared/model/localized-text';
import {
  failureMessage,
  importReport,
  readReport,
  rereadReport,
  type ImportFailure,
  type PreviewChange,
  type IncomingFile,
  type ReportPreview,
} from '@services';
import { MAX_IMPORT_BYTES, tooLargeMessage } from './size-limit';

export type { IncomingFile };

/** `done` of `total` read: pages of a PDF, sections of an HWP, rows of a sheet */
export interface ReadProgress {
  done: number;
  total: number;
}

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; name: string; progress?: ReadProgress }
  | {
      step: 'preview';
      name: string;
      preview: ReportPreview;
      /** re-reading under the user's corrections; the preview shown is the previous reading */
      rereading?: boolean;
      /** why the last re-read failed (the previous reading stays) */
      rereadError?: string | LocalizedText;
    }
  | { step: 'duplicate'; name: string; preview: ReportPreview; existing: StoredDocument }
  | { step: 'saving'; name: string }
  | {
      step: 'error';
      name: string;
      failure: ImportFailure | 'storage';
      /** the technical detail, or the store's explanation in both languages */
      message: string | LocalizedText;
    };

interface ImportFlowState {
  current: ImportStep;
  queue: IncomingFile[];
  imported: StoredDocument[];
  /** counts finished batches that stored something (the panel then opens the review) */
  completed: number;
  start(files: IncomingFile[]): void;
  confirm(options?: { allowDuplicate?: boolean }): Promise<void>;
  /** reads the previewed file again under the user's corrections or spreadsheet choices */
  reread(change: PreviewChange): Promise<void>;
  cancel(): void;
  /** stops reading the current file (nothing is stored) */
  stopReading(): void;
  dismiss(): void;
}
/** refused before reading: too big to read in the page, or nothing in it */
function refusal(
  file: IncomingFile,
): { failure: 'too-large' | 'empty'; message: LocalizedText | string } | undefined {
  const size = file.size ?? file.bytes.byteLength;
  if (size > MAX_IMPORT_BYTES) return { failure: 'too-large', message: tooLargeMessage(size) };
  if (isBlank(file.bytes)) return { failure: 'empty', message: file.name };
  return undefined;
}

/** nothing but whitespace (or a byte-order mark): say so rather than "no table found" */
const isBlank = (bytes: Uint8Array) =>
  bytes.every((byte) => byte <= 0x20 || byte === 0xef || byte === 0xbb || byte === 0xbf);

export const useImportFlow = create<ImportFlowState>()((set, get) => {
  let reading: AbortController | undefined;

  async function next(): Promise<void> {
    const [file, ...rest] = get().queue;
    if (!file) {
      const done = get().imported.length > 0;
      set({ current: { step: 'idle' }, completed: done ? get().completed + 1 : get().completed });
      return;
    }
    set({ queue: rest, current: { step: 'reading', name: file.name } });
    const refused = refusal(file);
    if (refused) {
      set({ current: { step: 'error', name: file.name, ...refused } });
      return;
    }
    reading = new AbortController();
    const response = await readReport(file, {
      signal: reading.signal,
      onProgress: (done, total) =>
        set({ current: { step: 'reading', name: file.name, progress: { done, total } } }),
    });
    reading = undefined;
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
    set({ current: { step: 'preview', name: file.name, preview: response.preview } });
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
      const { name, preview } = current;
      set({ current: { step: 'saving', name } });
      try {
        // the command stores it, reloads the document list and the review, schedules the backup
        const result = await importReport(preview, options);
        if (result.status === 'duplicate') {
          set({ current: { step: 'duplicate', name, preview, existing: result.existing } });
          return;
        }
        set({ imported: [...get().imported, result.document] });
        await next();
      } catch (error) {
        set({
          current: { step: 'error', name, failure: 'storage', message: failureMessage(error) },
        });
      }
    },
    async reread(change) {
      const current = get().current;
      if (current.step !== 'preview' || current.rereading) return;
      set({ current: { ...current, rereading: true, rereadError: undefined } });
      const response = await rereadReport(current.preview, change);
      const now = get().current;
      if (now.step !== 'preview' || now.preview !== current.preview) return; // cancelled meanwhile
      set({
        current: response.ok
          ? { step: 'preview', name: current.name, preview: response.preview }
          : { ...current, rereading: false, rereadError: response.message },
      });
    },
    cancel() {
      void next();
    },
    stopReading() {
      reading?.abort();
    },
    dismiss() {
      void next();
    },
  };
});
