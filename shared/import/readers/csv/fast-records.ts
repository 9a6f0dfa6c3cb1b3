/**
 * A fast path for well-formed delimited text: the same records papaparse's parser gives (quoted
 * cells, doubled quotes, line breaks inside quotes, a quote inside an unquoted cell kept as it is),
 * with a line that holds no quote split in one call. Anything papaparse treats leniently (an
 * unclosed quote, text or spaces after a closing quote) makes it give up (`null`), and the caller
 * parses the whole text with papaparse instead, so the rows never differ.
 */

const QUOTE = 34;

export interface RecordCursor {
  /** where the next record starts */
  at: number;
  /** the next quote at or after `at` (cached: searching again from every line would be quadratic) */
  nextQuote: number;
}

export function startCursor(): RecordCursor {
  return { at: 0, nextQuote: -1 };
}

/** Where the next quote at or after `from` is (Infinity when none), reusing the cached search. */
function quoteFrom(text: string, cursor: RecordCursor, from: number): number {
  if (cursor.nextQuote < from) {
    const found = text.indexOf('"', from);
    cursor.nextQuote = found === -1 ? Infinity : found;
  }
  return cursor.nextQuote;
}

/**
 * Parses records from `cursor.at` until a record ends at or past `until` (or the text ends),
 * pushing them onto `rows`; false when the text needs papaparse's leniency.
 */
export function parseRecords(
  text: string,
  delimiter: string,
  newline: string,
  cursor: RecordCursor,
  until: number,
  rows: string[][],
): boolean {
  const length = text.length;
  let at = cursor.at;
  while (at < until && at < length) {
    let lineEnd = text.indexOf(newline, at);
    if (lineEnd === -1) lineEnd = length;
    if (quoteFrom(text, cursor, at) >= lineEnd) {
      rows.push(text.slice(at, lineEnd).split(delimiter));
      at = lineEnd + newline.length;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      if (text.charCodeAt(at) === QUOTE) {
        let close = at;
        let doubled = false;
        for (;;) {
          close = text.indexOf('"', close + 1);
          if (close === -1) return false;
          if (text.charCodeAt(close + 1) !== QUOTE) break;
          doubled = true;
          close++;
        }
        const inside = text.slice(at + 1, close);
        row.push(doubled ? inside.replaceAll('""', '"') : inside);
        const after = close + 1;
        if (after >= length) {
          at = length;
          break;
        }
        if (text.startsWith(delimiter, after)) {
          at = after + delimiter.length;
          if (after > lineEnd) lineEnd = text.indexOf(newline, after);
          if (lineEnd === -1) lineEnd = length;
          continue;
        }
        if (text.startsWith(newline, after)) {
          at = after + newline.length;
          break;
        }
        return false;
      }
      const end = text.indexOf(delimiter, at);
      if (end === -1 || end > lineEnd) {
        row.push(text.slice(at, lineEnd));
        at = lineEnd + newline.length;
        break;
      }
      row.push(text.slice(at, end));
      at = end + delimiter.length;
    }
    rows.push(row);
  }
  cursor.at = at;
  return true;
}
