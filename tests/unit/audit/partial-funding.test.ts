import { describe, expect, it } from 'vitest';
import { auditLineFunding } from '../../../shared/audit';
import { budgetLine } from '../../fixtures/audit/build';

describe('funding rule on partial splits and on the spent figure’s own split', () => {
  it('never adds up a partial split: the named payers’ parts of a larger whole', () => {
    const line = budgetLine({
      project: '가',
      budget: 196_000_000,
      statedUnit: '백만원',
      funding: { national: 98_000_000 },
      fundingPartial: true,
    });
    expect(auditLineFunding(line)).toEqual([]);
  });

  it('still reports the same parts when the split claims to be whole', () => {
    const line = budgetLine({
      project: '가',
      budget: 196_000_000,
      statedUnit: '백만원',
      funding: { national: 98_000_000 },
    });
    expect(auditLineFunding(line).map((finding) => finding.code)).toEqual(['funding-mismatch']);
  });

  it('accepts a spent figure whose own split adds up, beside the budget’s', () => {
    const line = budgetLine({
      project: '나',
      budget: 1_450_000_000,
      spent: 840_000_000,
      statedUnit: '백만원',
      funding: { national: 1_015_000_000, city: 435_000_000 },
      spentFunding: { national: 588_000_000, city: 252_000_000 },
    });
    expect(auditLineFunding(line)).toEqual([]);
  });

  it('reports a spent split that does not add up to the spent figure, naming 집행액', () => {
    const line = budgetLine({
      project: '나',
      budget: 1_450_000_000,
      spent: 840_000_000,
      statedUnit: '백만원',
      funding: { national: 1_015_000_000, city: 435_000_000 },
      spentFunding: { national: 588_000_000, city: 262_000_000 },
    });
    const findings = auditLineFunding(line);
    expect(findings).toMatchObject([
      { severity: 'error', code: 'funding-mismatch', stated: 840_000_000, computed: 850_000_000 },
    ]);
    expect(findings[0]?.message.ko).toContain('집행액 840백만원');
  });
});
