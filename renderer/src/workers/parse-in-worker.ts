import { cancelled } from '@shared/import/readers/cancel';
import { LocalizedTextSchema } from '@shared/model/localized-text';
import type { ImportRequest, ImportResponse, PageToWorker, WorkerToPage } from './import-protocol';

export interface ParseInWorkerOptions {
  /** `done` of `total` read: pages of a PDF, sections of an HWP, rows of a sheet */
  onProgress?: (done: number, total: number) => void;
  /** aborting asks the worker to stop; it answers failure 'cancelled' */
  signal?: AbortSignal;
}

/** how long a cancelled worker may take to answer before it is terminated */
const CANCEL_GRACE_MS = 2000;

const cancelledAnswer: ImportResponse = {
  ok: false,
  failure: 'cancelled',
  message: LocalizedTextSchema.parse(cancelled()),
};

/** Reads one file in a fresh Web Worker and resolves with the worker's answer (never rejects). */
export function parseInWorker(
  request: ImportRequest,
  options: ParseInWorkerOptions = {},
): Promise<ImportResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    let settled = false;
    const finish = (response: ImportResponse) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(response);
    };
    // a reader busy in one long step answers late: the worker is ended after a grace period
    function cancel() {
      worker.postMessage({ type: 'cancel' } satisfies PageToWorker);
      setTimeout(() => finish(cancelledAnswer), CANCEL_GRACE_MS);
    }
    worker.onmessage = (event: MessageEvent<WorkerToPage>) => {
      const message = event.data as WorkerToPage | undefined;
      if (message?.type === 'progress') options.onProgress?.(message.done, message.total);
      else if (message?.type === 'result') {
        const { type: _type, ...response } = message;
        finish(response);
      }
    };
    worker.onerror = (event) =>
      finish({ ok: false, failure: 'parse-failed', message: event.message || 'worker error' });
    if (options.signal?.aborted) return finish(cancelledAnswer);
    options.signal?.addEventListener('abort', cancel);
    worker.postMessage({ type: 'read', ...request } satisfies PageToWorker);
  });
}
