import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresByScope, isTotalRowName } from '../../../shared/figures';
import { buildHierarchy, type HierarchyLine } from '../../../shared/hierarchy';

/** A 세입 table of one bureau and year: its parts, and a 계 row placed among them. */
const table = fc.record({
  parts: fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 6 }),
  at: fc.nat(),
  // 0: the 계 row restates the parts' sum; otherwise it is off by this much (not their total)
  offBy: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e6 })),
  withDepartment: fc.boolean(),
});

interface Table {
  parts: number[];
  at: number;
  offBy: number;
  withDepartment: boolean;
}

function linesOf({ parts, at, offBy, withDepartment }: Table): HierarchyLine[] {
  const line = (project: string, currentBudget: number, index: number): HierarchyLine => ({
    key: `k${index}`,
    documentId: 1,
    fiscalYear: 2025,
    category: 'revenue',
    bureau: '주민복지국',
    ...(withDepartment ? { department: '복지정책과' } : {}),
    project,
    currentBudget,
    source: { line: index + 1 },
  });
  const lines = parts.map((amount, index) => line(`수입${index}`, amount, index));
  const total = line('계', parts.reduce((a, b) => a + b, 0) + offBy, parts.length);
  lines.splice(at % (lines.length + 1), 0, total);
  return lines;
}

describe('a group’s one 계 row is its stated total, in the review tree and in the domain alike', () => {
  it('the grid’s and the domain’s totals are the 계 row’s figure, never 계 added to its parts', () => {
    fc.assert(
      fc.property(table, (input) => {
        const lines = linesOf(input);
        const parts = input.parts.reduce((a, b) => a + b, 0);
        // the stated 계 (a 계 off its parts' sum is the audit's to flag, not the total's to fix)
        const expected = parts + input.offBy;
        const tree = buildHierarchy(lines);
        const domain = figuresByScope(lines);
        expect(tree.totals).toHaveLength(1);
        expect(tree.totals[0]!.meaning.yearBudget).toBe(expected);
        expect(domain[0]!.figures.yearBudget).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('names a total row 계, 합계 or 총계, spaced or not, and not 소계', () => {
    expect(['계', '합 계', '총계', '합계'].every(isTotalRowName)).toBe(true);
    expect(['소계', '계약', '세외수입'].some(isTotalRowName)).toBe(false);
  });
});
