import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBudgetStatement } from '../../../shared/import/interpret/budget-statement';
import { withoutLocalGovernment } from '../../../shared/import/interpret/names';

const read = (text: string) => {
  const statement = readBudgetStatement(text)!;
  const main = statement.main?.kind === 'money' ? statement.main.won : undefined;
  return { main, funding: statement.funding, noBudget: statement.noBudget };
};

describe('budget statements from 시·군·도 reports', () => {
  it.each([
    [
      '총사업비 : 50억원 (국비 25억원, 도비 7.5억원, 시비 17.5억원)',
      5_000_000_000,
      { national: 2_500_000_000, province: 750_000_000, city: 1_750_000_000 },
    ],
    [
      '사업비 : 120,000천원[도비 36,000, 군비 84,000]',
      120_000_000,
      { province: 36_000_000, district: 84_000_000 },
    ],
    [
      '사업비: 150,000천원(국 75,000 도 22,500 군 52,500)',
      150_000_000,
      { national: 75_000_000, province: 22_500_000, district: 52_500_000 },
    ],
    [
      '사업비 : 1,000,000천원(국비 50%, 구비 50%)',
      1_000_000_000,
      { national: 500_000_000, district: 500_000_000 },
    ],
    ['소요예산 : 48,000천원(군비 100%)', 48_000_000, { district: 48_000_000 }],
    ['사업비: 2,500천원 (전액 구비)', 2_500_000, { district: 2_500_000 }],
    [
      '사업비 : 3억 5천만원(도비 1억원, 군비 2억 5천만원)',
      350_000_000,
      { province: 100_000_000, district: 250_000_000 },
    ],
  ])('reads %s', (text, main, funding) => {
    expect(read(text)).toEqual({ main, funding, noBudget: false });
  });

  it('files 시비 as city money whether it sits beside 구비 or beside 도비', () => {
    expect(read('사업비: 100천원(시비 60, 구비 40)').funding).toEqual({
      city: 60_000,
      district: 40_000,
    });
    expect(read('사업비: 100천원(도비 30, 시비 70)').funding).toEqual({
      province: 30_000,
      city: 70_000,
    });
    expect(read('사업비: 100천원(시비)').funding).toEqual({ city: 100_000 });
  });

  it('reads 기타 beside named sources as other money, without a warning', () => {
    const statement = readBudgetStatement('사업비: 100천원(국비 60, 기타 40)')!;
    expect(statement.funding).toEqual({ national: 60_000, other: 40_000 });
    expect(statement.unplaced).toEqual([]);
    expect(statement.sourceNames).toContain('기타');
  });

  it('reads percent shares as a split when they make up the whole, else as a partial one', () => {
    const whole = readBudgetStatement('사업비 : 300백만원 (도비 30%, 군비 70%)')!;
    expect([whole.funding, whole.fundingPartial]).toEqual([
      { province: 90_000_000, district: 210_000_000 },
      undefined,
    ]);
    const partial = readBudgetStatement('사업비: 1,000백만원(국비 50%)')!;
    expect([partial.funding, partial.fundingPartial]).toEqual([{ national: 500_000_000 }, true]);
  });

  it('reads 자체 as the council’s own money and skips a year range before the split', () => {
    expect(read('사업비: 5,000천원(자체)').funding).toEqual({ district: 5_000_000 });
    expect(read('총사업비 : 12,000백만원(2023~2026년, 국비 6,000 도비 1,800 군비 4,200)')).toEqual({
      main: 12_000_000_000,
      funding: { national: 6_000_000_000, province: 1_800_000_000, district: 4_200_000_000 },
      noBudget: false,
    });
  });

  it.each(['예산 : 없음', '예산: 해당없음', '사업비 : 비예산', '사업비: -'])(
    'reads %s as no budget',
    (text) => {
      expect(read(text)).toMatchObject({ main: undefined, noBudget: true });
    },
  );

  it('reads any 억 + 천만 part in a funding split as one amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 99 }),
        (eok, cheonman, upper) => {
          const own = eok * 100_000_000 + cheonman * 10_000_000;
          const total = own + upper * 100_000_000;
          const text = `사업비: ${total / 100_000_000}억원(도비 ${upper}억원, 군비 ${eok}억 ${cheonman}천만원)`;
          expect(read(text)).toEqual({
            main: total,
            funding: { province: upper * 100_000_000, district: own },
            noBudget: false,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('local government names on a cover', () => {
  it('drops the local government before an office name, and only then', () => {
    expect(withoutLocalGovernment('새솔시 도시재생과')).toBe('도시재생과');
    expect(withoutLocalGovernment('푸른군 경제국 일자리과')).toBe('경제국 일자리과');
    expect(withoutLocalGovernment('시민숙의예산 담당관')).toBe('시민숙의예산 담당관');
    expect(withoutLocalGovernment('새솔시 도시 재생')).toBe('새솔시 도시 재생');
  });
});
