import { parseDocument } from '@shared/import/parse-report';
import { isReaderError } from '@shared/import/readers/reader-error';
import { SheetChoiceError } from '@shared/import/sheets/parse-spreadsheet';
import { LocalizedTextSchema } from '@shared/model/localized-text';
import type { DocumentFormat } from '@shared/model/report';
import { browserReaders } from './browser-readers';
import type { ImportFailed, ImportRequest, ImportResponse } from './import-protocol';

/** errors carry their message as `ko` and `en`: the schema keeps exactly those two */
function failed(error: unknown): ImportFailed {
  if (isReaderError(error)) {
    const answer: ImportFailed = {
      ok: false,
      failure: error.code,
      message: LocalizedTextSchema.parse(error),
    };
    if (error.format) answer.format = error.format;
    return answer;
  }
  if (error instanceof SheetChoiceError)
    return { ok: false, failure: 'sheet-choice', message: LocalizedTextSchema.parse(error) };
  return {
    ok: false,
    failure: 'parse-failed',
    message: String((error as Error)?.message ?? error),
  };
}

const nothingFound = (name: string, format: DocumentFormat): ImportFailed => ({
  ok: false,
  failure: 'not-a-report',
  format,
  message: `${name}: no budget or personnel table was found`,
});

/**
 * One file's bytes → sniffed format → its reader → interpreted report, or why not. Progress and
 * cancellation pass straight through to the reader.
 */
export async function readFile(
  request: ImportRequest,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ImportResponse> {
  const started = performance.now();
  const { corrections, spreadsheet, today } = request.options ?? {};
  try {
    const parse = await parseDocument(
      request.bytes,
      {
        fileName: request.name,
        onProgress,
        signal,
        today: today ? new Date(today) : new Date(),
        ...(corrections ? { corrections } : {}),
        ...(spreadsheet ? { spreadsheet } : {}),
      },
      browserReaders,
    );
    const { report, read } = parse;
    // a sheet whose header was not recognised still goes to the preview: the mapping dialog lets
    // the user say what its columns are
    if (report.lines.length === 0 && report.personnel.length === 0 && !parse.spreadsheet)
      return nothingFound(request.name, read.format);
    const answer: ImportResponse = {
      ok: true,
      parsed: report,
      text: read.text,
      format: read.format,
      encoding: read.encoding ?? '',
      tableReadings: parse.tableReadings,
      elapsedMs: Math.round(performance.now() - started),
    };
    if (read.pages !== undefined) answer.pages = read.pages;
    if (parse.spreadsheet) answer.spreadsheet = parse.spreadsheet;
    return answer;
  } catch (error) {
    return failed(error);
  }
}
