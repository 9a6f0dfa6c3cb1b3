/**
 * The readers the CLI and the tests run in Node: PDF through pdfjs-dist's legacy build, with the
 * cMaps and standard fonts read from node_modules (file paths: pdfjs in Node reads them from disk,
 * nothing is fetched). Text is built into readDocument.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createPdfReader } from '../shared/import/readers/pdf';
import type { Readers } from '../shared/import/readers';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const nodePdfPlatform = {
  pdfjs,
  documentOptions: {
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    useSystemFonts: false,
    isEvalSupported: false,
  },
};

export const nodeReaders: Readers = {
  pdf: createPdfReader(nodePdfPlatform),
};
