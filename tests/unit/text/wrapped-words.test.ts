import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breaksInsideWord, joinCellLines } from '../../../shared/text/wrapped-words';

describe('a narrow cell’s lines joined into one label', () => {
  it('joins a lone syllable that ends a broken word to the word', () => {
    expect(joinCellLines(['정서지원프로그', '램 사업비'])).toBe('정서지원프로그램 사업비');
    expect(joinCellLines(['프로그램 사업', '비'])).toBe('프로그램 사업비');
  });

  it('keeps a space before a whole word, a lone word (및, 등, 시) or after a one-syllable word', () => {
    expect(joinCellLines(['보호프로그램', '사업비'])).toBe('보호프로그램 사업비');
    expect(joinCellLines(['여비', '및 교통비'])).toBe('여비 및 교통비');
    expect(joinCellLines(['계', '시'])).toBe('계 시');
    expect(breaksInsideWord('국비 50', '시 50')).toBe(false);
  });

  it('never loses or reorders a character, only a space at a break', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[가-힣 ]{1,6}$/), { minLength: 1, maxLength: 4 }),
        (lines) => {
          const joined = joinCellLines(lines);
          expect(joined.replace(/ /g, '')).toBe(lines.join('').replace(/ /g, ''));
          expect(joined.length).toBeGreaterThanOrEqual(lines.join('').length);
        },
      ),
    );
  });
});
