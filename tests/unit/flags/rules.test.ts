import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLAG_RULES,
  evaluateFlagRules,
  isoDate,
  readFlagRules,
  type FlagRule,
} from '../../../shared/flags';

const rules: FlagRule[] = [
  { id: 'e', kind: 'execution-below', enabled: true, percent: 60, byDate: '10-31' },
  { id: 'c', kind: 'change-above', enabled: true, percent: 20 },
  { id: 'l', kind: 'lapse-above', enabled: true, won: 50_000_000 },
];

describe('flag rules', () => {
  it('flags a low execution rate once the figures are as of the rule’s date', () => {
    const hits = evaluateFlagRules(
      { fiscalYear: 2020, asOf: '2020. 10. 31.', executionRate: 41.2 },
      rules,
    );
    expect(hits.map((hit) => hit.ruleId)).toEqual(['e']);
    expect(hits[0]?.message.ko).toContain('41.2%');
    expect(hits[0]?.message.ko).toContain('10월 31일');
  });

  it('shows two decimals when one would round up to the threshold itself', () => {
    const [hit] = evaluateFlagRules({ executionRate: 59.96 }, rules);
    expect(hit?.message.ko).toContain('59.96%');
  });

  it('does not flag a low execution rate reported before the date', () => {
    expect(
      evaluateFlagRules({ fiscalYear: 2020, asOf: '2020-09-30', executionRate: 41.2 }, rules),
    ).toEqual([]);
  });

  it('flags a change beyond ±Y% in either direction but not at exactly Y', () => {
    expect(evaluateFlagRules({ changeRate: -25 }, rules).map((h) => h.kind)).toEqual([
      'change-above',
    ]);
    expect(evaluateFlagRules({ changeRate: 20 }, rules)).toEqual([]);
  });

  it('flags a projected lapse above the amount, with the amount in the message', () => {
    const [hit] = evaluateFlagRules({ projectedLapse: 120_000_000 }, rules);
    expect(hit?.kind).toBe('lapse-above');
    expect(hit?.message.ko).toContain('1.2억원');
  });

  it('ignores disabled rules and missing figures', () => {
    const off = rules.map((rule) => ({ ...rule, enabled: false }));
    expect(evaluateFlagRules({ executionRate: 0, changeRate: 500 }, off)).toEqual([]);
    expect(evaluateFlagRules({}, rules)).toEqual([]);
  });

  it('falls back to the defaults when the stored rules are unreadable', () => {
    expect(readFlagRules(undefined)).toEqual(DEFAULT_FLAG_RULES);
    expect(readFlagRules([{ kind: 'nonsense' }])).toEqual(DEFAULT_FLAG_RULES);
    expect(readFlagRules(rules)).toEqual(rules);
  });

  it('reads the dates documents write', () => {
    expect(isoDate('2020. 10. 31.')).toBe('2020-10-31');
    expect(isoDate('2023년 11월 2일')).toBe('2023-11-02');
    expect(isoDate('제245회')).toBeUndefined();
  });
});
