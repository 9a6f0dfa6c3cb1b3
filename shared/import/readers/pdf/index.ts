export { createPdfReader } from './pdf-reader';
export type { PdfPlatform, PdfjsModule } from './pdfjs-types';
