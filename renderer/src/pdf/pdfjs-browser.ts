/**
 * pdfjs-dist (standard build) for the browser and Electron, on the main thread and inside a worker.
 *
 * - Inside a worker (the import worker) pdfjs's own worker code runs in the same thread: a worker
 *   cannot rely on spawning nested workers everywhere, and the import worker is already off the
 *   main thread.
 * - On the main thread (the source panel renders pages) pdfjs gets its worker as an asset of our
 *   own origin (`?url`), which `worker-src 'self'` allows.
 * - cMaps and standard fonts ship with the app as hashed assets (`pdfjs-assets.ts`) and reach pdfjs
 *   through our own BinaryDataFactory, so nothing is fetched from anywhere but the app itself, under
 *   web mode's http:// and Electron's app:// alike. Without the cMaps, Korean CID fonts come out as
 *   `?` and private-use glyphs.
 */
import type { PdfPlatform, PdfjsModule } from '@shared/import/readers/pdf';
import { AppBinaryDataFactory } from './binary-data';

import type * as pdfjsTypes from 'pdfjs-dist';

/** `pdfjs-dist` is the standard build (`build/pdf.mjs`), typed by the package itself. */
type PdfjsBuild = typeof pdfjsTypes;

/** true inside a (dedicated) Web Worker, where there is no document */
const inWorker = (): boolean => typeof document === 'undefined';

async function loadBuild(): Promise<PdfjsBuild> {
  const pdfjs = await import('pdfjs-dist');
  if (inWorker()) {
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= await import('pdfjs-dist/build/pdf.worker.mjs');
  } else if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  }
  return pdfjs;
}

/**
 * Options for every `getDocument` call. `useWorkerFetch: false` makes pdfjs ask our factory for
 * cMaps and fonts instead of fetching URLs; eval is forbidden by the CSP; WebAssembly (JPEG 2000,
 * JBIG2, ICC) would need `wasm-unsafe-eval`, which the CSP does not grant, so pdfjs uses its
 * JavaScript paths. In a worker there is no document to load fonts into (the reader reads glyphs,
 * it does not paint them).
 */
function documentOptions(): Record<string, unknown> {
  return {
    BinaryDataFactory: AppBinaryDataFactory,
    useWorkerFetch: false,
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    useWasm: false,
    ...(inWorker() ? { disableFontFace: true, isOffscreenCanvasSupported: false } : {}),
  };
}

let loading: Promise<PdfPlatform> | undefined;

/**
 * pdfjs and the options to open a document with, loaded once per thread (the first PDF pays for
 * it, text imports never do). `createPdfReader(await loadPdfjs())` reads PDFs;
 * `platform.pdfjs.getDocument({ data, ...platform.documentOptions })` opens one for rendering
 * (cast `platform.pdfjs` to pdfjs-dist's own types to call `page.render`).
 */
export function loadPdfjs(): Promise<PdfPlatform> {
  loading ??= loadBuild().then((pdfjs) => ({
    pdfjs: pdfjs as unknown as PdfjsModule,
    documentOptions: documentOptions(),
  }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
