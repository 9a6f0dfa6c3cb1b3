/**
 * A stored PDF opened for showing its pages (the source panel), on the main thread with pdfjs's own
 * worker (`loadPdfjs`). The screens get this narrow interface, never pdfjs's types: one page is
 * painted at a time, a paint can be cancelled (the user moved on), and the document is destroyed
 * when nobody shows it any more.
 */
import type * as PdfjsDist from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { loadPdfjs } from './pdfjs-browser';

export interface PageSize {
  /** in PDF points, as the page is seen (rotation applied) */
  width: number;
  height: number;
}

export interface PagePaint {
  promise: Promise<void>;
  cancel(): void;
}

export interface RenderablePdf {
  numPages: number;
  pageSize(pageNumber: number): Promise<PageSize>;
  /**
   * Paints a page on the canvas: `cssScale` CSS pixels per point, `deviceScale` canvas pixels per
   * point (the pixel ratio, lowered for huge pages). The canvas gets its size and CSS size here.
   */
  paint(
    pageNumber: number,
    canvas: HTMLCanvasElement,
    cssScale: number,
    deviceScale: number,
  ): PagePaint;
  destroy(): Promise<void>;
}

/** pdfjs signals a paint cancelled by the caller this way; it is not an error to show */
export function isCancelledPaint(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'RenderingCancelledException';
}

function wrap(document: PDFDocumentProxy): RenderablePdf {
  return {
    numPages: document.numPages,
    async pageSize(pageNumber) {
      const page = await document.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      return { width: viewport.width, height: viewport.height };
    },
    paint(pageNumber, canvas, cssScale, deviceScale) {
      let task: RenderTask | undefined;
      let cancelled = false;
      const promise = document.getPage(pageNumber).then(async (page) => {
        if (cancelled)
          throw Object.assign(new Error('cancelled'), { name: 'RenderingCancelledException' });
        const viewport = page.getViewport({ scale: deviceScale });
        canvas.width = Math.max(1, Math.floor(viewport.width));
        canvas.height = Math.max(1, Math.floor(viewport.height));
        canvas.style.width = `${(viewport.width * cssScale) / deviceScale}px`;
        canvas.style.height = `${(viewport.height * cssScale) / deviceScale}px`;
        // pdfjs paints in slices between frames, so a heavy page keeps the window responsive
        task = page.render({ canvas, viewport });
        await task.promise;
      });
      return {
        promise,
        cancel() {
          cancelled = true;
          task?.cancel();
        },
      };
    },
    destroy: () => document.destroy(),
  };
}

/** opens the bytes (pdfjs gets a copy: it moves its buffer to the worker) */
export async function openPdf(bytes: Uint8Array): Promise<RenderablePdf> {
  const platform = await loadPdfjs();
  const pdfjs = platform.pdfjs as unknown as typeof PdfjsDist;
  const task = pdfjs.getDocument({
    ...platform.documentOptions,
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    return wrap(await task.promise);
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw error;
  }
}
