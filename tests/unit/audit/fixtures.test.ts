import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../shared/audit';
import {
  brokenFundingSplit,
  truncatedRate,
  unitAnomaly,
  wrongRate,
} from '../../fixtures/audit/situations';

describe('invented situations', () => {
  it('reports a truncated rate as info and nothing else', () => {
    expect(auditReport(truncatedRate).map((f) => [f.severity, f.code])).toEqual([
      ['info', 'rate-truncated'],
    ]);
  });

  it('reports a rate wrong by 0.1 point beyond rounding as an error', () => {
    const findings = auditReport(wrongRate);
    expect(findings.map((f) => [f.severity, f.code])).toEqual([['error', 'rate-mismatch']]);
    expect(findings[0]).toMatchObject({ stated: 30.5, computed: 30.62 });
  });

  it('reports a funding split that does not add up as an error', () => {
    expect(auditReport(brokenFundingSplit)).toMatchObject([
      { severity: 'error', code: 'funding-mismatch', difference: 50_000_000, source: { line: 42 } },
    ]);
  });

  it('reports a unit anomaly as a warning', () => {
    expect(auditReport(unitAnomaly)).toMatchObject([
      { severity: 'warning', code: 'unit-anomaly', source: { line: 60 } },
    ]);
  });
});
