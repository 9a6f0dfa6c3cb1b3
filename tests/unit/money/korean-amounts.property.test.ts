import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts, formatWon, MONEY_UNIT_LIST, parseAmount } from '../../../shared/money';

const STEPS = [
  [1_000, '천'],
  [100, '백'],
  [10, '십'],
] as const;

/** 5300 → `5천3백`: a group of four digits spelled with 천/백/십, as prose writes round sums */
function spelled(group: number): string {
  let rest = group;
  let text = '';
  for (const [size, word] of STEPS) {
    const digit = Math.floor(rest / size);
    if (digit > 0) text += `${digit}${word}`;
    rest %= size;
  }
  return text;
}

/** A group of up to four digits, with thousands commas or (when it has no ones) spelled out. */
const groupText = (group: number): fc.Arbitrary<string> =>
  group > 0 && group % 10 === 0
    ? fc.constantFrom(group.toLocaleString('en-US'), spelled(group))
    : fc.constant(group.toLocaleString('en-US'));

/** An amount in won and one way a Korean document writes it: `1조 2,345억 6천만 원`. */
const koreanAmount = fc
  .record({
    trillions: fc.integer({ min: 0, max: 999 }),
    hundredMillions: fc.integer({ min: 0, max: 9_999 }),
    tenThousands: fc.integer({ min: 0, max: 9_999 }),
    ones: fc.integer({ min: 0, max: 9_999 }),
    gap: fc.constantFrom('', ' '),
    beforeWon: fc.constantFrom('', ' '),
  })
  .filter((parts) => parts.trillions + parts.hundredMillions + parts.tenThousands + parts.ones > 0)
  .chain((parts) => {
    const groups = [
      [parts.trillions, '조'],
      [parts.hundredMillions, '억'],
      [parts.tenThousands, '만'],
      [parts.ones, ''],
    ] as const;
    const present = groups.filter(([value]) => value > 0);
    return fc.tuple(...present.map(([value]) => groupText(value))).map((texts) => ({
      won:
        parts.trillions * 1_000_000_000_000 +
        parts.hundredMillions * 100_000_000 +
        parts.tenThousands * 10_000 +
        parts.ones,
      text:
        texts.map((text, index) => `${text}${present[index]![1]}`).join(parts.gap) +
        `${parts.beforeWon}원`,
    }));
  });

describe('Korean amounts read back exactly', () => {
  it('an amount written by 조, 억, 만 with commas or 천/백/십 parses to the same won', () => {
    fc.assert(
      fc.property(koreanAmount, ({ won, text }) => {
        expect(parseAmount(text)).toMatchObject({ kind: 'money', won, text });
      }),
    );
  });

  it('an amount in 억원 with decimals (`12.5억 원`) parses to the same won', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('', ' '),
        (scaled, decimals, space) => {
          const digits = String(scaled).padStart(decimals + 1, '0');
          const whole = Number(digits.slice(0, digits.length - decimals)).toLocaleString('en-US');
          const written = decimals === 0 ? whole : `${whole}.${digits.slice(-decimals)}`;
          const won = scaled * 10 ** (8 - decimals);
          expect(parseAmount(`${written}억${space}원`)).toMatchObject({ won, unit: '억원' });
        },
      ),
    );
  });

  it('an amount printed in any money unit and followed by that unit parses to the same won', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MONEY_UNIT_LIST),
        fc.integer({ min: -999_999, max: 999_999 }),
        (unit, figure) => {
          const won =
            figure * { 원: 1, 천원: 1e3, 백만원: 1e6, 억원: 1e8, 십억원: 1e9, 조원: 1e12 }[unit];
          const text = `${formatWon(won, unit, { negative: 'triangle' })}${unit}`;
          expect(parseAmount(text)).toMatchObject({ won: won === 0 ? 0 : won, unit });
        },
      ),
    );
  });

  it('an amount in a sentence beside words holding 조 or 제 (조례, 조성, 제3조, 축제) is the only one found', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '조례 제3조에 따라',
          '공원 조성 사업비',
          '실태 조사 용역',
          '같은 법 제3조',
          '3개조',
          '지역 축제',
          '연구 과제',
        ),
        koreanAmount,
        fc.constantFrom('', '(국비)', ' 지원', '을 투입하는 조성 사업'),
        (before, amount, after) => {
          const found = findAmounts(`${before} ${amount.text}${after}`);
          expect(found.map((each) => each.value)).toMatchObject([
            { kind: 'money', won: amount.won },
          ]);
        },
      ),
    );
  });
});
