import type { ParsedReport } from '@shared/model/report';

/** What the page sends the import worker: one file's bytes. */
export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
}

export type ImportFailure = 'undecodable' | 'not-a-report' | 'parse-failed';

/** What the worker answers: the parsed report and its text, or why it could not read the file. */
export type ImportResponse =
  | { ok: true; parsed: ParsedReport; text: string; encoding: string }
  | { ok: false; failure: ImportFailure; message: string };
