import { describe, expect, it } from 'vitest';
import { parseCell, type TableUnit } from '../../../shared/money';

const thousand: TableUnit = { kind: 'money', unit: '천원' };
const million: TableUnit = { kind: 'money', unit: '백만원' };
const hundredMillion: TableUnit = { kind: 'money', unit: '억원' };
const people: TableUnit = { kind: 'count', label: '명' };

describe('parseCell under a money unit', () => {
  it.each([
    ['1,234', thousand, 1_234_000],
    ['1234', thousand, 1_234_000],
    ['63,871', million, 63_871_000_000],
    ['0', thousand, 0],
    ['△1,234', thousand, -1_234_000],
    ['△ 1,234', thousand, -1_234_000],
    ['-1,234', thousand, -1_234_000],
    ['▽500', thousand, -500_000],
    ['+500', thousand, 500_000],
    ['▲500', thousand, 500_000],
    ['1, 234', thousand, 1_234_000],
    ['１，２３４', thousand, 1_234_000],
    ['1,234(시비)', thousand, 1_234_000],
    ['1,234 (구비)', thousand, 1_234_000],
    ['296.6', hundredMillion, 29_660_000_000],
    ['0.1234', thousand, 123],
    ['  42  ', thousand, 42_000],
  ])('reads %j as %d won', (text, unit, won) => {
    const parsed = parseCell(text, unit);
    expect(parsed).toMatchObject({ kind: 'money', won });
    expect(parsed?.text).toBe(text.trim());
  });

  it.each([
    ['601,418천원', 601_418_000, '천원'],
    ['1,234천원(구비)', 1_234_000, '천원'],
    ['721,791원', 721_791, '원'],
    ['45억원', 4_500_000_000, '억원'],
  ])('lets a cell with its own unit (%j) override the table unit', (text, won, unit) => {
    expect(parseCell(text, million)).toMatchObject({ kind: 'money', won, unit });
  });

  it('records the printed decimals of a money cell', () => {
    expect(parseCell('296.6', hundredMillion)).toMatchObject({ won: 29_660_000_000, decimals: 1 });
    expect(parseCell('296', hundredMillion)).not.toHaveProperty('decimals');
  });

  it('reads a cell range under the table unit', () => {
    expect(parseCell('5,000~10,000', thousand)).toMatchObject({
      kind: 'range',
      min: 5_000_000,
      max: 10_000_000,
      unit: '천원',
    });
  });

  it('never gives negative zero', () => {
    const parsed = parseCell('△0', thousand);
    expect(parsed?.kind === 'money' && Object.is(parsed.won, -0)).toBe(false);
  });
});

describe('parseCell for nothing, percentages and counts', () => {
  it.each([['-'], ['_'], ['–'], ['—'], [''], ['   '], ['－'], ['--']])(
    'reads %j as nothing, distinct from 0',
    (text) => {
      expect(parseCell(text, thousand)).toEqual({ kind: 'nothing', text: text.trim() });
    },
  );

  it.each([
    ['97.7%', 97.7, 1],
    ['50%', 50, 0],
    ['△100%', -100, 0],
    ['△100.0%', -100, 1],
    ['-3.25 %', -3.25, 2],
    ['１００．０％', 100, 1],
  ])('reads %j as a percentage', (text, value, decimals) => {
    expect(parseCell(text, thousand)).toMatchObject({ kind: 'percent', value, decimals });
  });

  it.each([
    ['12', people, 12, 0],
    ['1,234', people, 1234, 0],
    ['△3', people, -3, 0],
    ['12', null, 12, 0],
    ['3.5', { kind: 'unknown' } as TableUnit, 3.5, 1],
    ['10 (별정1)', people, 10, 0],
    ['5건', thousand, 5, 0],
    ['12개소', null, 12, 0],
  ])('reads %j under %j as a plain number', (text, unit, value, decimals) => {
    expect(parseCell(text, unit)).toMatchObject({ kind: 'number', value, decimals });
  });

  it.each([['지속사업'], ['마포1번가연구단'], ['1,234 사업'], ['12.3.4'], ['abc']])(
    'gives null for text that is not a figure: %j',
    (text) => {
      expect(parseCell(text, thousand)).toBeNull();
    },
  );
});
