/**
 * 자료실 › 보고서 가져오기: a file is read into a preview (nothing stored), then, once the user
 * confirms, stored with its original bytes; the document list and the review follow, and the
 * automatic backup is scheduled.
 */
import type { ImportResult } from '@data/stored';
import type { TableReading } from '@shared/import/interpret/table-corrections';
import type { SpreadsheetSummary } from '@shared/import/sheets/parse-spreadsheet';
import type { LocalizedText } from '@shared/model/localized-text';
import type { DocumentFormat, ParsedReport } from '@shared/model/report';
import type { ImportFailure, ImportReadOptions } from '@workers/import-protocol';
import { parseInWorker } from '@workers/parse-in-worker';
import { documentsChanged } from '../after-change';
import { showDocument } from './document-in-view';
import { getStore } from '../store';

export type { ImportFailure, ImportReadOptions };

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** the file's size when its bytes were not read (larger than the app reads) */
  size?: number;
}

/** a file read and interpreted, not stored yet */
export interface ReportPreview {
  name: string;
  /** the file as it arrived, kept with the document when it is not plain text */
  bytes: Uint8Array;
  parsed: ParsedReport;
  /** the document's text as the app shows it (the reader's text; SourceRef.line counts its lines) */
  text: string;
  encoding: string;
  format: DocumentFormat;
  pages?: number;
  /** how each table was read, for the preview to show and correct */
  tableReadings: TableReading[];
  /** CSV/XLSX: the sheets, the column mapping used and the counts */
  spreadsheet?: SpreadsheetSummary;
  /** the options this reading was made with (to re-read with more) */
  options: ImportReadOptions;
  /** milliseconds the worker took to read and interpret */
  elapsedMs: number;
}

export type ReadResult =
  | { ok: true; preview: ReportPreview }
  | { ok: false; failure: ImportFailure; message: LocalizedText | string };

export interface ReadReportOptions extends ImportReadOptions {
  /** `done` of `total`: pages of a PDF, sections of an HWP, rows of a sheet */
  onProgress?: (done: number, total: number) => void;
  /** aborting cancels the reading (the answer is failure 'cancelled') */
  signal?: AbortSignal;
}

/**
 * Reads and interprets a file off the main thread, in any format the readers read (told from its
 * first bytes); stores nothing. Call again with `corrections` or `spreadsheet` to re-read.
 */
export async function readReport(
  file: IncomingFile,
  { onProgress, signal, ...options }: ReadReportOptions = {},
): Promise<ReadResult> {
  const response = await parseInWorker(
    { name: file.name, bytes: file.bytes, options },
    { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
  );
  if (!response.ok) return { ok: false, failure: response.failure, message: response.message };
  const { parsed, text, encoding, format, pages, tableReadings, spreadsheet, elapsedMs } = response;
  const preview: ReportPreview = {
    name: file.name,
    bytes: file.bytes,
    parsed,
    text,
    encoding,
    format,
    tableReadings,
    options,
    elapsedMs,
  };
  if (pages !== undefined) preview.pages = pages;
  if (spreadsheet) preview.spreadsheet = spreadsheet;
  return { ok: true, preview };
}

/**
 * Stores a previewed report in one transaction, or answers 'duplicate' (nothing stored) when the
 * same content is there and `allowDuplicate` is not set. PDF, HWP and spreadsheet files keep their
 * bytes, for showing the original page or cell; a text file's text is the document.
 */
export async function importReport(
  preview: ReportPreview,
  options: { allowDuplicate?: boolean } = {},
): Promise<ImportResult> {
  const { name, text, parsed, bytes } = preview;
  const format = preview.format ?? parsed.document.format ?? 'text';
  const original = format === 'text' ? undefined : bytes;
  const store = await getStore();
  const result = await store.importDocument(parsed, { name, text, original }, options);
  if (result.status === 'imported') {
    await documentsChanged();
    // the review opens on what was just imported, not on every stored document added up
    await showDocument(result.document.id);
  }
  return result;
}
