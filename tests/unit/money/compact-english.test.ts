import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCompact, formatCompactEnglish } from '@shared/money';

describe('the short figure in English words', () => {
  it('counts in thousands, millions, billions and trillions as English readers do', () => {
    expect(formatCompactEnglish(14_880_200_000)).toBe('14.9 billion won');
    expect(formatCompactEnglish(4_500_000)).toBe('4.5 million won');
    expect(formatCompactEnglish(4_500)).toBe('5 thousand won');
    expect(formatCompactEnglish(1_200_000_000_000)).toBe('1.2 trillion won');
    expect(formatCompactEnglish(500)).toBe('500 won');
    expect(formatCompactEnglish(2_000_000_000)).toBe('2 billion won');
  });

  it('writes a decrease with a minus sign, and a figure that rounds to nothing without one', () => {
    expect(formatCompactEnglish(-1_234_567)).toBe('-1.2 million won');
    expect(formatCompactEnglish(-0.4)).toBe('0 won');
  });

  it('keeps Korean words only in the Korean figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (won) => {
        expect(formatCompactEnglish(won)).not.toMatch(/[가-힣]/);
        expect(formatCompact(won)).toMatch(/[가-힣]/);
      }),
    );
  });

  it('stays within half a step of the figure it stands for', () => {
    const steps: [string, number][] = [
      ['trillion', 1e12],
      ['billion', 1e9],
      ['million', 1e6],
      ['thousand', 1e3],
    ];
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (won) => {
        const text = formatCompactEnglish(won);
        const match = /^(-?[\d,.]+) (?:(trillion|billion|million|thousand) )?won$/.exec(text);
        expect(match, text).not.toBeNull();
        const size = steps.find(([name]) => name === match![2])?.[1] ?? 1;
        const shown = Number(match![1]!.replace(/,/g, '')) * size;
        const precision = size === 1e3 || size === 1 ? size : size / 10;
        expect(Math.abs(shown - won)).toBeLessThanOrEqual(precision / 2 + 1e-6 * Math.abs(won));
      }),
    );
  });
});
