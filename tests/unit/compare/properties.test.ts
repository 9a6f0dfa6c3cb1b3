import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparableLines,
  compareYearOverYear,
  matchLines,
  nameSimilarity,
} from '../../../shared/compare';
import { sumMeaning } from '../../../shared/figures';
import { charsSimilarity, nameChars } from '../../../shared/compare/name-similarity';
import { line } from './lines';

const NAMES = [
  '도시숲 조성',
  '도시 숲조성',
  '경로당 지원',
  '경로당지원 사업',
  '하천 정비',
  '도서관',
];
const DEPARTMENTS = ['공원녹지과', '복지정책과'];

const arbitraryLine = (year: number) =>
  fc
    .record({
      department: fc.constantFrom(...DEPARTMENTS),
      project: fc.constantFrom(...NAMES),
      budget: fc.option(fc.integer({ min: -1e9, max: 1e12 }), { nil: undefined }),
      // the field the document printed it in; 총사업비 is never the year's budget
      field: fc.constantFrom(
        'currentBudget',
        'budget',
        'originalBudget',
        'requiredBudget',
        'totalCost',
      ) as fc.Arbitrary<
        'currentBudget' | 'budget' | 'originalBudget' | 'requiredBudget' | 'totalCost'
      >,
    })
    .map(({ department, project, budget, field }) =>
      line(year, department, project, budget === undefined ? {} : { [field]: budget }),
    );

const sides = fc.record({
  before: fc.array(arbitraryLine(2023), { maxLength: 12 }),
  after: fc.array(arbitraryLine(2024), { maxLength: 12 }),
  acceptFirst: fc.boolean(),
});

describe('year-over-year matching properties', () => {
  it('puts every input line in exactly one pair, matched or unmatched', () => {
    fc.assert(
      fc.property(sides, ({ before, after, acceptFirst }) => {
        const first = matchLines(before, after).suggestions[0];
        const decisions = first && acceptFirst ? [{ ...first, accepted: true }] : [];
        const { pairs } = matchLines(before, after, decisions);
        const seenBefore = pairs.flatMap((pair) => (pair.before ? [pair.before] : []));
        const seenAfter = pairs.flatMap((pair) => (pair.after ? [pair.after] : []));
        expect(new Set(seenBefore).size).toBe(before.length);
        expect(seenBefore).toHaveLength(before.length);
        expect(new Set(seenAfter).size).toBe(after.length);
        expect(seenAfter).toHaveLength(after.length);
      }),
      { numRuns: 300 },
    );
  });

  it('has totals of differences equal to the sum of the rows’ changes, each side’s total equal to the domain’s sum, and no NaN anywhere', () => {
    fc.assert(
      fc.property(sides, fc.boolean(), ({ before, after }, related) => {
        const meta = (year: number, bureau: string) => ({
          title: `${year}년 주요업무 보고`,
          council: '가상구의회',
          bureau,
          kind: 'report' as const,
          fiscalYears: [year],
          sha256: String(year).repeat(16),
        });
        const comparison = compareYearOverYear({
          before: { label: 'a', lines: before, meta: meta(2023, '복지국') },
          after: { label: 'b', lines: after, meta: meta(2024, related ? '복지국' : '건설국') },
        });
        const differences = comparison.rows.map((row) => row.values.difference ?? null);
        const changed = differences.filter((value): value is number => value !== null);
        const { before: totalBefore, after: totalAfter, difference } = comparison.totals;
        expect(difference ?? null).toBe(
          changed.length === 0 ? null : changed.reduce((sum, value) => sum + value, 0),
        );
        expect(totalBefore ?? null).toBe(sumMeaning(comparableLines(before)).yearBudget ?? null);
        expect(totalAfter ?? null).toBe(sumMeaning(comparableLines(after)).yearBudget ?? null);
        expect(comparison.evidence?.concludes).toBe(related);
        if (comparison.changeCoverage === 'all' && difference !== null && difference !== undefined)
          expect(difference).toBe((totalAfter ?? 0) - (totalBefore ?? 0));
        for (const row of comparison.rows) {
          if (row.status === 'only-before')
            expect(row.conclusion).toBe(related ? 'ended' : 'absent-later');
          if (row.status === 'only-after')
            expect(row.conclusion).toBe(related ? 'new' : 'absent-earlier');
          if (!related && row.status.startsWith('only-')) expect(row.values.difference).toBeNull();
          for (const value of Object.values(row.values))
            expect(value === null || Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('name similarity for the matcher', () => {
  it('gives the same value over prepared names as over the names themselves', () => {
    const name = fc.string({
      unit: fc.constantFrom('도', '시', '숲', ' ', '조', '성', '·', 'ㆍ', 'A'),
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(charsSimilarity(nameChars(a), nameChars(b))).toBeCloseTo(nameSimilarity(a, b), 12);
      }),
      { numRuns: 300 },
    );
  });
});
