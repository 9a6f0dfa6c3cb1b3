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
  type ReadResult,
  type IncomingFile,
  type ReportPreview,
} from '@services';
import { rereadScheduler } from './reread-scheduler';
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
      /** the user's changes not read yet (the controls show them; a re-read follows a pause) */
      pending?: PreviewChange;
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
  /**
   * reads the previewed file again under the user's corrections or spreadsheet choices, once the
   * changes pause (a newer change cancels a re-read under way)
   */
  reread(change: PreviewChange): void;
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

const cancelledRead: ReadResult = { ok: false, failure: 'cancelled', message: '' };

export const useImportFlow = create<ImportFlowState>()((set, get) => {
  let reading: AbortController | undefined;

  const rereads = rereadScheduler<PreviewChange, ReadResult>({
    read(change, signal) {
      const current = get().current;
      if (current.step !== 'preview') return Promise.resolve(cancelledRead);
      return rereadReport(current.preview, change, { signal });
    },
    done(response, more) {
      const now = get().current;
      if (now.step !== 'preview') return;
      if (!response.ok && response.failure === 'cancelled') return;
      const waiting = more ? { pending: now.pending, rereading: true } : {};
      set({
        current: response.ok
          ? { step: 'preview', name: now.name, preview: response.preview, ...waiting }
          : { ...now, rereading: more, rereadError: response.message },
      });
    },
  });

  async function next(): Promise<void> {
    rereads.stop();
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
      // changes not read yet would be lost: the button waits for the re-read
      if (current.step === 'preview' && current.rereading) return;
      const { name, preview } = current;
      rereads.stop();
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
    reread(change) {
      const current = get().current;
      if (current.step !== 'preview') return;
      const pending = { ...current.pending, ...change };
      set({ current: { ...current, pending, rereading: true, rereadError: undefined } });
      rereads.change(change);
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
