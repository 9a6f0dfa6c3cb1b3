import type { DocumentFormat } from '../../model/report';

export type ReaderErrorCode =
  /** nothing in the file */
  | 'empty'
  /** text in an encoding we do not read */
  | 'undecodable'
  /** a PDF of page images: no text to read */
  | 'scanned'
  /** the file is encrypted and cannot be opened without its password */
  | 'password'
  /** a DRM wrapper (e.g. MarkAny) around the real file */
  | 'drm'
  /** the bytes are not a valid file of the format they claim */
  | 'damaged'
  /** a format we do not read (a Word file, HWP 3, an image…) */
  | 'unsupported'
  /** larger than the reader accepts */
  | 'too-large'
  /** the user cancelled */
  | 'cancelled';

/** Why a file could not be read, in Korean and English, so the UI and the CLI can say it plainly. */
export class ReaderError extends Error {
  readonly code: ReaderErrorCode;
  readonly ko: string;
  readonly en: string;
  readonly format: DocumentFormat | undefined;

  constructor(code: ReaderErrorCode, message: { ko: string; en: string }, format?: DocumentFormat) {
    super(`${message.ko} / ${message.en}`);
    this.name = 'ReaderError';
    this.code = code;
    this.ko = message.ko;
    this.en = message.en;
    this.format = format;
  }
}

export function isReaderError(error: unknown): error is ReaderError {
  return error instanceof ReaderError;
}
