import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSimilarity, namesMatch, normalizeName } from '../../eval/names';

describe('answer-key name matching', () => {
  it('ignores spacing, punctuation and quotes (letter-spaced labels are the same name)', () => {
    expect(normalizeName('예 산 담 당 관')).toBe('예산담당관');
    expect(namesMatch('활력노년 푸른봄놀이터', "활력노년 '푸른봄놀이터'")).toBe(true);
    expect(namesMatch('예산담당관', '예 산 담 당 관')).toBe(true);
  });

  it('matches a short label contained in the printed name', () => {
    expect(namesMatch('별빛 도서관', '가상구 별빛 도서관 건립 (2단계)')).toBe(true);
  });

  it('does not let a total label or a two-letter word match every longer name', () => {
    expect(namesMatch('계', '사업계획 수립')).toBe(false);
    expect(namesMatch('사업', '별빛 도서관 건립 사업')).toBe(false);
    expect(namesMatch('계', '계')).toBe(true);
  });

  it('matches a name with one slipped character but not a different project', () => {
    expect(namesMatch('시민참여 숙의 예산', '시민참여 속의 예산')).toBe(true);
    expect(namesMatch('별빛 도서관 건립', '달빛 체육관 보수')).toBe(false);
  });

  it('gives every non-empty name similarity 1 with itself and a value between 0 and 1 otherwise', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        if (normalizeName(a).length > 0) expect(nameSimilarity(a, a)).toBe(1);
      }),
    );
  });
});
