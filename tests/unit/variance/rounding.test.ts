import { describe, expect, it } from 'vitest';
import { exactPercent, roundTo, scaledFigure, truncateTo } from '../../../shared/variance';

describe('roundTo', () => {
  it.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [0.1 + 0.2, 1, 0.3],
    [97.65, 1, 97.7],
    [97.64999, 1, 97.6],
    [-97.65, 1, -97.7],
    [-0.04, 1, 0],
    [12345.5, 0, 12346],
    [1e-7, 2, 0],
    [123.456, 5, 123.456],
  ])('rounds %d to %d decimals as %d', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('keeps non-finite input as it is', () => {
    expect(roundTo(Number.NaN, 1)).toBeNaN();
  });
});

describe('truncateTo', () => {
  it.each([
    [97.69, 1, 97.6],
    [0.57 * 100, 0, 57],
    [-12.39, 1, -12.3],
    [2.675, 2, 2.67],
    [0.1 + 0.2, 1, 0.3],
  ])('truncates %d to %d decimals as %d', (value, decimals, expected) => {
    expect(truncateTo(value, decimals)).toBe(expected);
  });
});

describe('exactPercent', () => {
  it('rounds and truncates a ratio exactly', () => {
    expect(exactPercent(2, 3, 1, 'round')).toBe(667n);
    expect(exactPercent(2, 3, 1, 'truncate')).toBe(666n);
    expect(exactPercent(-1, 8, 1, 'round')).toBe(-125n);
    expect(exactPercent(9_000_000_000_000, 9_007_199_254_740_991, 3, 'round')).toBe(100n);
  });

  it('decides a half exactly where floating point would not', () => {
    // 0.0145 × 100 = 1.4499999999999999 in binary; exactly it is 1.45 → 1.5 at one decimal
    expect(exactPercent(145, 10_000, 1, 'round')).toBe(15n);
  });

  it('has no value for a zero or non-finite denominator', () => {
    expect(exactPercent(1, 0, 1, 'round')).toBeNull();
    expect(exactPercent(1, Number.POSITIVE_INFINITY, 1, 'round')).toBeNull();
  });

  it('reads a printed figure as a scaled integer', () => {
    expect(scaledFigure(97.7, 1)).toBe(977n);
    expect(scaledFigure(-100, 1)).toBe(-1000n);
    expect(scaledFigure(50, 0)).toBe(50n);
  });
});
