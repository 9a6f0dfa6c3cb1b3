import { describe, expect, it } from 'vitest';
import type { KeyArithmetic } from '../../eval/key-schema';
import { scoreErrors } from '../../eval/match-errors';
import { finding } from './invented';

const realError: KeyArithmetic = {
  page: 12,
  what: '세출 계 is not the sum of the departments',
  stated: 1_081_687_000_000,
  computed: 1_081_688_000_000,
};

describe('scoring the importer’s 오류 findings against the key’s errors', () => {
  it('counts an error finding at the key error’s page with its figure as real', () => {
    const score = scoreErrors([realError], [finding()]);
    expect(score.falseErrors).toEqual([]);
    expect(score.realErrors[0]?.finding?.severity).toBe('error');
  });

  it('counts an error finding on a page with no listed error as false', () => {
    const elsewhere = finding({ source: { line: 500, page: 13 } });
    const score = scoreErrors([realError], [elsewhere]);
    expect(score.falseErrors).toEqual([elsewhere]);
    expect(score.realErrors[0]?.finding).toBeUndefined();
  });

  it('counts an error finding with other figures on the right page as false', () => {
    const other = finding({ stated: 10, computed: 11 });
    expect(scoreErrors([realError], [other]).falseErrors).toEqual([other]);
  });

  it('counts every error finding as false when the key lists no error', () => {
    expect(scoreErrors([], [finding(), finding()]).falseErrors).toHaveLength(2);
  });

  it('never counts warnings as false errors, but shows a real error reported only as a warning', () => {
    const warning = finding({ severity: 'warning' });
    const score = scoreErrors([realError], [warning, finding({ severity: 'warning', stated: 3 })]);
    expect(score.falseErrors).toEqual([]);
    expect(score.realErrors[0]?.finding).toBe(warning);
  });

  it('matches figures given in the table’s unit (백만원) against the key’s won', () => {
    const inMillions = finding({ stated: 1_081_687, computed: 1_081_688 });
    expect(scoreErrors([realError], [inMillions]).falseErrors).toEqual([]);
  });

  it('matches a count the importer scaled as money (1,798대 read as 1,798천원)', () => {
    const count: KeyArithmetic = { page: 12, what: '합계', stated: 1798, computed: 1788 };
    const asMoney = finding({ stated: 1_798_000, computed: 1_788_000 });
    expect(scoreErrors([count], [asMoney]).falseErrors).toEqual([]);
  });

  it('places a text error within two lines', () => {
    const textError: KeyArithmetic = { line: 100, what: '계', stated: 9, computed: 8 };
    const near = finding({ stated: 9, computed: 8, source: { line: 102 } });
    const far = finding({ stated: 9, computed: 8, source: { line: 103 } });
    expect(scoreErrors([textError], [near, far]).falseErrors).toEqual([far]);
  });
});
