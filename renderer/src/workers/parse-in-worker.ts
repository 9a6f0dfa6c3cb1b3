import type { ImportRequest, ImportResponse } from './import-protocol';

/** Parses one file in a fresh Web Worker and resolves with the worker's answer. */
export function parseInWorker(request: ImportRequest): Promise<ImportResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const finish = (response: ImportResponse) => {
      worker.terminate();
      resolve(response);
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => finish(event.data);
    worker.onerror = (event) =>
      finish({ ok: false, failure: 'parse-failed', message: event.message || 'worker error' });
    worker.postMessage(request);
  });
}
