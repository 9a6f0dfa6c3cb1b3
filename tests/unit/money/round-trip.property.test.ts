import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatWon,
  formatWonWithUnit,
  MONEY_UNIT_LIST,
  MONEY_UNITS,
  parseAmount,
  parseCell,
  type MoneyUnit,
} from '../../../shared/money';

const RUNS = { numRuns: 300 };
const won = fc.oneof(
  fc.constant(0),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);
const unit = fc.constantFrom<MoneyUnit>(...MONEY_UNIT_LIST);
const decimals = fc.integer({ min: 0, max: 3 });
const negative = fc.constantFrom<'triangle' | 'minus'>('triangle', 'minus');

/** Half a printed step of the unit: what rounding to `decimals` may lose. */
function precision(moneyUnit: MoneyUnit, digits: number): number {
  return Math.max(0.5, MONEY_UNITS[moneyUnit] / 10 ** digits / 2);
}

function readBack(value: ReturnType<typeof parseCell>): number {
  if (value?.kind !== 'money') throw new Error(`not money: ${JSON.stringify(value)}`);
  return value.won;
}

describe('parse ∘ format round trip', () => {
  it('parseCell(formatWon(w, u)) gives w back within the unit precision', () => {
    fc.assert(
      fc.property(won, unit, decimals, negative, (w, u, d, n) => {
        const text = formatWon(w, u, { decimals: d, negative: n });
        const back = readBack(parseCell(text, { kind: 'money', unit: u }));
        expect(Math.abs(back - w)).toBeLessThanOrEqual(precision(u, d));
      }),
      RUNS,
    );
  });

  it('parseAmount(formatWonWithUnit(w, u)) gives w back within the unit precision', () => {
    fc.assert(
      fc.property(won, unit, decimals, negative, (w, u, d, n) => {
        const text = formatWonWithUnit(w, u, { decimals: d, negative: n });
        const back = readBack(parseAmount(text));
        expect(Math.abs(back - w)).toBeLessThanOrEqual(precision(u, d));
      }),
      RUNS,
    );
  });

  it('is exact in 원', () => {
    fc.assert(
      fc.property(won, (w) => {
        expect(readBack(parseCell(formatWon(w, '원'), { kind: 'money', unit: '원' }))).toBe(w);
      }),
      RUNS,
    );
  });

  it('parseCell never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), unit, (text, u) => {
        parseCell(text, { kind: 'money', unit: u });
        parseAmount(text);
      }),
      RUNS,
    );
  });
});
