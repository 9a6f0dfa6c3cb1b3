import type { DocumentFormat } from '../../../model/report';
import { cancelled } from '../read-document';
import type { ReadOptions } from '../types';

/** How often a reader reports progress and lets the event loop run (a cancel lands then). */
const SLICE_MS = 50;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Paces a long read: after each unit of work (a paragraph), every 50 ms or so, reports progress
 * and yields to the event loop so that an abort sent to the worker can arrive, then stops with
 * ReaderError 'cancelled' if it did. A 300-page document reads in one section; counting its
 * paragraphs is what makes its progress bar move.
 */
export class Pacer {
  private done = 0;
  private last = performance.now();

  constructor(
    private readonly total: number,
    private readonly options: ReadOptions,
    private readonly format: DocumentFormat,
  ) {}

  async step(): Promise<void> {
    this.done++;
    if (performance.now() - this.last < SLICE_MS && this.done < this.total) return;
    this.options.onProgress?.(this.done, this.total);
    await nextTask();
    this.last = performance.now();
    if (this.options.signal?.aborted) throw cancelled(this.format);
  }

  /** Before any work: a read cancelled before it starts does not start. */
  check(): void {
    if (this.options.signal?.aborted) throw cancelled(this.format);
  }
}
