import { describe, expect, it } from 'vitest';
import { auditRates, checkRate } from '../../../shared/audit';
import type { ColumnRole } from '../../../shared/model/table';
import { table } from '../../fixtures/audit/build';

const execution = (budget: string, spent: string, rate: string) =>
  table({
    unitLine: '(단위 : 천원, %)',
    columns: [
      ['label', '사업명'],
      ['currentBudget', '예산현액'],
      ['spent', '지출액'],
      ['executionRate', '집행률'],
    ],
    rows: [{ label: '가상 사업', cells: [budget, spent, rate] }],
  });

describe('checkRate', () => {
  it.each([
    [48.8, 48_790, 100_000, 1, 'ok'],
    [48.7, 48_790, 100_000, 1, 'truncated'],
    [48.6, 48_790, 100_000, 1, 'mismatch'],
    [48.8, 48_750, 100_000, 1, 'ok'],
    [48.7, 48_750, 100_000, 1, 'truncated'],
    [49, 48_790, 100_000, 0, 'ok'],
    [-100, -1_000, 1_000, 1, 'ok'],
    [66.7, 2, 3, 1, 'ok'],
    [66.6, 2, 3, 1, 'truncated'],
  ] as const)('%d%% for %d ÷ %d at %d decimals is %s', (stated, part, base, decimals, kind) => {
    expect(checkRate(stated, part, base, decimals).kind).toBe(kind);
  });
});

describe('rates rule', () => {
  it('finds nothing when the printed rate is the rounded one', () => {
    expect(auditRates(execution('293,000', '142,800', '48.7%'))).toEqual([]);
  });

  it('reports a truncated rate as info', () => {
    const findings = auditRates(execution('100,000', '48,790', '48.7%'));
    expect(findings).toMatchObject([
      { severity: 'info', code: 'rate-truncated', stated: 48.7, computed: 48.79 },
    ]);
    expect(findings[0]?.message.ko).toContain('반올림하지 않고 버린 값');
    expect(findings[0]?.message.en).toContain('truncated, not rounded');
  });

  it('reports a rate off beyond rounding as an error', () => {
    const findings = auditRates(execution('100,000', '48,790', '48.9%'));
    expect(findings).toMatchObject([{ severity: 'error', code: 'rate-mismatch', stated: 48.9 }]);
    expect(findings[0]?.message.ko).toBe(
      "'가상 사업' 행의 집행률 48.9%가 지출액 48,790천원 ÷ 예산현액 100,000천원 = 48.79%(반올림 48.8%)와 다릅니다",
    );
  });

  it('gives no finding when the base is 0 or the rate is not printed', () => {
    expect(auditRates(execution('0', '0', '0.0%'))).toEqual([]);
    expect(auditRates(execution('100', '50', '-'))).toEqual([]);
  });

  it.each<[ColumnRole, ColumnRole]>([
    ['obligated', 'obligationRate'],
    ['projectedSpend', 'projectedRate'],
    ['collected', 'collectionRate'],
  ])('checks %s against %s', (part, rate) => {
    const wrong = table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '사업명'],
        ['currentBudget', '예산현액'],
        [part, part],
        [rate, rate],
      ],
      rows: [{ label: '가', cells: ['1,000', '500', '55.0%'] }],
    });
    expect(auditRates(wrong).map((f) => f.code)).toEqual(['rate-mismatch']);
  });

  const revenue = (current: string, previous: string, rate: string) =>
    table({
      unitLine: '(단위: 천원)',
      columns: [
        ['label', '과목'],
        ['budget', '2020년'],
        ['previousBudget', '2019년'],
        ['changeRate', '증감률'],
      ],
      rows: [{ label: '사용료', cells: [current, previous, rate] }],
    });

  it('checks a change rate against (this year − last year) ÷ last year', () => {
    expect(auditRates(revenue('1,200', '1,000', '20.0%'))).toEqual([]);
    expect(auditRates(revenue('900', '1,000', '△10.0%'))).toEqual([]);
    expect(auditRates(revenue('900', '1,000', '10.0%')).map((f) => f.code)).toEqual([
      'rate-mismatch',
    ]);
  });

  it('expects △100% when this year is 0 or nothing', () => {
    expect(auditRates(revenue('-', '1,000', '△100%'))).toEqual([]);
    expect(auditRates(revenue('0', '1,000', '△100.0%'))).toEqual([]);
    expect(auditRates(revenue('-', '1,000', '100%')).map((f) => f.code)).toEqual(['rate-mismatch']);
  });
});
