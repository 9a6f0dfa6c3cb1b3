/**
 * 자료실 › 보고서 가져오기: a file is read into a preview (nothing stored), then, once the user
 * confirms, stored with its original bytes; the document list and the review follow, and the
 * automatic backup is scheduled.
 */
import type { ImportResult } from '@data/stored';
import type { ParsedReport } from '@shared/model/report';
import type { ImportFailure } from '@workers/import-protocol';
import { parseInWorker } from '@workers/parse-in-worker';
import { documentsChanged } from '../after-change';
import { showDocument } from './document-in-view';
import { getStore } from '../store';

export type { ImportFailure };

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/** a file read and interpreted, not stored yet */
export interface ReportPreview {
  name: string;
  /** the file as it arrived, kept with the document when it is not plain text */
  bytes: Uint8Array;
  parsed: ParsedReport;
  /** the document's text as the app shows it */
  text: string;
  encoding: string;
}

export type ReadResult =
  { ok: true; preview: ReportPreview } | { ok: false; failure: ImportFailure; message: string };

/** reads and interprets a file off the main thread; stores nothing */
export async function readReport(file: IncomingFile): Promise<ReadResult> {
  const response = await parseInWorker({ name: file.name, bytes: file.bytes });
  if (!response.ok) return response;
  const { parsed, text, encoding } = response;
  return { ok: true, preview: { name: file.name, bytes: file.bytes, parsed, text, encoding } };
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
  const format = parsed.document.format ?? 'text';
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
