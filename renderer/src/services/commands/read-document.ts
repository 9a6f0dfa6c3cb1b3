/**
 * The seam between the import preview and whatever parses files. The preview needs more than the
 * text-only import worker answers today: each table's reading, the spreadsheet summary, and a
 * re-read under the user's corrections or column mapping. Until the import worker reads every
 * format and takes those options (branch importui, same fields), the file is parsed here with the
 * readers that run in a browser page (text, CSV, XLSX), loaded on first use. Only this file changes
 * when the worker lands.
 */
import type {
  DocumentCorrections,
  SpreadsheetOptions,
  SpreadsheetSummary,
  TableReading,
} from '@shared/import';
import type { LocalizedText } from '@shared/model/localized-text';
import type { DocumentFormat, ParsedReport } from '@shared/model/report';
import type { ImportFailure } from '@workers/import-protocol';

/** How to read a file again: the user's table corrections and spreadsheet choices. */
export interface RereadOptions {
  corrections?: readonly DocumentCorrections[];
  spreadsheet?: SpreadsheetOptions;
}

export interface DocumentRead {
  parsed: ParsedReport;
  text: string;
  encoding: string;
  format: DocumentFormat;
  tableReadings: TableReading[];
  spreadsheet?: SpreadsheetSummary;
}

export type DocumentReadResult =
  | { ok: true; read: DocumentRead }
  | { ok: false; failure: ImportFailure; message: string | LocalizedText };

function failureOf(error: unknown, name: string): DocumentReadResult {
  const coded = error as { code?: string; ko?: string; en?: string };
  // a ReaderError carries its message in both languages: it is a LocalizedText itself
  const message: string | LocalizedText =
    coded.ko && coded.en ? (coded as LocalizedText) : String((error as Error).message);
  // a file that is not text at all, named .txt, cannot be decoded as the text it claims to be
  const undecodable =
    coded.code === 'undecodable' || (coded.code === 'unsupported' && /\.txt$/i.test(name));
  return { ok: false, failure: undecodable ? 'undecodable' : 'parse-failed', message };
}

export async function readDocumentFile(
  file: { name: string; bytes: Uint8Array },
  options: RereadOptions = {},
): Promise<DocumentReadResult> {
  const { parseDocument, spreadsheetReaders } = await import('@shared/import');
  let parse: Awaited<ReturnType<typeof parseDocument>>;
  try {
    parse = await parseDocument(
      file.bytes,
      {
        fileName: file.name,
        today: new Date(),
        ...(options.corrections ? { corrections: options.corrections } : {}),
        ...(options.spreadsheet ? { spreadsheet: options.spreadsheet } : {}),
      },
      spreadsheetReaders,
    );
  } catch (error) {
    return failureOf(error, file.name);
  }
  const { report, read } = parse;
  if (report.lines.length === 0 && report.personnel.length === 0 && !parse.spreadsheet) {
    return {
      ok: false,
      failure: 'not-a-report',
      message: `${file.name}: no budget or personnel table was found`,
    };
  }
  const result: DocumentRead = {
    parsed: report,
    text: read.text,
    encoding: read.encoding ?? 'utf-8',
    format: read.format,
    tableReadings: parse.tableReadings,
  };
  if (parse.spreadsheet) result.spreadsheet = parse.spreadsheet;
  return { ok: true, read: result };
}
