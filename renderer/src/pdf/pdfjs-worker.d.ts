/** pdfjs's worker code, imported into a thread that runs it itself (see pdfjs-browser.ts). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
