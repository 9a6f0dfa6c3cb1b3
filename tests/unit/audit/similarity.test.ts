import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  closestName,
  editDistance,
  jamoDistance,
  similarity,
} from '../../../shared/text/similarity';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['시비', '시비', 0],
    ['사비', '시비', 1],
    ['시민속의예산담당관', '시민숙의예산담당관', 1],
    ['국비', '', 2],
    ['kitten', 'sitting', 3],
    ['특교금', '특별조정교부금', 4],
  ])('counts %j → %j as %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('jamoDistance', () => {
  it('looks inside syllables', () => {
    expect(jamoDistance('사비', '시비')).toBe(1);
    expect(jamoDistance('속의', '숙의')).toBe(1);
    expect(jamoDistance('사비', '국비')).toBeGreaterThan(1);
  });
});

describe('similarity', () => {
  it('is 1 for equal names and falls with each edit', () => {
    expect(similarity('자치행정과', '자치행정과')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('사비', '시비')).toBe(0.5);
    expect(similarity('abc', 'xyz')).toBe(0);
  });

  it('stays between 0 and 1 and is symmetric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe('closestName', () => {
  const funding = ['국비', '시비', '구비', '도비', '군비', '기금'];

  it('prefers the candidate closest in jamo when several are one edit away', () => {
    expect(closestName('사비', funding, 1)).toBe('시비');
    expect(closestName('국배', funding, 1)).toBe('국비');
  });

  it('gives null when nothing is within reach', () => {
    expect(closestName('특별회계', funding, 1)).toBeNull();
    expect(closestName('아무거나', [], 3)).toBeNull();
  });

  it('returns an exact match', () => {
    expect(closestName('기금', funding, 0)).toBe('기금');
  });
});
