/**
 * The import worker's protocol: what the page sends it and what it answers. One worker reads one
 * file (a fresh worker per request; `parse-in-worker.ts` is the page's side).
 *
 * page → worker:  ImportRequest (once), then optionally CancelRequest
 * worker → page:  ImportProgress (any number, as pages/sections/rows are read), then one
 *                 ImportResult, after which the worker is done. Ignore any message whose `type`
 *                 is neither (pdfjs's in-thread worker announces itself on the same channel).
 *
 * To re-read a file with the user's corrections (import preview), send the same bytes again with
 * `options.corrections` or `options.spreadsheet`. Stable contract: the preview (branch `preview`)
 * builds on it; add optional fields, do not rename or remove.
 */
import type { DocumentCorrections, TableReading } from '@shared/import/interpret/table-corrections';
import type { ReaderErrorCode } from '@shared/import/readers/reader-error';
import type { SpreadsheetOptions } from '@shared/import/sheets/options';
import type { SpreadsheetSummary } from '@shared/import/sheets/parse-spreadsheet';
import type { LocalizedText } from '@shared/model/localized-text';
import type { DocumentFormat, ParsedReport } from '@shared/model/report';

/** How to read the file; everything optional (a first read sends none). */
export interface ImportReadOptions {
  /** the user's corrections to how tables were read (header rows, column roles, unit, parents) */
  corrections?: DocumentCorrections | readonly DocumentCorrections[];
  /** CSV/XLSX: encoding, sheet, unit, a confirmed column mapping, mappings saved before */
  spreadsheet?: SpreadsheetOptions;
  /** "today" for execution rates and projected lapses (ISO date); default: the worker's clock */
  today?: string;
}

/** page → worker: read this file */
export interface ImportRequest {
  /** the file's name, for messages and the document's title (the format comes from the bytes) */
  name: string;
  bytes: Uint8Array;
  options?: ImportReadOptions;
}

/** page → worker: stop reading; the worker answers with failure 'cancelled' */
export interface CancelRequest {
  type: 'cancel';
}

/** the request as posted, tagged (the page's channel is shared with pdfjs's in-thread worker) */
export type ReadRequest = ImportRequest & { type: 'read' };

export type PageToWorker = ReadRequest | CancelRequest;

/** worker → page: `done` of `total` read (pages of a PDF, sections of an HWP, rows of a sheet) */
export interface ImportProgress {
  type: 'progress';
  done: number;
  total: number;
}

/** everything the import preview needs; the command stores `parsed`, `text` and the bytes */
export interface ImportSuccess {
  ok: true;
  parsed: ParsedReport;
  /** the reader's text: the stored text that every SourceRef.line refers to */
  text: string;
  format: DocumentFormat;
  /** pages of the original (PDF, HWP where known) */
  pages?: number;
  /** text and CSV: the encoding read ('utf-8' | 'euc-kr'); other formats: '' */
  encoding: string;
  /** how each table was read, for the preview to show and correct (empty for sheets) */
  tableReadings: TableReading[];
  /** CSV/XLSX: the sheets, the column mapping used and the counts */
  spreadsheet?: SpreadsheetSummary;
  /** time the worker spent reading and interpreting, in milliseconds */
  elapsedMs: number;
}

/**
 * Why a file was not read. The reader's own codes (`ReaderErrorCode`: empty, undecodable, scanned,
 * password, drm, damaged, unsupported, too-large, cancelled), and:
 * - 'not-a-report': read, but no budget or personnel table was found
 * - 'sheet-choice': the sheet asked for is not in the workbook
 * - 'parse-failed': an unexpected error (a bug); `message` holds its detail
 */
export type ImportFailure = ReaderErrorCode | 'not-a-report' | 'sheet-choice' | 'parse-failed';

export interface ImportFailed {
  ok: false;
  failure: ImportFailure;
  /** the reader's message in both languages, or (parse-failed) the technical detail */
  message: LocalizedText | string;
  /** the format the bytes were taken for, where known */
  format?: DocumentFormat;
}

export type ImportResponse = ImportSuccess | ImportFailed;

/** the worker's answer as posted: always tagged, because pdfjs's worker code, running in the same
 * thread, posts its own messages to the page too (they carry no `type` and are ignored) */
export type ImportResult = ImportResponse & { type: 'result' };

export type WorkerToPage = ImportProgress | ImportResult;
