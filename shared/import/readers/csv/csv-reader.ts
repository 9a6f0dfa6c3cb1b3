import Papa from 'papaparse';
import type { ImportWarning } from '../../../model/report';
import { cancelled } from '../cancel';
import { ReaderError } from '../reader-error';
import { sheetsOutput, type RawSheet } from '../sheet-output';
import type { ReaderOutput, ReadOptions } from '../types';
import { decodeCsv } from './decode-csv';
import { guessDelimiter, newlineOf, type Delimiter } from './delimited';
import type { SheetRows } from '../../sheets/types';
import type { CompactRows } from './compact-rows';
import { FastRecordParser } from './fast-records';

/** Characters parsed between yields: progress is reported and cancelling is noticed this often. */
const CHUNK_CHARS = 1 << 20;

interface PapaError {
  code: string;
  row?: number;
}

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function withoutTrailingEmptyRows(rows: string[][]): string[][] {
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell.trim() === '')) rows.pop();
  return rows;
}

/**
 * Progress in rows, as the preview shows it (`12,000/200,000`): the rows read, and the rows the
 * whole text holds at the rate so far (exact once it is all read).
 */
function rowsOf(rows: number, at: number, length: number): [number, number] {
  if (at >= length || at <= 0) return [rows, rows];
  return [rows, Math.max(rows, Math.round((rows * length) / at))];
}

/**
 * Well-formed text through the fast path (`fast-records.ts`), in chunks with a yield between; null
 * when it gives up and papaparse must read the text.
 */
async function parseFast(
  text: string,
  delimiter: Delimiter,
  newline: string,
  options: ReadOptions,
): Promise<CompactRows | null> {
  const parser = new FastRecordParser(text, delimiter, newline);
  while (parser.at < text.length) {
    if (!parser.step(Math.min(parser.at + CHUNK_CHARS, text.length))) return null;
    options.onProgress?.(...rowsOf(parser.rows, parser.at, text.length));
    if (parser.at >= text.length) break;
    await breathe();
    if (options.signal?.aborted) throw cancelled('csv');
  }
  return parser.finish();
}

/**
 * Parses delimited text: well-formed text on the fast path, else in chunks with papaparse's own parser (quotes, doubled quotes, newlines in
 * quoted cells), carrying a record cut by a chunk's end over to the next chunk as papaparse's
 * streamer does, and yielding between chunks.
 */
export async function parseDelimited(
  text: string,
  delimiter: Delimiter,
  options: ReadOptions = {},
): Promise<{ rows: SheetRows; unclosedQuoteRow?: number }> {
  const newline = newlineOf(text);
  const fast = await parseFast(text, delimiter, newline, options);
  if (fast) return { rows: fast };
  const rows: string[][] = [];
  let unclosedQuoteRow: number | undefined;
  let carry = '';
  let base = 0;
  for (let start = 0; start < text.length; start += CHUNK_CHARS) {
    const last = start + CHUNK_CHARS >= text.length;
    const aggregate = carry + text.slice(start, start + CHUNK_CHARS);
    const parser = new Papa.Parser({ delimiter, newline });
    const result = parser.parse(aggregate, base, !last) as {
      data: string[][];
      errors: PapaError[];
      meta: { cursor: number };
    };
    const quoteError = result.errors.find((error) => error.code === 'MissingQuotes');
    if (quoteError && unclosedQuoteRow === undefined)
      unclosedQuoteRow = rows.length + (quoteError.row ?? 0);
    for (const row of result.data) rows.push(row);
    options.onProgress?.(...rowsOf(rows.length, start + CHUNK_CHARS, text.length));
    if (last) break;
    carry = aggregate.slice(result.meta.cursor - base);
    base = result.meta.cursor;
    await breathe();
    if (options.signal?.aborted) throw cancelled('csv');
  }
  withoutTrailingEmptyRows(rows);
  return unclosedQuoteRow === undefined ? { rows } : { rows, unclosedQuoteRow };
}

function count(text: string, char: string): number {
  let found = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) found++;
  return found;
}

/**
 * Whether no cell holds a tab or a line break: no tab in the text, and exactly one line end per
 * row boundary (a quoted cell with a line break adds one), so each row renders as a plain join.
 */
function plainCells(text: string, rows: number): boolean {
  if (text.includes('\t')) return false;
  const body = text.replace(/[\r\n]+$/, '');
  const lf = count(body, '\n');
  const cr = count(body, '\r');
  const ends = cr === 0 || cr === lf ? lf : lf === 0 ? cr : -1;
  return ends === rows - 1;
}

function sheetName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '') || 'CSV';
}

/**
 * CSV/TSV bytes → the spreadsheet reader's output: UTF-8 (BOM or not), UTF-16 with a BOM or
 * CP949 detected (or the user's `spreadsheet.encoding`), comma/tab/semicolon detected.
 */
export async function readCsv(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReaderOutput> {
  const decoded = decodeCsv(bytes, options.spreadsheet?.encoding);
  if (decoded.text.trim() === '')
    throw new ReaderError('empty', { ko: '빈 파일입니다', en: 'the file is empty' }, 'csv');
  const delimiter = guessDelimiter(decoded.text)?.delimiter ?? ',';
  const { rows, unclosedQuoteRow } = await parseDelimited(decoded.text, delimiter, options);
  const name = sheetName(options.fileName);
  const warnings: ImportWarning[] = [];
  if (unclosedQuoteRow !== undefined)
    warnings.push({
      line: unclosedQuoteRow + 1,
      message: {
        ko: `${unclosedQuoteRow + 1}행에서 닫히지 않은 따옴표가 있어 파일 끝까지 한 칸으로 읽혔을 수 있습니다`,
        en: `an unclosed quote at row ${unclosedQuoteRow + 1}: the rest of the file may have been read as one cell`,
      },
    });
  const encoding = decoded.encoding === 'euc-kr' ? 'euc-kr' : 'utf-8';
  const sheet: RawSheet = Array.isArray(rows)
    ? { name, rows, delimiter, plain: plainCells(decoded.text, rows.length) }
    : { name, rows, delimiter, rendering: rows as CompactRows };
  return sheetsOutput('csv', [sheet], {
    warnings,
    encoding,
    fileName: options.fileName,
  });
}
