import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../../shared/import/readers/csv/csv-reader';
import { guessDelimiter } from '../../../../shared/import/readers/csv/delimited';
import { numberToWon, readAmount } from '../../../../shared/import/sheets/cells';
import { MONEY_UNITS, type MoneyUnit } from '../../../../shared/money/types';
import { csvField } from '../../../../renderer/src/features/export/view-to-csv';
import { allRows } from '../../../support/sheet-rows';

const CHARS = ['가', '나', 'a', ' ', ',', '"', '\n', '\r\n', ';', '\t', '1', '△', '-', "'"];
const cellText = fc
  .array(fc.constantFrom(...CHARS), { maxLength: 8 })
  .map((parts) => parts.join(''));

const grids = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
    minLength: 1,
    maxLength: 12,
  }),
);

describe('CSV cells survive writing and reading', () => {
  it('any text — quotes, commas, semicolons, tabs, line breaks — comes back cell for cell', async () => {
    await fc.assert(
      fc.asyncProperty(grids, fc.constantFrom('\r\n', '\n'), async (grid, newline) => {
        // the reader drops trailing empty rows, as a spreadsheet does
        const last = grid[grid.length - 1]!;
        fc.pre(last.some((cell) => cell.trim() !== ''));
        const text = grid.map((row) => row.map(csvField).join(',')).join(newline) + newline;
        const { rows } = await parseDelimited(text, ',');
        expect(allRows(rows)).toEqual(grid);
      }),
      { numRuns: 300 },
    );
  });

  it('a quoted table of one width is told as comma-separated whatever its cells hold', () => {
    fc.assert(
      fc.property(grids, (grid) => {
        fc.pre(grid.length >= 3);
        const quoted = grid.map((row) =>
          row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(','),
        );
        expect(guessDelimiter(quoted.join('\r\n'))?.delimiter).toBe(',');
      }),
      { numRuns: 200 },
    );
  });
});

const units = fc.constantFrom<MoneyUnit>('원', '천원', '백만원', '억원');

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

describe('amounts as spreadsheets write them', () => {
  it('plain, with thousands separators, with △ or - for negatives: the same won', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999, max: 999_999_999 }),
        units,
        fc.boolean(),
        (value, unit, triangle) => {
          const magnitude = grouped(Math.abs(value));
          const sign = value < 0 ? (triangle ? '△' : '-') : '';
          const expected = value * MONEY_UNITS[unit];
          fc.pre(Number.isSafeInteger(expected));
          for (const written of [
            `${sign}${magnitude}`,
            `${sign}${Math.abs(value)}`,
            ` ${sign}${magnitude} `,
          ]) {
            const read = readAmount(written, unit);
            expect(read.kind).toBe('won');
            if (read.kind === 'won') expect(read.won).toBe(expected === 0 ? 0 : expected);
          }
          expect(readAmount(value, unit)).toMatchObject({ kind: 'won', won: expected });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a stored decimal in 천원 or 백만원 becomes exact integer won', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_999_999, max: 9_999_999 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, thousandths) => {
          const value = Number(
            `${whole < 0 ? '-' : ''}${Math.abs(whole)}.${String(thousandths).padStart(3, '0')}`,
          );
          const won = numberToWon(value, '천원');
          const exact = Math.abs(whole) * 1000 + thousandths;
          expect(won).toBe((whole < 0 ? -exact : exact) || 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never reads a word, a percent or a date as an amount, and never reads "no figure" as 0', () => {
    for (const text of ['백만원', '12.5%', '2024-01-05', '1,23', 'abc', '1.2.3'])
      expect(readAmount(text, '천원').kind).toBe('bad');
    for (const text of ['', '-', '–', 'null', 'NULL', 'N/A', 'n/a', '없음', '해당없음'])
      expect(readAmount(text, '천원').kind).toBe('nothing');
    expect(readAmount(null, '원').kind).toBe('nothing');
  });
});
