import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatForCopy, rowsToTsv, toTsv, tsvField } from '../../../shared/clipboard';

describe('tab-separated copy format', () => {
  it('joins cells with tabs and rows with CRLF', () => {
    expect(
      toTsv([
        ['구분', '예산'],
        ['총무과', '1,000'],
      ]),
    ).toBe('구분\t예산\r\n총무과\t1,000');
  });

  it('quotes a field that holds a tab, a newline or a quote, doubling the quote', () => {
    expect(tsvField('a\tb')).toBe('"a\tb"');
    expect(tsvField('말 "따옴표"')).toBe('"말 ""따옴표"""');
    expect(tsvField('두 줄\n텍스트')).toBe('"두 줄\n텍스트"');
    expect(tsvField('보통')).toBe('보통');
  });

  it('writes money in the chosen unit with separators and a minus sign', () => {
    expect(formatForCopy(1_234_567_000, 'money', '천원')).toBe('1,234,567');
    expect(formatForCopy(1_234_567_000, 'money', '백만원')).toBe('1,235');
    expect(formatForCopy(-5_000, 'money', '원')).toBe('-5,000');
    expect(formatForCopy(63_871_000_000, 'money', '억원')).toBe('638.7');
    expect(formatForCopy(97.66, 'percent', '원')).toBe('97.7%');
    expect(formatForCopy(undefined, 'money', '원')).toBe('');
  });

  it('names the unit in the header of money columns', () => {
    const text = rowsToTsv(
      [{ name: '도서관 운영', budget: 12_000_000, rate: -3.25 }],
      [
        { header: '사업', kind: 'text', value: (row) => row.name },
        { header: '예산', kind: 'money', value: (row) => row.budget },
        { header: '증감률', kind: 'percent', value: (row) => row.rate },
      ],
      '천원',
    );
    expect(text).toBe('사업\t예산(천원)\t증감률\r\n도서관 운영\t12,000\t-3.3%');
  });

  it('keeps the cell count of every row whatever the text holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { minLength: 1 }),
        (rows) => {
          const text = toTsv(rows);
          // a row's tabs outside quotes are its separators: exactly two per row
          const separators = text.replace(/"(?:[^"]|"")*"/g, '').match(/\t/g)?.length ?? 0;
          expect(separators).toBe(rows.length * 2);
        },
      ),
      { numRuns: 200 },
    );
  });
});
