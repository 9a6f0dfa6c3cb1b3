import type { Block } from '../blocks/types';
import type { DocumentFormat, ImportWarning } from '../../model/report';
import type { SourcePosition } from '../../model/source';
import type { SpreadsheetOptions } from '../sheets/options';
import type { SheetGrid } from '../sheets/types';

/** What a reader makes of a file: the same blocks for every format, and the text they refer to. */
export interface ReaderOutput {
  format: DocumentFormat;
  /**
   * The document as text, as the app stores and shows it: for a text file the file itself; for
   * other formats one line per visual line or table row, a table's cells joined by tabs. Block
   * and source line numbers are 1-based lines of this text.
   */
  text: string;
  blocks: Block[];
  /** where each line of `text` sits in the original (1-based line → position); absent for text */
  positions?: ReadonlyMap<number, SourcePosition>;
  /** what the reader could not read, and where (a table it could not split, a damaged page) */
  warnings: ImportWarning[];
  /** pages of the original, where the format has pages */
  pages?: number;
  /** the text encoding, for text formats */
  encoding?: 'utf-8' | 'euc-kr';
  /** CSV and XLSX: every sheet's cells, for the spreadsheet interpreter and its column mapping */
  sheets?: SheetGrid[];
}

export interface ReadOptions {
  fileName?: string;
  /** called as the reader goes (pages of a PDF, sections of an HWP, rows of a sheet) */
  onProgress?: (done: number, total: number) => void;
  /** aborting rejects with ReaderError 'cancelled' */
  signal?: AbortSignal;
  /** CSV/XLSX: encoding, sheet, unit, a confirmed column mapping */
  spreadsheet?: SpreadsheetOptions;
}

/** One format's reader. Each platform (CLI, import worker) supplies the readers it can run. */
export type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReaderOutput>;

export type Readers = Partial<Record<DocumentFormat, Reader>>;
