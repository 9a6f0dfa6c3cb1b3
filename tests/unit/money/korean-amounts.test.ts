import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmount } from '../../../shared/money';

describe('amounts written the Korean way, by 조, 억, 만 and 천/백/십', () => {
  it.each([
    ['1조 2,345억원', 1_234_500_000_000, '억원'],
    ['2조원', 2_000_000_000_000, '조원'],
    ['2조 원', 2_000_000_000_000, '조원'],
    ['3,500억 원', 350_000_000_000, '억원'],
    ['12.5억 원', 1_250_000_000, '억원'],
    ['5천만원', 50_000_000, '원'],
    ['3억 5천만원', 350_000_000, '원'],
    ['3억5천만 원', 350_000_000, '원'],
    ['2천억원', 200_000_000_000, '억원'],
    ['1조 5천억원', 1_500_000_000_000, '억원'],
    ['1조2천억 원', 1_200_000_000_000, '억원'],
    ['3천5백만원', 35_000_000, '백만원'],
    ['2천5백3십만원', 25_300_000, '원'],
    ['12억 3,456만 7,890원', 1_234_567_890, '원'],
    ['1조 2,345억 6,789만원', 1_234_567_890_000, '원'],
    ['5백만원', 5_000_000, '백만원'],
    ['12.5십억원', 12_500_000_000, '십억원'],
    ['34,703십억원', 34_703_000_000_000, '십억원'],
    ['1,234 십억 원', 1_234_000_000_000, '십억원'],
  ])('reads %j as exactly %d won, reported in %s', (text, won, unit) => {
    expect(parseAmount(text)).toMatchObject({ kind: 'money', won, unit, text });
  });

  it('keeps the decimals of the last figure, in the unit it is written in', () => {
    expect(parseAmount('12.5억 원')).toMatchObject({ decimals: 1 });
    expect(parseAmount('1.25십억원')).toMatchObject({ won: 1_250_000_000, decimals: 2 });
  });

  it('reads a decrease and an approximation around a composite amount', () => {
    expect(parseAmount('△1조 2,000억원')).toMatchObject({ won: -1_200_000_000_000 });
    expect(parseAmount('약 3억 5천만원')).toMatchObject({ won: 350_000_000, approximate: true });
  });

  it('reads a range whose upper end is a composite amount', () => {
    expect(parseAmount('5,000만~1억 5천만원')).toMatchObject({
      kind: 'range',
      min: 50_000_000,
      max: 150_000_000,
    });
  });
});

describe('조 that is not a unit', () => {
  it.each([
    ['조례 개정에 따른 보조금 3억원 지원', 300_000_000],
    ['공원 조성 사업비 1,200억원', 120_000_000_000],
    ['실태 조사 용역 5천만원', 50_000_000],
    ['같은 법 제3조 5억원 한도', 500_000_000],
    ['조례 제12조 2천만원 이내', 20_000_000],
    ['지방재정법 제 3조 1억원', 100_000_000],
    ['3개조 2교대 인건비 4억원', 400_000_000],
    ['조직 개편 2조 원칙, 예산 10억원', 1_000_000_000],
    ['지역 축제 3억원', 300_000_000],
    ['연구 과제 5천만원', 50_000_000],
    ['지역경제 1조 2천억원', 1_200_000_000_000],
  ])('reads only the amount in %j', (text, won) => {
    const found = findAmounts(text);
    expect(found.map((amount) => amount.value)).toMatchObject([{ kind: 'money', won }]);
  });

  it.each([['제39조 및 같은 법'], ['조례 제5조 제2항'], ['4조 2교대 근무'], ['2조 원칙']])(
    'finds no amount in %j',
    (text) => {
      expect(findAmounts(text)).toEqual([]);
    },
  );
});

describe('figures that stay apart', () => {
  it('does not join a figure in 천원 to a later 억 amount', () => {
    const found = findAmounts('2,000천 3억원');
    expect(found.map((amount) => amount.value)).toMatchObject([{ won: 300_000_000 }]);
  });

  it('reads two amounts side by side as two', () => {
    const found = findAmounts('국비 1조원, 시비 2천억원');
    expect(found.map((amount) => amount.value)).toMatchObject([
      { won: 1_000_000_000_000, unit: '조원' },
      { won: 200_000_000_000, unit: '억원' },
    ]);
  });
});
