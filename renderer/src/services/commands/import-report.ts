/**
 * 자료실 › 보고서 가져오기: a file is read into a preview (nothing stored), re-read as the user
 * corrects how its tables (or its spreadsheet columns) were read, then, once the user confirms,
 * stored with its original bytes and the corrections remembered; the document list and the review
 * follow, and the automatic backup is scheduled.
 */
import type { ImportResult } from '@data/stored';
import type {
  DocumentCorrections,
  SpreadsheetOptions,
  SpreadsheetSummary,
  TableReading,
} from '@shared/import';
import type { LocalizedText } from '@shared/model/localized-text';
import type { DocumentFormat, ParsedReport } from '@shared/model/report';
import type { ImportFailure, ImportReadOptions } from '@workers/import-protocol';
import { parseInWorker } from '@workers/parse-in-worker';
import { documentsChanged } from '../after-change';
import { showDocument } from './document-in-view';
import { getStore } from '../store';
import {
  rememberCorrections,
  rememberMapping,
  storedCorrections,
  storedMappings,
} from './reading-choices';

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
  /** how each table was read, for the preview to show and correct (empty for sheets) */
  tableReadings: TableReading[];
  /** CSV/XLSX: the sheets, the column mapping used and the counts */
  spreadsheet?: SpreadsheetSummary;
  /** the options this reading was made with */
  options: ImportReadOptions;
  /** milliseconds the worker took to read and interpret */
  elapsedMs: number;
  /** the corrections the reading was made under (remembered ones included) */
  corrections: DocumentCorrections;
  /** CSV/XLSX: what the user chose (sheet, unit, encoding, mapping) */
  sheetChoice: SpreadsheetOptions;
}

export type ReadResult =
  | { ok: true; preview: ReportPreview }
  | { ok: false; failure: ImportFailure; message: LocalizedText | string };

export interface ReadReportOptions {
  /** `done` of `total`: pages of a PDF, sections of an HWP, rows of a sheet */
  onProgress?: (done: number, total: number) => void;
  /** aborting cancels the reading (the answer is failure 'cancelled') */
  signal?: AbortSignal;
}

/** What the user changed in the preview: the table corrections, or the spreadsheet choices. */
export interface PreviewChange {
  corrections?: DocumentCorrections;
  sheetChoice?: SpreadsheetOptions;
}

async function read(
  file: IncomingFile,
  corrections: readonly DocumentCorrections[],
  sheetChoice: SpreadsheetOptions,
  { onProgress, signal }: ReadReportOptions = {},
): Promise<ReadResult> {
  const saved = await storedMappings();
  const options: ImportReadOptions = { corrections, spreadsheet: { ...sheetChoice, saved } };
  const response = await parseInWorker(
    { name: file.name, bytes: file.bytes, options },
    { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
  );
  if (!response.ok) return { ok: false, failure: response.failure, message: response.message };
  const { parsed, text, encoding, format, pages, tableReadings, spreadsheet, elapsedMs } = response;
  const sha256 = parsed.document.sha256;
  const applied = corrections.find((document) => document.sha256 === sha256);
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
    corrections: applied ?? { sha256, tables: [] },
    sheetChoice,
  };
  if (pages !== undefined) preview.pages = pages;
  if (spreadsheet) preview.spreadsheet = spreadsheet;
  return { ok: true, preview };
}

/**
 * Reads and interprets a file off the main thread, in any format the readers read (told from its
 * first bytes), with the corrections and column mappings remembered before; stores nothing.
 */
export async function readReport(
  file: IncomingFile,
  options: ReadReportOptions = {},
): Promise<ReadResult> {
  return read(file, await storedCorrections(), {}, options);
}

/** the same file read again under the user's changes; stores nothing */
export async function rereadReport(
  preview: ReportPreview,
  change: PreviewChange,
  options: ReadReportOptions = {},
): Promise<ReadResult> {
  const corrections = change.corrections ?? preview.corrections;
  return read(preview, [corrections], change.sheetChoice ?? preview.sheetChoice, options);
}

/**
 * Stores a previewed report in one transaction, or answers 'duplicate' (nothing stored) when the
 * same content is there and `allowDuplicate` is not set. PDF, HWP and spreadsheet files keep their
 * bytes, for showing the original page or cell; a text file's text is the document. The table
 * corrections and a spreadsheet's confirmed mapping are remembered for the next import.
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
    await rememberCorrections(preview.corrections);
    const mapping = preview.spreadsheet?.mapping;
    if (mapping?.columns.some((column) => column.role !== 'ignore')) await rememberMapping(mapping);
    await documentsChanged();
    // the review opens on what was just imported, not on every stored document added up
    await showDocument(result.document.id);
  }
  return result;
}
