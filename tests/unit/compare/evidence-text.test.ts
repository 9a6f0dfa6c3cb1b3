import { describe, expect, it } from 'vitest';
import {
  compareDepartments,
  comparePlanVsResults,
  compareYearOverYear,
} from '../../../shared/compare';
import { comparisonEvidenceText } from '../../../shared/compare/evidence-text';
import { gaon2023, gaon2024, sample, side, tourism2025, tourism2026 } from './invented-pairs';

describe('the basis a comparison states before its conclusions', () => {
  it('says one document’s results and plan are compared, and that absence is not called 종료 or 신규', () => {
    const comparison = compareYearOverYear({
      before: side(sample, 1, '2025년', 2025),
      after: side(sample, 1, '2026년', 2026),
    });
    const text = comparisonEvidenceText(comparison)!;
    expect(text.ko).toContain('같은 문서');
    expect(text.ko).toContain('2026년 계획(소요예산)');
    expect(text.ko).toContain('자료의 종류(계획·실적)가 달라');
    expect(text.ko).toContain('"이후 자료에 없음"');
    expect(text.en).toContain('FY2026 plan (required budget)');
  });

  it('allows 종료 and 신규 between two plans of one organisation and office', () => {
    const comparison = compareYearOverYear({
      before: side(tourism2025, 1, '2025년'),
      after: side(tourism2026, 2, '2026년'),
    });
    const text = comparisonEvidenceText(comparison)!;
    expect(text.ko).toContain('같은 기관·같은 부서의 두 문서');
    expect(text.ko).toContain('종료·신규로 표시합니다');
    expect(comparison.evidence?.concludes).toBe(true);
  });

  it('never concludes between a plan and results, and says the kinds differ', () => {
    const comparison = comparePlanVsResults({
      plan: side(gaon2023, 1, '2023년 계획'),
      results: side(gaon2024, 2, '2024년 실적'),
    });
    const text = comparisonEvidenceText(comparison);
    expect(text?.ko).not.toContain('종료·신규로 표시합니다');
  });

  it('has nothing to say for one document’s departments', () => {
    expect(comparisonEvidenceText(compareDepartments({ side: side(sample, 1, '2025년') }))).toBe(
      undefined,
    );
  });
});
