/** How long the preview waits after the last change before reading the file again. */
export const REREAD_DELAY_MS = 250;

export interface RereadScheduler<Change> {
  /** a change the user made: merged with the ones not read yet, read after a quiet pause */
  change(change: Change): void;
  /** drops what is waiting and stops a re-read under way (the preview closed) */
  stop(): void;
}

/**
 * Debounces re-reading the previewed file: changes (a keystroke in a correction, a column's role)
 * pile up until `delay` ms pass without another, then one re-read runs with all of them. A change
 * arriving while a re-read runs aborts it: its result, stale, is never shown.
 */
export function rereadScheduler<Change extends object, Result>(options: {
  delay?: number;
  read(change: Change, signal: AbortSignal): Promise<Result>;
  /** the latest re-read's result; `more`: newer changes wait to be read */
  done(result: Result, more: boolean): void;
}): RereadScheduler<Change> {
  const delay = options.delay ?? REREAD_DELAY_MS;
  let pending: Change | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: AbortController | undefined;
  /** the changes the running re-read reads: carried into the next one if it is aborted */
  let runningChange: Change | undefined;

  function abortRunning(): void {
    if (!running) return;
    running.abort();
    running = undefined;
    pending = { ...runningChange, ...pending } as Change;
    runningChange = undefined;
  }

  async function fire(): Promise<void> {
    timer = undefined;
    const change = pending;
    if (!change) return;
    pending = undefined;
    const controller = new AbortController();
    running = controller;
    runningChange = change;
    let result: Result;
    try {
      result = await options.read(change, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      throw error;
    } finally {
      if (running === controller) [running, runningChange] = [undefined, undefined];
    }
    if (controller.signal.aborted) return;
    options.done(result, pending !== undefined || timer !== undefined);
  }

  return {
    change(change) {
      // each change carries the whole new state of what it changes: the latest one wins
      abortRunning();
      pending = { ...pending, ...change } as Change;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void fire(), delay);
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      running?.abort();
      [running, runningChange, pending] = [undefined, undefined, undefined];
    },
  };
}
