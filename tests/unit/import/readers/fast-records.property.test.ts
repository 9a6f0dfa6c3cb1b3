import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FastRecordParser } from '../../../../shared/import/readers/csv/fast-records';
import { renderRows } from '../../../../shared/import/sheets/render';

// raw text, well-formed or not: stray quotes, spaces after a closing quote, unclosed quotes
const PIECES = ['가', 'a', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', '\t', '1,000', '"x"'];
const rawText = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''));

function withoutTrailingEmptyRows(rows: string[][]): string[][] {
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell.trim() === '')) rows.pop();
  return rows;
}

function reference(text: string, delimiter: string, newline: '\r\n' | '\n' | '\r'): string[][] {
  const parser = new Papa.Parser({ delimiter, newline });
  const result = parser.parse(text, 0, false) as { data: string[][] };
  return withoutTrailingEmptyRows(result.data);
}

function fastGrid(text: string, delimiter: string, newline: string, chunk: number) {
  const parser = new FastRecordParser(text, delimiter, newline);
  while (parser.at < text.length) {
    if (!parser.step(parser.at + chunk)) return null;
  }
  return parser.finish();
}

function fast(text: string, delimiter: string, newline: string, chunk: number): string[][] | null {
  const grid = fastGrid(text, delimiter, newline, chunk);
  return grid && Array.from({ length: grid.length }, (_, row) => grid.at(row) as string[]);
}

describe('the fast CSV path gives the rows papaparse gives', () => {
  it('for any text it accepts, cut into chunks of any size, the cells equal papaparse’s and so does the rendering', () => {
    fc.assert(
      fc.property(
        rawText,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.integer({ min: 1, max: 50 }),
        (text, delimiter, newline, chunk) => {
          const grid = fastGrid(text, delimiter, newline, chunk);
          if (grid === null) return;
          const expected = reference(text, delimiter, newline);
          const rows = Array.from({ length: grid.length }, (_, row) => grid.at(row));
          expect(rows).toEqual(expected);
          // the rendering it wrote as it read is the one rendering the rows would give
          const lines = renderRows(expected, false);
          expect(grid.text).toBe(lines.join('\n'));
          expect(lines.map((_, row) => grid.line(row))).toEqual(lines);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('accepts well-formed quoted text, so the fast path is the one taken on ordinary files', () => {
    const text = 'a,"b,""c""",d\r\n"line\r\nbreak",2,"1,000"\r\n';
    expect(fast(text, ',', '\r\n', 4)).toEqual([
      ['a', 'b,"c"', 'd'],
      ['line\r\nbreak', '2', '1,000'],
    ]);
  });

  it('gives up on an unclosed quote or text after a closing quote, leaving them to papaparse', () => {
    expect(fast('a,"b\nc', ',', '\n', 100)).toBeNull();
    expect(fast('a,"b" ,c\n', ',', '\n', 100)).toBeNull();
    expect(fast('a,"b"x,c\n', ',', '\n', 100)).toBeNull();
  });
});
