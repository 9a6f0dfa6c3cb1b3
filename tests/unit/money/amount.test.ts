import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmount } from '../../../shared/money';

describe('parseAmount', () => {
  it.each([
    ['855,000천원', 855_000_000, '천원'],
    ['63,871백만원', 63_871_000_000, '백만원'],
    ['666억원', 66_600_000_000, '억원'],
    ['296.6억원', 29_660_000_000, '억원'],
    ['1조 2,345억원', 1_234_500_000_000, '억원'],
    ['1조2,345억원', 1_234_500_000_000, '억원'],
    ['19조 7,960억원', 19_796_000_000_000, '억원'],
    ['2조원', 2_000_000_000_000, '조원'],
    ['25,060천원(구비)', 25_060_000, '천원'],
    ['△1,234천원', -1_234_000, '천원'],
    ['-1,234천원', -1_234_000, '천원'],
    ['4,500만원', 45_000_000, '원'],
    ['3억 5,000만원', 350_000_000, '원'],
    ['721,791원', 721_791, '원'],
    ['30백만원 이내', 30_000_000, '백만원'],
    ['1, 234천원', 1_234_000, '천원'],
    ['１２천원', 12_000, '천원'],
    ['30억 원', 3_000_000_000, '억원'],
    ['1,234 천 원', 1_234_000, '천원'],
    ['10만 원', 100_000, '원'],
  ])('reads %j as %d won in %s', (text, won, unit) => {
    const parsed = parseAmount(text);
    expect(parsed).toMatchObject({ kind: 'money', won, unit });
    expect(parsed && 'approximate' in parsed).toBe(false);
  });

  it('records the printed decimals of an amount', () => {
    expect(parseAmount('249.34억원')).toMatchObject({ won: 24_934_000_000, decimals: 2 });
  });

  it.each([
    ['약 30억원', 3_000_000_000],
    ['약30억원', 3_000_000_000],
    ['700억원 내외', 70_000_000_000],
    ['700억원 정도', 70_000_000_000],
    ['50억원가량', 5_000_000_000],
    ['약 1조원', 1_000_000_000_000],
  ])('marks %j as approximate', (text, won) => {
    expect(parseAmount(text)).toMatchObject({ kind: 'money', won, approximate: true });
  });

  it.each([
    ['5,000천원~10,000천원'],
    ['5,000~10,000천원'],
    ['5,000천원 ~ 10,000천원'],
    ['5,000～10,000천원'],
  ])('reads the range %j with its min and max', (text) => {
    expect(parseAmount(text)).toMatchObject({
      kind: 'range',
      min: 5_000_000,
      max: 10_000_000,
      unit: '천원',
    });
  });

  it.each([['국비 10,483'], ['제39조 및 같은 법'], ['3원칙'], ['97.7%'], [''], ['예산 없음']])(
    'finds no unit-bearing amount in %j',
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );

  it('does not read 계약 as the approximation marker 약', () => {
    expect(parseAmount('계약 30억원')).toEqual({
      kind: 'money',
      won: 3_000_000_000,
      unit: '억원',
      text: '30억원',
    });
  });
});

describe('findAmounts', () => {
  it('returns every unit-bearing amount in order with offsets into the text', () => {
    const line =
      '사업비 117,676천원(국비 10,483, 시비 27,417천원) 중 약 30억원, 추경(△384,806천원)';
    const found = findAmounts(line);
    expect(found.map((f) => line.slice(f.start, f.end))).toEqual([
      '117,676천원',
      '27,417천원',
      '약 30억원',
      '△384,806천원',
    ]);
    expect(found.map((f) => f.value.text)).toEqual(found.map((f) => line.slice(f.start, f.end)));
    expect(found[3]?.value).toMatchObject({ kind: 'money', won: -384_806_000 });
  });

  it('keeps offsets right when the line has full-width digits', () => {
    const line = '총 １，０００천원 및 5억원';
    const found = findAmounts(line);
    expect(found.map((f) => line.slice(f.start, f.end))).toEqual(['１，０００천원', '5억원']);
    expect(found[0]?.value).toMatchObject({ won: 1_000_000 });
  });

  it('reads a range in prose as one amount', () => {
    const line = '지원 규모: 5,000천원 ~ 10,000천원(사업별)';
    expect(findAmounts(line)).toEqual([
      {
        value: {
          kind: 'range',
          min: 5_000_000,
          max: 10_000_000,
          unit: '천원',
          text: '5,000천원 ~ 10,000천원',
        },
        start: 7,
        end: 25,
      },
    ]);
  });

  it('does not treat a hyphen between words as a minus sign', () => {
    const found = findAmounts('A-1,000천원');
    expect(found[0]?.value).toMatchObject({ won: 1_000_000 });
  });

  it('returns nothing for a line without units', () => {
    expect(findAmounts('국비 10,483, 시비 27,417')).toEqual([]);
  });
});
