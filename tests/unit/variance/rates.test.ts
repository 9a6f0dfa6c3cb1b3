import { describe, expect, it } from 'vitest';
import {
  change,
  changeRate,
  collectionRate,
  executionRate,
  obligationRate,
  projectedLapse,
  projectedRate,
  reasonText,
  share,
  unspent,
  valueOr,
} from '../../../shared/variance';

describe('rates and differences', () => {
  it.each([
    ['change', change(1_200, 1_000), 200],
    ['change to a negative', change(800, 1_000), -200],
    ['change rate', changeRate(1_200, 1_000), 20],
    ['change rate down to nothing', changeRate(0, 1_000), -100],
    ['execution rate', executionRate(977, 1_000), 97.7],
    ['obligation rate', obligationRate(1_000, 1_000), 100],
    ['projected rate', projectedRate(500, 2_000), 25],
    ['collection rate', collectionRate(3, 4), 75],
    ['projected lapse', projectedLapse(2_000, 1_500), 500],
    ['unspent', unspent(2_000, 2_500), -500],
    ['share', share(1, 4), 25],
  ])('computes the %s', (_name, result, expected) => {
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['a rate of a zero budget', executionRate(10, 0), 'zero-base'],
    ['a change rate from zero', changeRate(10, 0), 'zero-base'],
    ['a rate without spending', executionRate(undefined, 1_000), 'missing'],
    ['a rate without budget', projectedRate(10, null), 'missing'],
    ['a change without last year', change(10, undefined), 'missing'],
    ['a rate of NaN', share(Number.NaN, 10), 'missing'],
    ['a rate of a negative base', share(5, -10), 'not-applicable'],
  ])('gives no value for %s', (_name, result, reason) => {
    expect(result).toEqual({ ok: false, reason });
  });

  it('gives the reason in Korean and English', () => {
    expect(reasonText('zero-base')).toEqual({ ko: '기준액 0', en: 'base is zero' });
    expect(reasonText('missing').ko).toBe('자료 없음');
    expect(reasonText('not-applicable').en).toBe('not applicable');
  });

  it('falls back for sorting when there is no value', () => {
    expect(valueOr(executionRate(1, 0), -1)).toBe(-1);
    expect(valueOr(executionRate(1, 4), -1)).toBe(25);
  });

  it('never returns negative zero', () => {
    const result = change(5, 5);
    expect(result.ok && Object.is(result.value, -0)).toBe(false);
  });
});
