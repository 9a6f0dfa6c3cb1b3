import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../shared/model/line-key';

/** The rule as written before its fast path for plain names. */
const reference = (name: string) =>
  name
    .normalize('NFC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[·ㆍ・]/g, '·')
    .trim();

const PIECES = [
  '경로당',
  '운영',
  ' ',
  '  ',
  'a',
  'B',
  '1',
  '(',
  ')',
  '·',
  'ㆍ',
  '・',
  '\u3000',
  '\u00a0',
  '\t',
  '\u1100\u1161',
  '가',
];

describe('normalised names', () => {
  it('are the same whether or not the name takes the fast path for plain ASCII and Hangul', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
        (name) => {
          expect(normalizeName(name)).toBe(reference(name));
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(normalizeName(name)).toBe(reference(name));
      }),
    );
  });
});
