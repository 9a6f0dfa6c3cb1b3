import { describe, expect, it } from 'vitest';
import { readBudgetStatement } from '../../../shared/import/interpret/budget-statement';

describe('budget statements in prose', () => {
  it.each([
    [
      '소요예산 : 855,000천원(시비)',
      { requiredBudget: 855_000_000, funding: { city: 855_000_000 } },
    ],
    [
      '사업비: 334,266천원(국비 41,514천원, 시비 1,100천원, 구비 291,652천원)',
      {
        requiredBudget: 334_266_000,
        funding: { national: 41_514_000, city: 1_100_000, district: 291_652_000 },
      },
    ],
    [
      '사업비: 117,676천원(국비 10,483, 시비 6,831, 구비 100,362)',
      {
        requiredBudget: 117_676_000,
        funding: { national: 10_483_000, city: 6_831_000, district: 100_362_000 },
      },
    ],
    [
      '소요예산: 총 96,000천원(시비 60,000, 구비 36,000)',
      { requiredBudget: 96_000_000, funding: { city: 60_000_000, district: 36_000_000 } },
    ],
    [
      '사 업 비: 1,536,000천원(사비 475,000천원, 구비 650,000천원, 특교금 411,000천원)',
      {
        requiredBudget: 1_536_000_000,
        funding: { city: 475_000_000, district: 650_000_000, specialGrant: 411_000_000 },
      },
    ],
    ['예산: 30억원(기금)', { budget: 3_000_000_000, funding: { fund: 3_000_000_000 } }],
  ])('reads %s', (text, expected) => {
    const statement = readBudgetStatement(text)!;
    const won = statement.main?.kind === 'money' ? statement.main.won : undefined;
    expect({ [statement.field]: won, funding: statement.funding }).toEqual(expected);
  });

  it('reads 본예산 and 추경 under a single funding source', () => {
    const statement = readBudgetStatement(
      '사업비: 1,022,477천원(구비: 본예산 995,060천원, 추경 27,417천원)',
    )!;
    expect(statement).toMatchObject({
      funding: { district: 1_022_477_000 },
      originalBudget: 995_060_000,
      supplementary: 27_417_000,
    });
  });

  it('keeps the written unit, so 721,791원 can be flagged later', () => {
    expect(readBudgetStatement('사업비: 721,791원(구비)')!.main).toMatchObject({
      kind: 'money',
      won: 721_791,
      unit: '원',
    });
  });

  it('reads a range and 비예산', () => {
    expect(
      readBudgetStatement('연구비 : 연구과제 별 5,000천원 ~ 10,000천원(시비)')!.main,
    ).toMatchObject({ kind: 'range', min: 5_000_000, max: 10_000_000 });
    expect(readBudgetStatement('사업비: 비예산')).toMatchObject({ noBudget: true, main: null });
  });

  it('records the source names as written, typos included', () => {
    expect(readBudgetStatement('사업비: 100천원(사비 60천원, 구비 40천원)')!.sourceNames).toEqual([
      '사비',
      '구비',
    ]);
  });

  it('is not fooled by words that merely contain 예산', () => {
    expect(readBudgetStatement('예산학교 운영 : 2021. 3월')).toBeNull();
    expect(readBudgetStatement('주민참여예산 사업공모')).toBeNull();
  });
});

describe('budget statements in other writers’ styles', () => {
  it('reads one-syllable sources and 억 without 원', () => {
    const statement = readBudgetStatement('사업예산: 12억원(국 6억, 시 3억, 구 3억)')!;
    expect(statement.funding).toEqual({
      national: 600_000_000,
      city: 300_000_000,
      district: 300_000_000,
    });
  });

  it('reads parts separated by slashes', () => {
    const statement = readBudgetStatement(
      '소요예산: 50,000천원 (시비 30,000천원 / 구비 20,000천원)',
    )!;
    expect(statement.funding).toEqual({ city: 30_000_000, district: 20_000_000 });
  });
});

describe('budget statements without a colon', () => {
  it('reads 소요예산 855,000천원(시비) when the amount follows at once', () => {
    expect(readBudgetStatement('소요예산 855,000천원(시비)')).toMatchObject({
      funding: { city: 855_000_000 },
    });
  });

  it('leaves prose that merely starts with the word alone', () => {
    expect(readBudgetStatement('사업비 정산 및 최종평가')).toBeNull();
    expect(readBudgetStatement('예산 3,000천원 확보')).toBeNull();
  });
});
