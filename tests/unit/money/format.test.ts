import { describe, expect, it } from 'vitest';
import {
  convertWon,
  formatCompact,
  formatPercent,
  formatWon,
  formatWonWithUnit,
} from '../../../shared/money';

describe('formatWon', () => {
  it.each([
    [1_234_567, '천원', {}, '1,235'],
    [1_234_499, '천원', {}, '1,234'],
    [1_234_500, '천원', {}, '1,235'],
    [-1_234_500, '천원', {}, '△1,235'],
    [-1_234_567, '천원', { negative: 'minus' }, '-1,235'],
    [63_871_753_000, '백만원', {}, '63,872'],
    [29_660_000_000, '억원', { decimals: 1 }, '296.6'],
    [1_234_567, '원', {}, '1,234,567'],
    [0, '천원', {}, '0'],
    [-400, '천원', {}, '0'],
    [1_500, '천원', { decimals: 2 }, '1.50'],
    [9_007_199_254_740_991, '원', {}, '9,007,199,254,740,991'],
    [1_234_500_000_000, '조원', { decimals: 3 }, '1.235'],
  ] as const)('formats %d in %s %j as %s', (won, unit, options, expected) => {
    expect(formatWon(won, unit, options)).toBe(expected);
  });

  it('prints nothing for a non-finite figure', () => {
    expect(formatWon(Number.NaN, '천원')).toBe('');
    expect(formatWonWithUnit(Number.POSITIVE_INFINITY, '천원')).toBe('');
  });

  it('appends the unit in formatWonWithUnit', () => {
    expect(formatWonWithUnit(1_234_567, '천원')).toBe('1,235천원');
    expect(formatWonWithUnit(-5_000_000, '백만원', { negative: 'minus' })).toBe('-5백만원');
  });
});

describe('formatPercent', () => {
  it.each([
    [97.66, 1, 'triangle', '97.7%'],
    [-100, 1, 'triangle', '△100.0%'],
    [-100, 1, 'minus', '-100.0%'],
    [-0.04, 1, 'triangle', '0.0%'],
    [2.675, 2, 'triangle', '2.68%'],
    [0.1 + 0.2, 1, 'triangle', '0.3%'],
    [50, 0, 'triangle', '50%'],
    [1234.5, 1, 'triangle', '1,234.5%'],
  ] as const)('formats %d with %d decimals (%s) as %s', (value, decimals, negative, expected) => {
    expect(formatPercent(value, decimals, negative)).toBe(expected);
  });

  it('defaults to one decimal and a triangle', () => {
    expect(formatPercent(-12.345)).toBe('△12.3%');
  });
});

describe('formatCompact', () => {
  it.each([
    [63_870_000_000, '638.7억원'],
    [1_234_567_890_123, '1.2조원'],
    [4_500_000, '4,500천원'],
    [66_600_000_000, '666억원'],
    [530_000_000_000, '5,300억원'],
    [999_996_000_000, '1조원'],
    [-63_870_000_000, '△638.7억원'],
    [500, '500원'],
    [0, '0원'],
    [Number.NaN, ''],
  ])('writes %d as %s', (won, expected) => {
    expect(formatCompact(won)).toBe(expected);
  });
});

describe('convertWon', () => {
  it('gives the exact value in the unit', () => {
    expect(convertWon(1_234_567, '천원')).toBe(1234.567);
    expect(convertWon(29_660_000_000, '억원')).toBeCloseTo(296.6, 12);
  });
});
