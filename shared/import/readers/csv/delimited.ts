import Papa from 'papaparse';

export type Delimiter = ',' | '\t' | ';';

const DELIMITERS: readonly Delimiter[] = [',', '\t', ';'];
/** Records looked at to decide; enough to see past a title and a unit line. */
const SAMPLE_RECORDS = 60;
const SAMPLE_CHARS = 65_536;
/** Title, unit and note lines a table may have above its header. */
const LEADING_LINES = 6;

export interface DelimitedGuess {
  delimiter: Delimiter;
  /** cells per record */
  width: number;
}

/**
 * `\r\n`, `\n` or `\r`, as papaparse guesses it (its low-level parser must be told): quoted cells
 * left out, since a line break inside a cell says nothing about the rows.
 */
export function newlineOf(text: string): '\r\n' | '\n' | '\r' {
  const unquoted = text.slice(0, 1 << 20).replace(/"[^"]*"/g, '');
  const byCr = unquoted.split('\r');
  const byLf = unquoted.split('\n');
  if (byCr.length === 1 || (byLf.length > 1 && byLf[0]!.length < byCr[0]!.length)) return '\n';
  let crlf = 0;
  for (let i = 1; i < byCr.length; i++) if (byCr[i]![0] === '\n') crlf++;
  return crlf >= (byCr.length - 1) / 2 ? '\r\n' : '\r';
}

function records(sample: string, delimiter: Delimiter, truncated: boolean): string[][] {
  const parser = new Papa.Parser({
    delimiter,
    newline: newlineOf(sample),
    preview: SAMPLE_RECORDS,
  });
  const result = parser.parse(sample, 0, truncated) as { data: string[][] };
  return result.data.filter((row) => !(row.length === 1 && row[0]!.trim() === ''));
}

function modalWidth(rows: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows)
    if (row.length >= 2) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [candidate, count] of counts) {
    if (count > most || (count === most && candidate > width)) [width, most] = [candidate, count];
  }
  return width;
}

/** How table-like the text is with this delimiter: 0 when it is not a table at all. */
function tableScore(rows: readonly string[][]): { score: number; width: number } {
  const none = { score: 0, width: 0 };
  if (rows.length < 2) return none;
  const width = modalWidth(rows);
  if (width < 2) return none;
  const first = rows.findIndex((row) => row.length === width);
  if (first > LEADING_LINES) return none;
  const body = rows.slice(first);
  const even = body.filter((row) => row.length === width).length;
  const delimited = body.filter((row) => row.length >= 2).length;
  // a report's tab tables sit among prose lines (one cell each); a table file is delimited rows
  // throughout, most of one width (notes, a broken row or two allowed)
  if (even < 2 || delimited / body.length < 0.8 || even / body.length < 0.6) return none;
  return { score: even * width, width };
}

/** The delimiter that makes the text a table (comma, tab, semicolon), or null if none does. */
export function guessDelimiter(text: string): DelimitedGuess | null {
  const truncated = text.length > SAMPLE_CHARS;
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: DelimitedGuess | null = null;
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const { score, width } = tableScore(records(sample, delimiter, truncated));
    if (score > bestScore) [best, bestScore] = [{ delimiter, width }, score];
  }
  return best;
}

/**
 * Whether a text file is a delimited table (CSV, TSV, semicolon-separated) rather than a report
 * that contains tab tables: nearly every record from the top has the same number of cells.
 */
export function looksLikeDelimitedTable(text: string): boolean {
  return guessDelimiter(text) !== null;
}
