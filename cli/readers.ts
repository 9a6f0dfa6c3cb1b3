/**
 * The readers the CLI and the tests run in Node: PDF through pdfjs-dist's legacy build, with the
 * cMaps and standard fonts read from node_modules (file paths: pdfjs in Node reads them from disk,
/**
 * The readers the CLI and the tests run in Node: PDF through pdfjs-dist's legacy build, with the
 * cMaps and standard fonts read from node_modules (file paths: pdfjs in Node reads them from disk,
 * nothing is fetched). pdfjs is loaded on the first PDF, so reading text does not pay for it. HWP
 * and HWPX: cli/readers/hwp-node.ts. Text is built into readDocument.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Reader, Readers } from '../shared/import/readers';
import { createPdfReader, type PdfPlatform } from '../shared/import/readers/pdf';
import { hwpReaders } from './readers/hwp-node';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const nodePdfOptions = {
  cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
  useSystemFonts: false,
  isEvalSupported: false,
};

let platform: Promise<PdfPlatform> | undefined;

/** pdfjs's legacy build (the one that runs in Node) with the options above, loaded once. */
export function nodePdfPlatform(): Promise<PdfPlatform> {
  platform ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => ({
    pdfjs,
    documentOptions: nodePdfOptions,
  }));
  return platform;
}

const readPdf: Reader = async (bytes, options) =>
  createPdfReader(await nodePdfPlatform())(bytes, options);

export const nodeReaders: Readers = { pdf: readPdf, ...hwpReaders };
