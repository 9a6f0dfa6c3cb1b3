/**
 * The readers the import worker runs: every format the CLI reads. PDF through pdfjs's standard
 * build (loaded on the first PDF only), HWP/HWPX and the sheets in pure TypeScript. Text is built
 * into readDocument.
 */
import { loadPdfjs } from '../pdf/pdfjs-browser';
import type { Reader, Readers } from '@shared/import/readers';
import { readHwp } from '@shared/import/readers/hwp/hwp-reader';
import { readHwpx } from '@shared/import/readers/hwpx/hwpx-reader';
import { createPdfReader } from '@shared/import/readers/pdf';
import { spreadsheetReaders } from '@shared/import/readers/spreadsheet-readers';

const readPdf: Reader = async (bytes, options) =>
  createPdfReader(await loadPdfjs())(bytes, options);

export const browserReaders: Readers = {
  pdf: readPdf,
  hwp: readHwp,
  hwpx: readHwpx,
  ...spreadsheetReaders,
};
