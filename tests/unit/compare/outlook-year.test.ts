/**
 * A 2025 plan that gives 2026 figures for a few projects (a yearly table's `’26년` column) is not a
 * 2026 plan: comparing its 2025 with its 2026 must not call the other projects missing or ended.
 */
import { describe, expect, it } from 'vitest';
import { compareYearOverYear } from '../../../shared/compare';
import { rowConclusionLabel } from '../../../shared/compare/conclusion';
import { comparisonEvidenceText } from '../../../shared/compare/evidence-text';
import { parseReport } from '../../../shared/import';
import { side } from './invented-pairs';

const plan2025 = parseReport(
  [
    '2025년 주요업무계획',
    '',
    '한빛시 공원녹지국',
    '',
    '1. 도시숲 조성',
    '',
    '□ 연도별 투자계획',
    '(단위: 백만원)',
    '구분\t계\t’25년\t’26년',
    '도시숲 조성\t7,000\t6,000\t1,000',
    '',
    '2. 정원 가꾸기',
    '',
    '□ 사업비 : 500백만원(시비)',
    '',
  ].join('\n') + '\n',
  { fileName: 'plan-2025.txt' },
);

describe('one plan’s own year against a year it only touches on', () => {
  const comparison = compareYearOverYear({
    before: side(plan2025, 1, '2025년', 2025),
    after: side(plan2025, 1, '2026년', 2026),
  });

  it('marks no project as missing, ended or new when the plan simply states no 2026 figure', () => {
    const garden = comparison.rows.find((row) => row.label.includes('정원'));
    expect(garden).toBeDefined();
    expect(rowConclusionLabel(garden!)).toBeUndefined();
    expect(comparison.evidence?.bothYearsCovered).toBe(false);
  });

  it('says why in the basis it prints before the rows', () => {
    expect(comparisonEvidenceText(comparison)?.ko).toContain('문서가 한 해만 다루므로');
  });
});
