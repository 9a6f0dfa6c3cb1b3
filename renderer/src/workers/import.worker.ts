/// <reference lib="webworker" />
import type { ImportRequest, PageToWorker, WorkerToPage } from './import-protocol';
import { readFile } from './read-file';

/**
 * Reads one file off the main thread (see import-protocol.ts), so the page stays responsive and
 * can show progress and cancel on big files.
 */
const abort = new AbortController();
const post = (message: WorkerToPage) => self.postMessage(message);

/** a sheet reports every few rows: tell the page at most every 50 ms, and always the last */
function progressPoster(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 50) return;
    last = now;
    post({ type: 'progress', done, total });
  };
}

async function read(request: ImportRequest): Promise<void> {
  const response = await readFile(request, progressPoster(), abort.signal);
  post({ type: 'result', ...response });
}

self.onmessage = (event: MessageEvent<PageToWorker>) => {
  const message = event.data;
  if (message?.type === 'cancel') abort.abort();
  else if (message?.type === 'read') void read(message);
};
