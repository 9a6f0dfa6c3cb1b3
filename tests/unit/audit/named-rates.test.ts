/**
 * A rate named after its neighbours (`개수현황 / 계 | 개수 | 미개수 | 개수율`): invented river figures
 * in the shape of a real bureau plan.
 */
import { describe, expect, it } from 'vitest';
import { auditNamedRates } from '../../../shared/audit/rules/named-rates';
import type { ColumnRole } from '../../../shared/model/table';
import { table } from '../../fixtures/audit/build';

const COLUMNS: [ColumnRole, string][] = [
  ['label', '구분'],
  ['total', '개수현황/계'],
  ['other', '개수현황/개수'],
  ['other', '개수현황/미개수'],
  ['executionRate', '개수현황/개수율'],
];

const build = (rate: string, rest = '50.00') =>
  table({
    unitLine: '(단위: ㎞, %)',
    columns: COLUMNS,
    rows: [
      { label: '국가하천', cells: ['100.00', '50.00', rest, rate] },
      { label: '소하천', cells: ['40.00', '10.00', '30.00', '25.00'] },
    ],
  });

describe('a rate whose formula its neighbours name (개수율 = 개수 ÷ 계)', () => {
  it('finds nothing when every printed rate equals 개수 ÷ 계 rounded', () => {
    expect(auditNamedRates(build('50.00'))).toEqual([]);
  });

  it('reports a wrong rate as an error when 계 is proven the sum of 개수 and 미개수', () => {
    const findings = auditNamedRates(build('52.00'));
    expect(findings.map((f) => [f.severity, f.code, f.stated, f.computed])).toEqual([
      ['error', 'rate-mismatch', 52, 50],
    ]);
    expect(findings[0]?.message.ko).toContain('개수현황/개수 ÷ 개수현황/계');
  });

  it('only warns, saying what was inferred, when 계 is not the sum of its parts', () => {
    const findings = auditNamedRates(build('52.00', '45.00'));
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]?.message.ko).toContain('분모인지를 머리글 이름으로 추정');
  });
});
