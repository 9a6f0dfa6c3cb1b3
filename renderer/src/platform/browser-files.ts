/** Pure helpers of the browser platform (kept apart so they are testable without a DOM). */
import { MAX_IPC_FILE_BYTES } from '../../../shared/ipc-contract';
import type { PickedFile } from './platform';

const MIME_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The value of <input accept>: entries trimmed, empty ones dropped, joined with commas. */
export function acceptAttribute(accept: readonly string[]): string {
  return accept
    .map((entry) => entry.trim())
    .filter(Boolean)
    .join(',');
}

/** The MIME type for a download: the caller's, else guessed from the name's extension. */
export function downloadMimeType(fileName: string, mimeType?: string): string {
  if (mimeType) return mimeType;
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** A download name without folders or characters file systems refuse. */
export function downloadFileName(name: string): string {
  const cleaned = [...name]
    .map((character) =>
      character.charCodeAt(0) < 32 || '/\\:*?"<>|'.includes(character) ? '_' : character,
    )
    .join('')
    .trim();
  return cleaned || 'download';
}

/**
 * Browsers offer the page title as the PDF's file name in the print dialog, so the title is set
 * to the suggested name (without .pdf) while the dialog is open.
 */
export function printTitle(suggestedName: string): string {
  return downloadFileName(suggestedName).replace(/\.pdf$/i, '');
}

/**
 * A picked or dropped file's bytes, or only its size when it is larger than the app reads:
 * reading it whole would stall the tab, so the import names the file and the limit instead.
 */
export async function readPicked(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<PickedFile> {
  if (file.size > MAX_IPC_FILE_BYTES)
    return { name: file.name, bytes: new Uint8Array(), size: file.size };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
