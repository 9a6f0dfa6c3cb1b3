import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BudgetLine } from '../../../shared/model/report';
import {
  change,
  changeRate,
  executionRate,
  lineVariance,
  roundTo,
  share,
  truncateTo,
  type Computed,
} from '../../../shared/variance';

const RUNS = { numRuns: 300 };
const anyFigure = fc.oneof(
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double(),
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(0),
);
const won = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

function finiteOrReason(result: Computed): boolean {
  return result.ok ? Number.isFinite(result.value) : typeof result.reason === 'string';
}

describe('variance properties', () => {
  it('every rate is a finite number or a reason, for any inputs', () => {
    fc.assert(
      fc.property(anyFigure, anyFigure, (a, b) => {
        for (const result of [change(a, b), changeRate(a, b), executionRate(a, b), share(a, b)]) {
          expect(finiteOrReason(result)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('change + previous = current', () => {
    fc.assert(
      fc.property(won, won, (current, previous) => {
        const result = change(current, previous);
        expect(result.ok && result.value + previous).toBe(current);
      }),
      RUNS,
    );
  });

  it('a line variance never holds NaN or Infinity', () => {
    const optionalWon = fc.option(won, { nil: undefined });
    fc.assert(
      fc.property(optionalWon, optionalWon, optionalWon, optionalWon, (budget, spent, prev, ps) => {
        const line: BudgetLine = {
          key: 'k',
          fiscalYear: 2020,
          project: 'p',
          source: { line: 1 },
          currentBudget: budget,
          spent,
          previousBudget: prev,
          projectedSpend: ps,
        };
        expect(Object.values(lineVariance(line)).every(finiteOrReason)).toBe(true);
      }),
      RUNS,
    );
  });

  it('rounding lands within half a step and truncation within one step toward zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (v, d) => {
          const step = 10 ** -d;
          expect(Math.abs(roundTo(v, d) - v)).toBeLessThanOrEqual(step / 2 + 1e-6);
          expect(Math.abs(truncateTo(v, d))).toBeLessThanOrEqual(Math.abs(v) + 1e-6);
          expect(Math.abs(v - truncateTo(v, d))).toBeLessThan(step + 1e-6);
        },
      ),
      RUNS,
    );
  });
});
