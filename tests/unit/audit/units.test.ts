import { describe, expect, it } from 'vitest';
import { auditUnitAnomalies } from '../../../shared/audit';
import { budgetLine } from '../../fixtures/audit/build';
import { unitAnomaly } from '../../fixtures/audit/situations';

const thousands = [312_500_000, 45_000_000, 1_850_000_000, 18_200_000].map((won, index) =>
  budgetLine({ project: `사업${index}`, requiredBudget: won, statedUnit: '천원' }),
);

describe('unit anomaly rule', () => {
  it('warns about a 원 amount among 천원 amounts and suggests the 천원 value', () => {
    const findings = auditUnitAnomalies(unitAnomaly.lines);
    expect(findings).toMatchObject([
      {
        severity: 'warning',
        code: 'unit-anomaly',
        stated: 612_345,
        computed: 612_345_000,
        source: { line: 60 },
      },
    ]);
    expect(findings[0]?.message.ko).toContain('천원 단위라면 612,345천원입니다');
  });

  it('stays quiet when the 원 amount is plausible as it is', () => {
    const plausible = budgetLine({
      project: '큰 사업',
      requiredBudget: 250_000_000,
      statedUnit: '원',
    });
    expect(auditUnitAnomalies([...thousands, plausible])).toEqual([]);
  });

  it('stays quiet without enough siblings in another unit', () => {
    const odd = budgetLine({ project: '작은 사업', requiredBudget: 612_345, statedUnit: '원' });
    expect(auditUnitAnomalies([...thousands.slice(0, 2), odd])).toEqual([]);
  });

  it('ignores lines without a stated unit or amount', () => {
    const bare = budgetLine({ project: '단위 없음', requiredBudget: 612_345 });
    const empty = budgetLine({ project: '비예산', noBudget: true, statedUnit: '원' });
    expect(auditUnitAnomalies([...thousands, bare, empty])).toEqual([]);
  });

  it('uses budget when there is no required budget', () => {
    const odd = budgetLine({ project: '작은 사업', budget: 99_000, statedUnit: '원' });
    expect(auditUnitAnomalies([...thousands, odd]).map((f) => f.code)).toEqual(['unit-anomaly']);
  });
});
